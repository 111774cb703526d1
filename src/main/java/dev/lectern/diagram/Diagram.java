package dev.lectern.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code diagram} block: nodes (some of them containers), directed edges between them,
 * and an optional flow that walks some of the edges in order.
 *
 * @param nodes every node by id, in the order written (containers before what they hold)
 */
public record Diagram(String id, String title, Direction direction, boolean showSpof, boolean quizAuto,
                      Map<String, Node> nodes, List<Edge> edges, List<FlowStep> flow) {

    public enum Direction { RIGHT, DOWN, LEFT, UP }

    /**
     * One box. {@code parent} is the id of the container holding it (null at the top level);
     * {@code children} the ids it holds, in order.
     */
    public record Node(String id, Kind kind, String label, int replicas, String role, String note, String parent,
                       List<String> children) {
        public boolean isContainer() {
            return !children.isEmpty();
        }

        public boolean isReplica() {
            return "replica".equals(role);
        }
    }

    /** A connection {@code from -> to}; {@code label} may be null. */
    public record Edge(int index, String from, String to, String label) {}

    /** One step of the flow: an edge (by index into {@link #edges()}) and what happens on it. */
    public record FlowStep(int edge, String caption) {}

    public Diagram {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
        flow = List.copyOf(flow);
    }

    public Node node(String id) {
        return nodes.get(id);
    }

    public Collection<Node> allNodes() {
        return nodes.values();
    }

    public Optional<Edge> edge(String from, String to) {
        return edges.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst();
    }

    /** The top-level nodes, in order. */
    public List<Node> roots() {
        return nodes.values().stream().filter(n -> n.parent() == null).toList();
    }

    /** The node and everything inside it, at any depth. */
    public List<String> selfAndDescendants(String id) {
        List<String> out = new ArrayList<>();
        collect(id, out);
        return out;
    }

    private void collect(String id, List<String> out) {
        out.add(id);
        for (String c : nodes.get(id).children()) collect(c, out);
    }

    /** The containers around a node, innermost first. */
    public List<Node> ancestors(String id) {
        List<Node> out = new ArrayList<>();
        for (String p = nodes.get(id).parent(); p != null; p = nodes.get(p).parent()) out.add(nodes.get(p));
        return out;
    }
}
