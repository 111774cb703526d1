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
 * @param expectSpofs the SPOFs the author states ({@code expect_spofs}), or null when not stated
 */
public record Diagram(String id, String title, Direction direction, boolean showSpof, boolean quizAuto,
                      Map<String, Node> nodes, List<Edge> edges, List<FlowStep> flow, List<String> expectSpofs) {

    public enum Direction { RIGHT, DOWN, LEFT, UP }

    /**
     * One box. {@code parent} is the id of the container holding it (null at the top level);
     * {@code children} the ids it holds, in order. {@code needed} is the author's override of the
     * kind's rule (null: by kind); {@code degrades} what its failure costs when it is not needed.
     */
    public record Node(String id, Kind kind, String label, int replicas, String role, String note, String parent,
                       List<String> children, Boolean needed, String degrades) {
        public Node(String id, Kind kind, String label, int replicas, String role, String note, String parent,
                    List<String> children) {
            this(id, kind, label, replicas, role, note, parent, children, null, null);
        }

        public boolean isContainer() {
            return !children.isEmpty();
        }

        public boolean isReplica() {
            return "replica".equals(role);
        }

        /** A replica that is promoted (takes writes) when no primary of its kind is left. */
        public boolean isStandby() {
            return "standby".equals(role);
        }

        /** Whether a request that reaches this node needs it, by the override or else by its kind. */
        public boolean isNeeded() {
            if (needed != null) return needed;
            return degrades == null && !kind.degrades();
        }

        /**
         * What its failure costs when it is not needed: the author's words or its kind's ({@code byKind}, of a
         * kind that {@link Kind#degrades()}); null for none.
         */
        public String degradation(java.util.function.Function<Kind, String> byKind) {
            if (isNeeded()) return null;
            if (degrades != null) return degrades;
            return needed == null && kind.degrades() ? byKind.apply(kind) : null;
        }
    }

    /**
     * A connection {@code from -> to} (a request's way, {@code request}) or {@code from ..> to} (a
     * dependency off the request path, such as replication: drawn dashed, never needed by a
     * request); {@code label} may be null.
     */
    public record Edge(int index, String from, String to, String label, boolean request) {
        public Edge(int index, String from, String to, String label) {
            this(index, from, to, label, true);
        }
    }

    /** One step of the flow: an edge (by index into {@link #edges()}) and what happens on it. */
    public record FlowStep(int edge, String caption) {}

    public Diagram {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
        flow = List.copyOf(flow);
        expectSpofs = expectSpofs == null ? null : List.copyOf(expectSpofs);
    }

    public Diagram(String id, String title, Direction direction, boolean showSpof, boolean quizAuto,
                   Map<String, Node> nodes, List<Edge> edges, List<FlowStep> flow) {
        this(id, title, direction, showSpof, quizAuto, nodes, edges, flow, null);
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
