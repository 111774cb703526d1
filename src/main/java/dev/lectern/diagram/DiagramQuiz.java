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
 * text is plain (labels are the author's words, not Markdown), in the theme's words
 * ({@code partials/text/diagram-quiz.jte}).
 */
final class DiagramQuiz {
    /** Most choices the SPOF question offers, so that a big diagram does not give a wall of checkboxes. */
    static final int MAX_CHOICES = 8;

    private final Diagram d;
    private final FailureAnalysis.Result analysis;
    private final String id;
    private final Words words;

    private DiagramQuiz(Diagram d, FailureAnalysis.Result analysis, String id, Words words) {
        this.d = d;
        this.analysis = analysis;
        this.id = id;
        this.words = words;
    }

    /** The quiz, or null when the diagram gives nothing to ask (no component a request needs). */
    static Quiz build(Diagram d, FailureAnalysis.Result analysis, String quizId, String pageUrl, String pageTitle,
                      String file, int line, dev.lectern.blocks.Markup markup) {
        Words words = new Words(markup);
        List<Question> questions = new DiagramQuiz(d, analysis, quizId, words).questions();
        if (questions.isEmpty()) return null;
        String title = words.quiz("title", "label", d.title());
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
        return named("label", nodeId);
    }

    /** The node named in a question: its label in quotes, with its container's when the label repeats. */
    private String quoted(String nodeId) {
        return named("quoted", nodeId);
    }

    private String named(String key, String nodeId) {
        Diagram.Node n = d.node(nodeId);
        boolean repeated = d.allNodes().stream().filter(m -> m.label().equals(n.label())).count() > 1;
        List<Diagram.Node> up = d.ancestors(nodeId);
        return words.quiz(key, "label", n.label(), "repeated", repeated, "id", n.id(),
                "container", up.isEmpty() ? null : up.get(0).label());
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
            String why = words.quiz("choice", "spof", analysis.isSpof(n), "text", f.consequence());
            choices.add(new Question.Choice(label(n), analysis.isSpof(n), why));
        }
        String explain;
        if (spofs.isEmpty()) {
            explain = words.quiz("none");
        } else {
            explain = words.quiz("why", "needs", needs(), "labels", spofs.stream().map(this::label).toList());
        }
        String q = words.quiz("which", "count", spofs.size());
        if (spofs.isEmpty()) {
            return Question.trueFalse(id + "-spof", words.quiz("some"), false, explain);
        }
        return Question.choice(id + "-spof", q, choices, explain);
    }

    private List<String> needs() {
        Set<String> needs = new LinkedHashSet<>();
        for (FailureAnalysis.Need n : analysis.needs()) needs.add(n.describe(words, "need"));
        return List.copyOf(needs);
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
        String correct = answer(f, words);
        String slower = words.quiz("degraded", "costs", List.of(words.costs(Kind.CACHE)));
        List<String> options = new ArrayList<>(List.of(words.quiz("nothing"), slower, words.quiz("no-writes"),
                words.quiz("down-all")));
        if (!options.contains(correct)) options.set(1, correct);
        List<Question.Choice> choices = options.stream().map(o -> new Question.Choice(o, o.equals(correct), null)).toList();
        return Question.choice(id + suffix, words.quiz("what-if", "label", quoted(nodeId)), choices,
                explanation(nodeId, f));
    }

    /** The option that states the simulation's verdict on a failure: the one a generated question marks correct. */
    static String answer(FailureAnalysis.Failure f, Words words) {
        return switch (f.verdict()) {
            case NOTHING -> words.quiz("nothing");
            case DEGRADED -> f.costs().isEmpty() ? words.quiz("nothing") : words.quiz("degraded", "costs", f.costs());
            case NO_WRITES -> words.quiz("no-writes");
            case DOWN_SOME -> words.quiz("down-some");
            case DOWN_ALL -> words.quiz("down-all");
        };
    }

    /** Why, in terms of paths: the path that depended on the node, or the one that is left. */
    private String explanation(String nodeId, FailureAnalysis.Failure f) {
        Diagram.Node n = d.node(nodeId);
        Set<String> dead = new LinkedHashSet<>(d.selfAndDescendants(nodeId));
        String failed = n.isContainer() ? words.quiz("all", "label", label(nodeId)) : label(nodeId);
        if (f.isSpof()) {
            FailureAnalysis.Need need = f.lost().stream().filter(x -> !x.write()).findFirst().orElse(f.lost().get(0));
            List<String> before = FailureAnalysis.path(d, Set.of(), goal(need));
            String s = f.consequence();
            if (!before.isEmpty()) {
                s += " " + words.quiz("path-lost", "path", arrows(before), "failed", failed, "need",
                        need.describe(words, "need"));
            }
            return s;
        }
        if (d.selfAndDescendants(nodeId).size() == 1 && instancesOf(n) > 1) {
            return f.consequence();
        }
        List<FailureAnalysis.Need> needs = analysis.needs();
        FailureAnalysis.Need farthest = needs.get(needs.size() - 1);
        List<String> after = FailureAnalysis.path(d, dead, goal(farthest));
        String s = f.consequence();
        if (!after.isEmpty()) s += " " + words.quiz("path-left", "failed", failed, "path", arrows(after));
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
