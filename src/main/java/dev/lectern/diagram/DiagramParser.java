package dev.lectern.diagram;

import dev.lectern.diag.DidYouMean;
import dev.lectern.diag.Diagnostics;
import dev.lectern.yaml.YamlException;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML of a {@code diagram} block into a {@link Diagram}, reporting every problem at its
 * {@code file:line:col}: bad YAML, unknown keys and kinds, edges and flow steps naming unknown nodes,
 * duplicate ids, nodes contained twice and containment cycles. Returns empty when anything is wrong.
 */
public final class DiagramParser {
    static final List<String> TOP_KEYS = List.of("id", "title", "direction", "spof", "quiz", "expect_spofs", "nodes", "edges",
            "flow");
    static final List<String> NODE_KEYS = List.of("kind", "label", "contains", "replicas", "role", "note", "needed",
            "degrades");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    /** {@code a -> b} (a request's way) or {@code a ..> b} (a dependency off the request path). */
    private static final Pattern ARROW = Pattern.compile("\\s*(\\S+?)\\s*(->|\\.\\.>)\\s*(\\S+)\\s*");

    /**
     * The most nodes a diagram may have (containers and instances included): a page's diagram is
     * read at a glance, and the layout's time and stack grow with it (1,000 nodes took minutes).
     */
    public static final int MAX_NODES = 200;
    /** The most edges a diagram may have. */
    public static final int MAX_EDGES = 400;

    private final YamlFields fields;
    private final Diagnostics local = new Diagnostics();

    /** A node as written, before containment is resolved. */
    private static final class Def {
        final String id;
        final int line;
        final int column;
        Kind kind;
        String label;
        int replicas = 1;
        String role;
        String note;
        Boolean needed;
        String degrades;
        String parent;
        final List<String> children = new ArrayList<>();

        Def(String id, int line, int column) {
            this.id = id;
            this.line = line;
            this.column = column;
        }
    }

    private DiagramParser(String file) {
        this.fields = new YamlFields(file, local);
    }

    /**
     * Parses block text that starts at {@code line}:{@code column} of {@code file}.
     *
     * @param defaultId the diagram's id when the block sets none
     */
    public static Optional<Diagram> parse(String text, String file, int line, int column, String defaultId,
                                          Diagnostics diagnostics) {
        DiagramParser parser = new DiagramParser(file);
        Optional<Diagram> d = parser.parse(text, line, column, defaultId);
        diagnostics.addAll(parser.local.sorted());
        return d;
    }

    private void error(int line, int column, String message) {
        fields.error(line, column, message);
    }

    private Optional<Diagram> parse(String text, int line, int column, String defaultId) {
        YamlNode root;
        try {
            root = YamlReader.read(text, line, column);
        } catch (YamlException e) {
            error(e.line(), e.column(), "diagram: " + e.getMessage());
            return Optional.empty();
        }
        if (!(root instanceof YamlNode.Mapping map)) {
            error(root.line(), root.column(), "a diagram holds `title:`, `nodes:`, `edges:` and `flow:` lines, not "
                    + root.shape());
            return Optional.empty();
        }
        fields.checkKeys(map, TOP_KEYS, "diagram key");
        String id = fields.string(map, "id");
        if (id != null && !ID.matcher(id).matches()) {
            error(map.get("id").line(), map.get("id").column(), "diagram id `" + id
                    + "` may only use letters, digits, `-`, `_` and `.`");
        }
        String title = fields.string(map, "title");
        Diagram.Direction direction = choice(map, "direction", List.of("right", "down", "left", "up"), "right")
                .map(s -> Diagram.Direction.valueOf(s.toUpperCase())).orElse(Diagram.Direction.RIGHT);
        boolean showSpof = choice(map, "spof", List.of("show", "hide"), "show").map("show"::equals).orElse(true);
        boolean quiz = choice(map, "quiz", List.of("auto", "none"), "none").map("auto"::equals).orElse(false);

        Map<String, Def> defs = new LinkedHashMap<>();
        YamlNode nodesNode = map.get("nodes");
        if (nodesNode == null) {
            error(map.line(), map.column(), "a diagram needs `nodes:`, a mapping of node ids to `{kind: ..., label: ...}`");
        } else {
            fields.mapping(nodesNode, "`nodes`").ifPresent(m -> readNodes(m, null, defs));
            if (nodesNode instanceof YamlNode.Mapping m && m.entries().isEmpty()) {
                error(nodesNode.line(), nodesNode.column(), "`nodes` is empty; a diagram needs at least one node");
            }
            if (defs.size() > MAX_NODES) {
                error(nodesNode.line(), nodesNode.column(), "this diagram has " + defs.size() + " nodes; a diagram "
                        + "may have at most " + MAX_NODES + " (split it into several diagrams)");
                return Optional.empty();
            }
        }
        resolveReferences(defs);
        List<Diagram.Edge> edges = readEdges(map.get("edges"), defs);
        if (edges.size() > MAX_EDGES) {
            YamlNode at = map.get("edges");
            error(at.line(), at.column(), "this diagram has " + edges.size() + " edges; a diagram may have at most "
                    + MAX_EDGES + " (split it into several diagrams)");
            return Optional.empty();
        }
        List<Diagram.FlowStep> flow = readFlow(map.get("flow"), defs, edges);
        List<String> expectSpofs = readExpectSpofs(map.get("expect_spofs"), defs);
        if (local.hasErrors()) return Optional.empty();

        Map<String, Diagram.Node> nodes = new LinkedHashMap<>();
        for (Def d : ordered(defs)) {
            nodes.put(d.id, new Diagram.Node(d.id, d.kind, d.label, d.replicas, d.role, d.note, d.parent,
                    List.copyOf(d.children), d.needed, d.degrades));
        }
        return Optional.of(new Diagram(id != null ? id : defaultId, title, direction, showSpof, quiz, nodes, edges,
                flow, expectSpofs));
    }

    /** {@code expect_spofs: [a, b]}: node ids, each known and listed once; null when absent. */
    private List<String> readExpectSpofs(YamlNode node, Map<String, Def> defs) {
        if (node == null) return null;
        if (!(node instanceof YamlNode.Sequence list)) {
            error(node.line(), node.column(), "`expect_spofs` must be a list of node ids such as `[lb, db1]`, not "
                    + node.shape());
            return null;
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
                error(item.line(), item.column(), "`expect_spofs` lists node ids, not " + item.shape());
                continue;
            }
            String id = s.text().strip();
            if (!defs.containsKey(id)) {
                error(item.line(), item.column(), unknownNode(id, "`expect_spofs`", defs));
            } else if (out.contains(id)) {
                error(item.line(), item.column(), "`" + id + "` is listed twice in `expect_spofs`");
            } else {
                out.add(id);
            }
        }
        return out;
    }

    /** Containers before their contents, otherwise in the order written. */
    private static List<Def> ordered(Map<String, Def> defs) {
        List<Def> out = new ArrayList<>();
        for (Def d : defs.values()) if (d.parent == null) add(d, defs, out);
        return out;
    }

    private static void add(Def d, Map<String, Def> defs, List<Def> out) {
        out.add(d);
        for (String c : d.children) add(defs.get(c), defs, out);
    }

    private Optional<String> choice(YamlNode.Mapping map, String key, List<String> allowed, String fallback) {
        String v = fields.string(map, key);
        if (v == null) return map.get(key) == null ? Optional.of(fallback) : Optional.empty();
        if (allowed.contains(v)) return Optional.of(v);
        YamlNode n = map.get(key);
        error(n.line(), n.column(), DidYouMean.unknownKey("`" + key + "` value", v, allowed));
        return Optional.empty();
    }

    private void readNodes(YamlNode.Mapping map, String parent, Map<String, Def> defs) {
        for (YamlNode.Mapping.Entry e : map.entries().values()) {
            String id = e.key();
            if (!ID.matcher(id).matches()) {
                error(e.line(), e.column(), "node id `" + id + "` may only use letters, digits, `-`, `_` and `.`");
                continue;
            }
            Def previous = defs.get(id);
            if (previous != null) {
                error(e.line(), e.column(), "duplicate node id `" + id + "`; it is already defined at line "
                        + previous.line);
                continue;
            }
            Def d = new Def(id, e.line(), e.column());
            d.parent = parent;
            defs.put(id, d);
            if (parent != null) defs.get(parent).children.add(id);
            if (!(e.value() instanceof YamlNode.Mapping node)) {
                error(e.value().line(), e.value().column(), "node `" + id
                        + "` must be a mapping such as `{kind: web, label: Nginx}`, not " + e.value().shape());
                continue;
            }
            fields.checkKeys(node, NODE_KEYS, "node key");
            readKind(d, node);
            String label = fields.string(node, "label");
            d.label = label == null || label.isBlank() ? id : label.strip();
            String note = fields.string(node, "note");
            d.note = note == null || note.isBlank() ? null : note.strip();
            Integer replicas = fields.integer(node, "replicas");
            if (replicas != null) {
                if (replicas < 1) {
                    YamlNode r = node.get("replicas");
                    error(r.line(), r.column(), "`replicas` must be 1 or more, not " + replicas);
                } else {
                    d.replicas = replicas;
                }
            }
            if (node.get("role") != null) {
                d.role = choice(node, "role", List.of("primary", "replica", "standby"), null).orElse(null);
            }
            d.needed = fields.bool(node, "needed");
            String degrades = fields.string(node, "degrades");
            if (degrades != null && !degrades.isBlank()) {
                d.degrades = degrades.strip();
                if (Boolean.TRUE.equals(d.needed)) {
                    YamlNode g = node.get("degrades");
                    error(g.line(), g.column(), "node `" + id + "` says `needed: true` and `degrades`: a node that "
                            + "requests need stops them when it fails; drop one of the two");
                }
            }
            YamlNode contains = node.get("contains");
            if (contains instanceof YamlNode.Mapping inner) {
                readNodes(inner, id, defs);
            } else if (contains instanceof YamlNode.Sequence seq) {
                containsLists.put(id, seq.items());
            } else if (contains != null && !(contains instanceof YamlNode.Sequence)) {
                error(contains.line(), contains.column(), "`contains` must be a mapping of nodes or a list of node ids, not "
                        + contains.shape());
            }
        }
    }

    private void readKind(Def d, YamlNode.Mapping node) {
        YamlNode k = node.get("kind");
        if (k == null) {
            error(d.line, d.column, "node `" + d.id + "` has no `kind`; expected one of: " + String.join(", ", Kind.ids()));
            return;
        }
        String kind = fields.string(node, "kind");
        if (kind == null || kind.isBlank()) {
            // a list or mapping was reported by fields.string; an empty value is reported here
            if (k instanceof YamlNode.Scalar) {
                error(k.line(), k.column(), "node `" + d.id + "` has an empty `kind`; expected one of: "
                        + String.join(", ", Kind.ids()));
            }
            return;
        }
        Optional<Kind> known = Kind.of(kind.strip());
        if (known.isPresent()) {
            d.kind = known.get();
            return;
        }
        Optional<String> close = DidYouMean.closest(kind, Kind.ids());
        if (close.isEmpty()) close = Kind.alias(kind).map(Kind::id);
        if (close.isEmpty()) {
            close = DidYouMean.closest(kind, List.of("database", "balancer", "webserver", "application", "monitoring",
                    "datacentre", "browser")).flatMap(Kind::alias).map(Kind::id);
        }
        error(k.line(), k.column(), close.map(c -> "unknown node kind `" + kind + "`; did you mean `" + c + "`?")
                .orElse("unknown node kind `" + kind + "`; expected one of: " + String.join(", ", Kind.ids())));
    }

    /** {@code contains: [a, b]} names nodes defined elsewhere; each node may sit in one container only. */
    private void resolveReferences(Map<String, Def> defs) {
        // The YAML of list-style `contains` is read again here, now that every id is known.
        for (Def container : List.copyOf(defs.values())) {
            List<YamlNode> refs = containsLists.getOrDefault(container.id, List.of());
            for (YamlNode ref : refs) {
                if (!(ref instanceof YamlNode.Scalar s) || s.text() == null) {
                    error(ref.line(), ref.column(), "`contains` lists node ids, not " + ref.shape());
                    continue;
                }
                String id = s.text().strip();
                Def child = defs.get(id);
                if (child == null) {
                    error(ref.line(), ref.column(), unknownNode(id, "`contains` of `" + container.id + "`", defs));
                    continue;
                }
                if (child.parent != null) {
                    error(ref.line(), ref.column(), "node `" + id + "` is contained twice: in `" + child.parent
                            + "` and in `" + container.id + "`");
                    continue;
                }
                if (id.equals(container.id) || isAncestor(child, container, defs)) {
                    error(ref.line(), ref.column(), "containment cycle: " + cycle(container, child, defs));
                    continue;
                }
                child.parent = container.id;
                container.children.add(id);
            }
        }
    }

    private final Map<String, List<YamlNode>> containsLists = new LinkedHashMap<>();

    private static boolean isAncestor(Def maybeAncestor, Def of, Map<String, Def> defs) {
        for (String p = of.parent; p != null; p = defs.get(p).parent) {
            if (p.equals(maybeAncestor.id)) return true;
        }
        return false;
    }

    /** "`a` contains `b`, which contains `a`". */
    private static String cycle(Def container, Def child, Map<String, Def> defs) {
        if (container == child) return "`" + container.id + "` contains itself";
        List<String> chain = new ArrayList<>();
        for (String p = container.id; p != null && !p.equals(child.id); p = defs.get(p).parent) chain.add(0, p);
        StringBuilder sb = new StringBuilder("`" + child.id + "` contains `");
        for (String c : chain) sb.append(c).append("`, which contains `");
        return sb.append(child.id).append("`").toString();
    }

    private String unknownNode(String id, String where, Map<String, Def> defs) {
        return DidYouMean.closest(id, defs.keySet())
                .map(c -> "unknown node `" + id + "` in " + where + "; did you mean `" + c + "`?")
                .orElse("unknown node `" + id + "` in " + where + "; the nodes are: " + String.join(", ", defs.keySet()));
    }

    /** An arrow as written: {@code a -> b} or {@code a -> b: label}, with where each end was written. */
    private record Arrow(String from, String to, String label, int line, int fromColumn, int toColumn, String text,
                         boolean request) {}

    private Optional<Arrow> arrow(YamlNode item, String what) {
        String key;
        String label = null;
        int line;
        int column;
        if (item instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING) {
            key = s.text();
            line = s.line();
            column = s.column();
        } else if (item instanceof YamlNode.Mapping m && m.entries().size() == 1) {
            YamlNode.Mapping.Entry e = m.entries().values().iterator().next();
            key = e.key();
            line = e.line();
            column = e.column();
            if (e.value() instanceof YamlNode.Scalar v) {
                label = v.text() == null || v.text().isBlank() ? null : v.text().strip();
            } else {
                error(e.value().line(), e.value().column(), "the " + what + " `" + key + "` needs a text after the colon, not "
                        + e.value().shape());
                return Optional.empty();
            }
        } else {
            error(item.line(), item.column(), "write each " + what + " as `from -> to` or `from -> to: text` (`..>` "
                    + "for a dependency off the request path)");
            return Optional.empty();
        }
        Matcher m = ARROW.matcher(key);
        if (!m.matches()) {
            error(line, column, "write each " + what + " as `from -> to` or `from -> to: text` (`..>` for a "
                    + "dependency off the request path), not `" + key + "`");
            return Optional.empty();
        }
        return Optional.of(new Arrow(m.group(1), m.group(3), label, line, column + m.start(1), column + m.start(3),
                m.group(1) + " " + m.group(2) + " " + m.group(3), m.group(2).equals("->")));
    }

    private boolean endsKnown(Arrow a, String what, Map<String, Def> defs) {
        boolean ok = true;
        if (!defs.containsKey(a.from)) {
            error(a.line, a.fromColumn, unknownNode(a.from, what + " `" + a.text + "`", defs));
            ok = false;
        }
        if (!defs.containsKey(a.to)) {
            error(a.line, a.toColumn, unknownNode(a.to, what + " `" + a.text + "`", defs));
            ok = false;
        }
        return ok;
    }

    /** Both ends of every edge rejected for an unknown node, misspelt one included. */
    private final Set<String> brokenEdgeEnds = new HashSet<>();

    private List<Diagram.Edge> readEdges(YamlNode node, Map<String, Def> defs) {
        List<Diagram.Edge> edges = new ArrayList<>();
        if (node == null) return edges;
        if (!(node instanceof YamlNode.Sequence list)) {
            error(node.line(), node.column(), "`edges` must be a list of `- from -> to: label` lines, not " + node.shape());
            return edges;
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : list.items()) {
            Optional<Arrow> a = arrow(item, "edge");
            if (a.isEmpty()) continue;
            if (!endsKnown(a.get(), "edge", defs)) {
                brokenEdgeEnds.add(a.get().from);
                brokenEdgeEnds.add(a.get().to);
                continue;
            }
            Arrow e = a.get();
            if (e.from.equals(e.to)) {
                error(e.line, e.fromColumn, "edge `" + e.text + "` connects a node to itself");
            } else if (e.request && defs.get(e.from).kind != null && defs.get(e.from).kind == defs.get(e.to).kind
                    && ("replica".equals(defs.get(e.to).role) || "standby".equals(defs.get(e.to).role))) {
                // as a request's way, the primary would need its replica
                error(e.line, e.fromColumn, "edge `" + e.text + "` leads to a " + defs.get(e.to).role + " of the same kind: "
                        + "write replication as `" + e.from + " ..> " + e.to + "`, a dependency off the request path");
            } else if (!seen.add(e.from + "\n" + e.to)) {
                error(e.line, e.fromColumn, "edge `" + e.text + "` is listed twice");
            } else {
                edges.add(new Diagram.Edge(edges.size(), e.from, e.to, e.label, e.request));
            }
        }
        return edges;
    }

    private List<Diagram.FlowStep> readFlow(YamlNode node, Map<String, Def> defs, List<Diagram.Edge> edges) {
        List<Diagram.FlowStep> flow = new ArrayList<>();
        if (node == null) return flow;
        if (!(node instanceof YamlNode.Sequence list)) {
            error(node.line(), node.column(), "`flow` must be a list of `- from -> to: caption` lines, not " + node.shape());
            return flow;
        }
        for (YamlNode item : list.items()) {
            Optional<Arrow> a = arrow(item, "flow step");
            if (a.isEmpty() || !endsKnown(a.get(), "flow step", defs)) continue;
            Arrow s = a.get();
            Optional<Diagram.Edge> edge = edges.stream().filter(e -> e.from().equals(s.from) && e.to().equals(s.to))
                    .findFirst();
            // a step along an edge already reported (a misspelt node) would only be a follow-on error
            if (edge.isEmpty() && (brokenEdgeEnds.contains(s.from) || brokenEdgeEnds.contains(s.to))) continue;
            if (edge.isEmpty()) {
                error(s.line, s.fromColumn, "flow step `" + s.text + "` is not an edge of the diagram; add it under `edges`");
                continue;
            }
            flow.add(new Diagram.FlowStep(edge.get().index(), s.label));
        }
        return flow;
    }
}
