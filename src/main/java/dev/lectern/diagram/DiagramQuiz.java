package dev.lectern.diagram;

import dev.lectern.quiz.Question;
import dev.lectern.quiz.Quiz;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The self-check that {@code quiz: auto} adds below a diagram, generated from the failure analysis:
 * which components are single points of failure, and what the visitor sees when a SPOF fails and
 * when a redundant component fails. Explanations name the request paths the analysis found. The
 * text is plain (labels are the author's words, not Markdown).
 */
final class DiagramQuiz {
    static final String NOTHING = "Nothing changes for the visitor.";
    static final String DOWN_ALL = "The site is down for everyone.";
    static final String DOWN_SOME = "The site is down for some visitors, not all.";
    static final String NO_WRITES = "Pages that only read may still load, but nothing can be saved.";
    static final String SLOWER = "Every page still loads, but pages get slower.";

    /** Most choices the SPOF question offers, so that a big diagram does not give a wall of checkboxes. */
    static final int MAX_CHOICES = 8;

    private final Diagram d;
    private final FailureAnalysis.Result analysis;
    private final String id;

    private DiagramQuiz(Diagram d, FailureAnalysis.Result analysis, String id) {
        this.d = d;
        this.analysis = analysis;
        this.id = id;
    }

    /** The quiz, or null when the diagram gives nothing to ask (no component a request needs). */
    static Quiz build(Diagram d, FailureAnalysis.Result analysis, String quizId, String pageUrl, String pageTitle,
                      String file, int line) {
        List<Question> questions = new DiagramQuiz(d, analysis, quizId).questions();
        if (questions.isEmpty()) return null;
        String title = d.title() != null ? "Check yourself: " + d.title() : "Check yourself on this diagram";
        return new Quiz(quizId, title, questions, pageUrl, pageTitle, file, line);
    }

    private List<Question> questions() {
        List<Question> out = new ArrayList<>();
        if (analysis.needs().isEmpty()) return out;
        out.add(spofQuestion());
        spofExample().ifPresent(n -> out.add(whatIfQuestion(n, "-fail-spof")));
        redundantExample().ifPresent(n -> out.add(whatIfQuestion(n, "-fail-redundant")));
        return out;
    }

    /** The node's label, with its container ("Nginx in Server 1") when another node has the same label. */
    private String label(String nodeId) {
        Diagram.Node n = d.node(nodeId);
        long same = d.allNodes().stream().filter(m -> m.label().equals(n.label())).count();
        if (same == 1) return n.label();
        List<Diagram.Node> up = d.ancestors(nodeId);
        return up.isEmpty() ? n.label() + " (" + n.id() + ")" : n.label() + " in " + up.get(0).label();
    }

    /** The node named in a question: its label in quotes, with its container's when the label repeats. */
    private String quoted(String nodeId) {
        Diagram.Node n = d.node(nodeId);
        String own = "\u201c" + n.label() + "\u201d";
        long same = d.allNodes().stream().filter(m -> m.label().equals(n.label())).count();
        if (same == 1) return own;
        List<Diagram.Node> up = d.ancestors(nodeId);
        return up.isEmpty() ? own + " (" + n.id() + ")" : own + " in \u201c" + up.get(0).label() + "\u201d";
    }

    private boolean askable(Diagram.Node n) {
        return n.kind() != Kind.USER;
    }

    /** "Which components are single points of failure here?": every SPOF and some that are not. */
    private Question spofQuestion() {
        List<String> spofs = analysis.spofs().stream().filter(s -> askable(d.node(s))).toList();
        List<String> picked = new ArrayList<>(spofs.subList(0, Math.min(spofs.size(), MAX_CHOICES - 2)));
        List<String> others = d.allNodes().stream().filter(this::askable).map(Diagram.Node::id)
                .filter(n -> !analysis.isSpof(n)).toList();
        // prefer redundant components on the request path: they are the tempting wrong answers
        List<String> ordered = new ArrayList<>(others.stream().filter(this::onPath).toList());
        for (String o : others) if (!ordered.contains(o)) ordered.add(o);
        for (String o : ordered) if (picked.size() < MAX_CHOICES) picked.add(o);
        List<String> inOrder = d.allNodes().stream().map(Diagram.Node::id).filter(picked::contains).toList();
        List<Question.Choice> choices = new ArrayList<>();
        for (String n : inOrder) {
            FailureAnalysis.Failure f = analysis.failures().get(n);
            String why = analysis.isSpof(n)
                    ? "A single point of failure. " + TextAlternative.consequence(f)
                    : "Not a single point of failure. " + TextAlternative.consequence(f);
            choices.add(new Question.Choice(label(n), analysis.isSpof(n), why));
        }
        String explain;
        if (spofs.isEmpty()) {
            explain = "None of them: every component a request needs has a working alternative.";
        } else {
            explain = "A component is a single point of failure when its failure leaves a visitor with no path to "
                    + "something every request needs (" + needs() + "). Here: "
                    + String.join("; ", spofs.stream().map(this::label).toList()) + ".";
        }
        String q = spofs.size() == 1 ? "Which component is the single point of failure here?"
                : "Which components are single points of failure here?";
        if (spofs.isEmpty()) {
            return Question.trueFalse(id + "-spof", "Some component here is a single point of failure.", false, explain);
        }
        return Question.choice(id + "-spof", q, choices, explain);
    }

    private String needs() {
        Set<String> words = new LinkedHashSet<>();
        for (FailureAnalysis.Need n : analysis.needs()) words.add(n.describe());
        return String.join(", ", words);
    }

    private boolean onPath(String nodeId) {
        return !FailureAnalysis.path(d, Set.of(), n -> n.id().equals(nodeId)).isEmpty();
    }

    /** The SPOF to ask about: a database if one is, else the first component that is not a container. */
    private java.util.Optional<String> spofExample() {
        List<String> spofs = analysis.spofs().stream().filter(s -> askable(d.node(s))).toList();
        return spofs.stream().filter(s -> d.node(s).kind() == Kind.DB).findFirst()
                .or(() -> spofs.stream().filter(s -> !d.node(s).isContainer()).findFirst())
                .or(() -> spofs.stream().findFirst());
    }

    /** A redundant component on the request path (or, failing that, any component that is no SPOF). */
    private java.util.Optional<String> redundantExample() {
        List<String> others = d.allNodes().stream().filter(this::askable).map(Diagram.Node::id)
                .filter(n -> !analysis.isSpof(n)).toList();
        return others.stream().filter(n -> !d.node(n).isContainer() && onPath(n)).findFirst()
                .or(() -> others.stream().findFirst());
    }

    private Question whatIfQuestion(String nodeId, String suffix) {
        FailureAnalysis.Failure f = analysis.failures().get(nodeId);
        String correct = answer(f);
        List<String> options = new ArrayList<>(List.of(NOTHING, SLOWER, NO_WRITES, DOWN_ALL));
        if (!options.contains(correct)) options.set(1, correct);
        List<Question.Choice> choices = options.stream().map(o -> new Question.Choice(o, o.equals(correct), null)).toList();
        return Question.choice(id + suffix, "If the component " + quoted(nodeId) + " fails, what does the visitor see?", choices,
                explanation(nodeId, f));
    }

    /** The option that states the simulation's verdict on a failure: the one a generated question marks correct. */
    static String answer(FailureAnalysis.Failure f) {
        return switch (f.verdict()) {
            case NOTHING -> NOTHING;
            case DEGRADED -> f.costs().isEmpty() ? NOTHING : "Every page still loads, but " + String.join(", and ", f.costs()) + ".";
            case NO_WRITES -> NO_WRITES;
            case DOWN_SOME -> DOWN_SOME;
            case DOWN_ALL -> DOWN_ALL;
        };
    }

    /** Why, in terms of paths: the path that depended on the node, or the one that is left. */
    private String explanation(String nodeId, FailureAnalysis.Failure f) {
        Diagram.Node n = d.node(nodeId);
        Set<String> dead = new LinkedHashSet<>(d.selfAndDescendants(nodeId));
        String failed = n.isContainer() ? label(nodeId) + " and everything in it" : label(nodeId);
        if (f.isSpof()) {
            FailureAnalysis.Need need = f.lost().stream().filter(x -> !x.write()).findFirst().orElse(f.lost().get(0));
            List<String> before = FailureAnalysis.path(d, Set.of(), goal(need));
            String s = TextAlternative.consequence(f);
            if (!before.isEmpty()) {
                s += " A request travels " + arrows(before) + "; without " + failed + " no other path reaches "
                        + need.describe() + ".";
            }
            return s;
        }
        if (d.selfAndDescendants(nodeId).size() == 1 && instancesOf(n) > 1) {
            return TextAlternative.consequence(f);
        }
        List<FailureAnalysis.Need> needs = analysis.needs();
        FailureAnalysis.Need farthest = needs.get(needs.size() - 1);
        List<String> after = FailureAnalysis.path(d, dead, goal(farthest));
        String s = TextAlternative.consequence(f);
        if (!after.isEmpty()) s += " Without " + failed + ", requests still travel " + arrows(after) + ".";
        return s;
    }

    private int instancesOf(Diagram.Node n) {
        int i = n.replicas();
        for (Diagram.Node a : d.ancestors(n.id())) i *= a.replicas();
        return i;
    }

    private static Predicate<Diagram.Node> goal(FailureAnalysis.Need need) {
        if (need.node() != null) return n -> n.id().equals(need.node());
        return n -> n.kind() == need.kind() && (!need.write() || !n.isReplica());
    }

    private String arrows(List<String> path) {
        return String.join(" \u2192 ", path.stream().map(this::label).toList());
    }
}
