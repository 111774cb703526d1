package dev.lectern.diagram;

import static dev.lectern.markdown.Html.escape;

import java.util.ArrayList;
import java.util.List;

/**
 * The diagram in words, below the picture, for screen readers and for readers without JavaScript:
 * the flow as an ordered list, then the components (with what holds them, replicas, role and note),
 * the connections and the single points of failure. Labels are plain text, escaped. The paragraphs
 * are the lists' titles (diagram.css styles them as such), but for the rare {@code diagram-text-plain}.
 */
public final class TextAlternative {
    private TextAlternative() {}

    /** "Visitor's browser → DNS". */
    static String arrow(Diagram d, Diagram.Edge e) {
        return d.node(e.from()).label() + " \u2192 " + d.node(e.to()).label();
    }

    public static String flow(Diagram d) {
        if (d.flow().isEmpty()) return "";
        StringBuilder s = new StringBuilder();
        s.append("<p id=\"").append(d.id()).append("-flow-title\">Request path, step by step</p>");
        s.append("<ol class=\"diagram-flow\" aria-labelledby=\"").append(d.id()).append("-flow-title\">");
        for (int i = 0; i < d.flow().size(); i++) {
            Diagram.FlowStep step = d.flow().get(i);
            Diagram.Edge e = d.edges().get(step.edge());
            s.append("<li data-edge=\"").append(step.edge()).append("\"><b>").append(escape(arrow(d, e))).append("</b>");
            if (step.caption() != null) s.append(": ").append(escape(step.caption()));
            s.append("</li>");
        }
        return s.append("</ol>").toString();
    }

    public static String details(Diagram d, FailureAnalysis.Result analysis) {
        StringBuilder s = new StringBuilder();
        s.append("<details class=\"diagram-details\"><summary>The diagram in words</summary>");
        s.append("<p>Components</p><ul class=\"diagram-node-list\">");
        for (Diagram.Node n : d.allNodes()) {
            s.append("<li>").append(escape(describe(d, n)));
            if (d.showSpof() && analysis.isSpof(n.id())) s.append(" <strong>Single point of failure.</strong>");
            // diagram.js adds a "Fail <label>" button here (without the script it could do nothing); it
            // finds the node by position: the items are in the order of the nodes in the embedded data.
            s.append("</li>");
        }
        s.append("</ul>");
        if (!d.edges().isEmpty()) {
            s.append("<p>Connections</p><ul class=\"diagram-edge-list\">");
            for (Diagram.Edge e : d.edges()) {
                s.append("<li>").append(escape(arrow(d, e)));
                if (!e.request()) s.append(" (off the request path)");
                if (e.label() != null) s.append(": ").append(escape(e.label()));
                s.append("</li>");
            }
            s.append("</ul>");
        }
        if (d.showSpof()) {
            s.append("<p>Single points of failure</p>");
            if (analysis.spofs().isEmpty()) {
                s.append("<p class=\"diagram-text-plain\">None: every component the request needs has a working alternative.</p>");
            } else {
                s.append("<ul class=\"diagram-spof-list\">");
                for (String id : analysis.spofs()) {
                    FailureAnalysis.Failure f = analysis.failures().get(id);
                    s.append("<li>").append(escape(d.node(id).label())).append(": ").append(escape(f.visitorSees()))
                            .append("</li>");
                }
                s.append("</ul>");
            }
        }
        return s.append("</details>").toString();
    }

    /** The status sentence without its "Failed: X." opening. */
    static String consequence(FailureAnalysis.Failure f) {
        String s = f.status();
        int dot = s.indexOf(". ");
        return dot >= 0 ? s.substring(dot + 2) : s;
    }

    /** "MySQL (database, primary, in Server 1): the only node that accepts writes." */
    static String describe(Diagram d, Diagram.Node n) {
        List<String> facts = new ArrayList<>();
        facts.add(n.kind().noun());
        if (n.replicas() > 1) facts.add(n.replicas() + " instances");
        if (n.role() != null) facts.add(n.role());
        List<Diagram.Node> up = d.ancestors(n.id());
        if (!up.isEmpty()) facts.add("in " + up.get(0).label());
        if (n.isContainer()) {
            facts.add("holds " + String.join(", ", n.children().stream().map(c -> d.node(c).label()).toList()));
        }
        String s = n.label() + " (" + String.join("; ", facts) + ")";
        if (n.note() != null) s += ": " + n.note();
        return s.endsWith(".") ? s : s + ".";
    }
}
