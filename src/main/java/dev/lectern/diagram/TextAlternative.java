package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * The diagram in words, below the picture, for screen readers and for readers without JavaScript:
 * the flow as an ordered list, then the components (with what holds them, replicas, role and note),
 * the connections and the single points of failure. This class gives the facts ({@link View}); the
 * theme's {@code partials/diagram/text.jte} writes them. Labels are plain text, escaped there. The
 * paragraphs are the lists' titles (diagram.css styles them as such), but for the rare
 * {@code diagram-text-plain}.
 */
public final class TextAlternative {
    private TextAlternative() {}

    /** "Visitor's browser → DNS". */
    static String arrow(Diagram d, Diagram.Edge e) {
        return d.node(e.from()).label() + " \u2192 " + d.node(e.to()).label();
    }

    /** The text alternative as data for the theme's {@code partials/diagram/text.jte}. */
    public static View view(Diagram d, FailureAnalysis.Result analysis, dev.lectern.blocks.Markup markup) {
        Words words = new Words(markup);
        List<Step> flow = new ArrayList<>();
        for (Diagram.FlowStep step : d.flow()) {
            flow.add(new Step(step.edge(), arrow(d, d.edges().get(step.edge())), step.caption()));
        }
        List<Component> components = new ArrayList<>();
        for (Diagram.Node n : d.allNodes()) components.add(component(d, n, d.showSpof() && analysis.isSpof(n.id()), words));
        List<Connection> connections = new ArrayList<>();
        for (Diagram.Edge e : d.edges()) connections.add(new Connection(arrow(d, e), e.request(), e.label()));
        List<Spof> spofs = new ArrayList<>();
        for (String id : analysis.spofs()) spofs.add(new Spof(d.node(id).label(), analysis.failures().get(id).visitorSees()));
        return new View(d.id(), List.copyOf(flow), List.copyOf(components), List.copyOf(connections), d.showSpof(),
                List.copyOf(spofs), false);
    }

    /**
     * The diagram in words; every string is plain text.
     *
     * @param id the diagram's id (for the flow list's title id)
     * @param components in the order of the nodes in the embedded data (diagram.js finds them by position)
     * @param showSpof whether the single points of failure are named
     */
    public record View(String id, List<Step> flow, List<Component> components, List<Connection> connections,
                       boolean showSpof, List<Spof> spofs, boolean review) {
        /** The same, for the diagram's copy on the Review page ({@code review}: written without ids). */
        public View forReview() {
            return new View(id, flow, components, connections, showSpof, spofs, true);
        }
    }

    /** A step of the request path: the index of its edge, "A → B", and the author's caption or null. */
    public record Step(int edge, String arrow, String caption) {}

    /**
     * A component, which the template describes in a sentence: "MySQL (database; primary; in Server 1): the
     * only node that accepts writes."
     *
     * @param noun what kind of component it is ("database")
     * @param replicas how many instances it has (1 for one)
     * @param role the author's role for it, or null
     * @param in the label of the container it sits in, or null
     * @param holds the labels of the components it holds (a container's), else empty
     * @param note the author's note, or null
     * @param spof whether it is shown as a single point of failure
     */
    public record Component(String label, String noun, int replicas, String role, String in, List<String> holds,
                            String note, boolean spof) {}

    /** A connection; {@code request} when it is on the request path; {@code label} or null. */
    public record Connection(String arrow, boolean request, String label) {}

    /** A single point of failure and what the visitor then sees. */
    public record Spof(String label, String visitorSees) {}

    static Component component(Diagram d, Diagram.Node n, boolean spof, Words words) {
        List<Diagram.Node> up = d.ancestors(n.id());
        return new Component(n.label(), words.noun(n.kind()), n.replicas(), n.role(),
                up.isEmpty() ? null : up.get(0).label(),
                n.children().stream().map(c -> d.node(c).label()).toList(), n.note(), spof);
    }
}
