package dev.lectern.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What fails with each node, computed from the diagram alone.
 *
 * <p>Requests start at the users (nodes of kind {@code user}; without any, at the nodes nothing points
 * to) and follow the edges. A request needs a working instance of every kind in {@link #NEEDED} and
 * of every kind on the flow, as far as the user reaches one when nothing has failed. Where some
 * instances of a kind have {@code role: replica}, writes also need a non-replica (the primary).
 * A container's failure takes down everything in it; a node with {@code replicas: N > 1} (or inside
 * such a container) loses one instance only, so nothing goes down with it.
 *
 * <p>A node is a single point of failure (SPOF) when its failure leaves some user without a path to
 * a working instance of something the request needs.
 */
public final class FailureAnalysis {
    /** Kinds every request needs when the diagram has them. */
    static final Set<Kind> NEEDED = EnumSet.of(Kind.WEB, Kind.APP, Kind.DB);
    private static final Set<Kind> NEVER_NEEDED = EnumSet.of(Kind.USER, Kind.SERVER, Kind.DATACENTER);

    /** Something a request needs: an instance of {@code kind}, a writable one when {@code write}. */
    public record Need(Kind kind, boolean write) {
        String describe() {
            if (!write) return kind.withArticle();
            return switch (kind) {
                case DB -> "a primary database";
                default -> "a primary " + kind.noun();
            };
        }
    }

    /**
     * What happens when one node fails.
     *
     * @param down the other nodes that stop working, or that no request which can still complete reaches
     * @param lost what some user can no longer reach, nearest first
     * @param everyone whether every user lost something
     * @param status the sentence a reader sees: what failed and what the visitor now sees
     */
    public record Failure(String node, List<String> down, List<Need> lost, boolean everyone, String status) {
        public boolean isSpof() {
            return !lost.isEmpty();
        }
    }

    /** The analysis of one diagram: its SPOFs in node order and the failure of every node. */
    public record Result(List<String> spofs, Map<String, Failure> failures, List<Need> needs) {
        public boolean isSpof(String id) {
            return spofs.contains(id);
        }
    }

    private final Diagram d;
    private final Map<String, List<String>> out = new LinkedHashMap<>();
    private final List<String> users;
    private final Set<Kind> withReplicas = EnumSet.noneOf(Kind.class);

    private FailureAnalysis(Diagram d) {
        this.d = d;
        for (Diagram.Node n : d.allNodes()) out.put(n.id(), new ArrayList<>());
        for (Diagram.Edge e : d.edges()) out.get(e.from()).add(e.to());
        List<String> u = d.allNodes().stream().filter(n -> n.kind() == Kind.USER).map(Diagram.Node::id).toList();
        if (u.isEmpty()) {
            Set<String> targets = new LinkedHashSet<>();
            for (Diagram.Edge e : d.edges()) targets.add(e.to());
            u = d.allNodes().stream().filter(n -> !n.isContainer() && !targets.contains(n.id()))
                    .map(Diagram.Node::id).toList();
        }
        this.users = u;
        for (Diagram.Node n : d.allNodes()) if (n.isReplica()) withReplicas.add(n.kind());
    }

    public static Result analyse(Diagram d) {
        return new FailureAnalysis(d).run();
    }

    private Result run() {
        Set<Kind> neededKinds = EnumSet.noneOf(Kind.class);
        for (Diagram.Node n : d.allNodes()) if (NEEDED.contains(n.kind())) neededKinds.add(n.kind());
        for (Diagram.FlowStep s : d.flow()) {
            Diagram.Edge e = d.edges().get(s.edge());
            neededKinds.add(d.node(e.from()).kind());
            neededKinds.add(d.node(e.to()).kind());
        }
        neededKinds.removeAll(NEVER_NEEDED);

        // What each user needs: what it reaches when nothing has failed, nearest first.
        Map<String, List<Need>> needsOf = new LinkedHashMap<>();
        Set<Need> allNeeds = new LinkedHashSet<>();
        for (String u : users) {
            List<Need> needs = satisfied(reach(u, Set.of()), neededKinds);
            needsOf.put(u, needs);
            allNeeds.addAll(needs);
        }
        Set<String> reachedIntact = new LinkedHashSet<>();
        for (String u : users) reachedIntact.addAll(reach(u, Set.of()));

        Map<String, Failure> failures = new LinkedHashMap<>();
        List<String> spofs = new ArrayList<>();
        for (Diagram.Node n : d.allNodes()) {
            Failure f = fail(n, needsOf, reachedIntact, neededKinds);
            failures.put(n.id(), f);
            if (f.isSpof()) spofs.add(n.id());
        }
        return new Result(List.copyOf(spofs), failures, List.copyOf(allNeeds));
    }

    private int instances(Diagram.Node n) {
        int i = n.replicas();
        for (Diagram.Node a : d.ancestors(n.id())) i *= a.replicas();
        return i;
    }

    private Failure fail(Diagram.Node n, Map<String, List<Need>> needsOf, Set<String> reachedIntact,
                         Set<Kind> neededKinds) {
        if (n.kind() == Kind.USER) {
            return new Failure(n.id(), List.of(), List.of(), false, "Failed: " + n.label()
                    + ". This visitor is gone, so it asks for nothing; nothing else is affected.");
        }
        int instances = instances(n);
        Set<String> dead = instances > 1 ? Set.of() : new LinkedHashSet<>(d.selfAndDescendants(n.id()));
        Set<String> reachedNow = new LinkedHashSet<>();
        List<Need> lost = new ArrayList<>();
        int usersLosing = 0;
        for (String u : users) {
            if (dead.contains(u)) continue;
            Set<String> r = reach(u, dead);
            List<Need> still = satisfied(r, neededKinds);
            boolean losing = false;
            boolean down = false;
            for (Need need : needsOf.get(u)) {
                if (!still.contains(need)) {
                    losing = true;
                    down |= !need.write();
                    if (!lost.contains(need)) lost.add(need);
                }
            }
            if (losing) usersLosing++;
            // for a user whose requests can no longer complete, nothing on its paths does useful work
            if (!down) reachedNow.addAll(r);
        }
        List<String> down = new ArrayList<>();
        for (Diagram.Node m : d.allNodes()) {
            if (m.id().equals(n.id())) continue;
            if (dead.contains(m.id()) || (reachedIntact.contains(m.id()) && !reachedNow.contains(m.id())
                    && m.kind() != Kind.USER)) {
                down.add(m.id());
            }
        }
        boolean everyone = usersLosing > 0 && usersLosing == users.stream().filter(u -> !dead.contains(u)).count();
        return new Failure(n.id(), List.copyOf(down), List.copyOf(lost), everyone,
                status(n, instances, down, lost, everyone, reachedIntact.contains(n.id())));
    }

    private String status(Diagram.Node n, int instances, List<String> down, List<Need> lost, boolean everyone,
                          boolean onPath) {
        StringBuilder s = new StringBuilder("Failed: ").append(n.label());
        if (instances > 1) {
            s.append(" (one of ").append(instances).append(" instances)");
        } else if (n.isContainer()) {
            s.append(" and everything in it");
        }
        s.append(". ");
        if (lost.isEmpty()) {
            if (instances > 1) {
                s.append("The other ").append(instances - 1).append(instances - 1 == 1 ? " instance takes" : " instances take")
                        .append(" over: the visitor notices nothing.");
            } else if (onPath) {
                s.append("Requests still have another path: the visitor notices nothing.");
            } else {
                s.append("Requests do not depend on it: the visitor notices nothing.");
            }
            return s.toString();
        }
        Need first = lost.stream().filter(x -> !x.write()).findFirst().orElse(null);
        if (first != null) {
            s.append("No path to ").append(first.describe()).append(": the site is down for ")
                    .append(everyone ? "everyone." : "some visitors.");
        } else {
            Need w = lost.get(0);
            s.append("No path to ").append(w.describe()).append(": pages that only read may still load, but nothing can be saved")
                    .append(everyone ? "." : " for some visitors.");
        }
        return s.toString();
    }

    /** The needs met by the nodes in {@code reached}, in the order they were reached. */
    private List<Need> satisfied(Set<String> reached, Set<Kind> neededKinds) {
        List<Need> out = new ArrayList<>();
        for (String id : reached) {
            Diagram.Node n = d.node(id);
            if (!neededKinds.contains(n.kind())) continue;
            Need any = new Need(n.kind(), false);
            if (!out.contains(any)) out.add(any);
            if (withReplicas.contains(n.kind()) && !n.isReplica()) {
                Need write = new Need(n.kind(), true);
                if (!out.contains(write)) out.add(write);
            }
        }
        return out;
    }

    /**
     * The shortest request path (node ids, user first) from any user to a node that {@code goal}
     * accepts, not passing the nodes in {@code dead}; empty when there is none.
     */
    public static List<String> path(Diagram d, Set<String> dead, java.util.function.Predicate<Diagram.Node> goal) {
        FailureAnalysis a = new FailureAnalysis(d);
        for (String u : a.users) {
            if (dead.contains(u)) continue;
            Map<String, String> parent = new LinkedHashMap<>();
            Deque<String> queue = new ArrayDeque<>();
            queue.add(u);
            parent.put(u, null);
            while (!queue.isEmpty()) {
                String id = queue.poll();
                if (!id.equals(u) && goal.test(d.node(id))) {
                    List<String> path = new ArrayList<>();
                    for (String p = id; p != null; p = parent.get(p)) path.add(0, p);
                    return path;
                }
                for (String m : a.next(id)) {
                    if (!dead.contains(m) && !parent.containsKey(m)) {
                        parent.put(m, id);
                        queue.add(m);
                    }
                }
            }
        }
        return List.of();
    }

    /** Where a request goes from a node: its edges, its containers' edges, and into what it holds. */
    private List<String> next(String id) {
        List<String> next = new ArrayList<>(out.get(id));
        for (Diagram.Node a : d.ancestors(id)) next.addAll(out.get(a.id()));
        next.addAll(d.node(id).children());
        return next;
    }

    /**
     * Every node a request from {@code start} reaches without passing a dead node, in breadth-first
     * order. Entering a container reaches what it holds; an edge leaving a container leaves from
     * anything inside it.
     */
    Set<String> reach(String start, Set<String> dead) {
        Set<String> seen = new LinkedHashSet<>();
        if (dead.contains(start)) return seen;
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String m : next(id)) {
                if (!dead.contains(m) && seen.add(m)) queue.add(m);
            }
        }
        return seen;
    }
}
