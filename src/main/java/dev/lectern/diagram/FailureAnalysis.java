package dev.lectern.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What fails with each node, computed from the diagram alone (the flow is narration and plays no part).
 *
 * <p>Requests start at the users (nodes of kind {@code user}; without any, at the nodes nothing points
 * to) and follow the {@code ->} edges ({@code ..>} edges, such as replication, are off the request
 * path). A request needs every node it reaches, as follows: a node works when it has not failed and,
 * for each kind it points to, one of the nodes of that kind it points to works. Nodes of one kind are
 * alternatives (a balancer's two web servers, two DNS providers); nodes of different kinds are all
 * needed (DNS and the balancer; the code's storage and the database). Caches, queues and monitoring
 * are not needed: their failure degrades the site ("pages get slower"). A node overrides its kind with
 * {@code needed: true} (needed on its own, no alternative) or {@code needed: false}, and says what its
 * loss costs with {@code degrades}. Where some nodes are {@code role: replica}, writes need the others;
 * a {@code role: standby} takes writes once no primary of its kind is left. A container's failure
 * takes everything in it (users inside it are gone with it and ask for nothing); a node with {@code replicas: N > 1} (or inside such a container) loses one
 * instance only.
 *
 * <p>A node is a single point of failure (SPOF) when its failure stops the requests (or the writes)
 * of some user.
 */
public final class FailureAnalysis {

    /** What a reader is told the visitor sees, from least to most severe. */
    public enum Verdict {
        /** Nothing changes for visitors. */
        NOTHING,
        /** Every request still works, with a stated cost ("pages get slower", "no alerts"). */
        DEGRADED,
        /** Requests that only read still work; nothing can be saved (for some or all visitors). */
        NO_WRITES,
        /** The site is down for some visitors. */
        DOWN_SOME,
        /** The site is down for everyone. */
        DOWN_ALL;

        public boolean isSpof() {
            return compareTo(NO_WRITES) >= 0;
        }
    }

    /**
     * Something a request needs: a working node of {@code kind} (a writable one when {@code write}), or
     * the node {@code node} itself when it is {@code needed: true}.
     */
    public record Need(Kind kind, boolean write, String node, String label) {
        public Need(Kind kind, boolean write) {
            this(kind, write, null, null);
        }

        /** In the theme's words: {@code need} ("a database") or {@code working} (after "No working"). */
        String describe(Words words, String form) {
            return words.diagram(form, "kind", kind.id(), "write", write, "label", node == null ? null : label,
                    "noun", words.noun(kind));
        }
    }

    /**
     * What happens when one node fails.
     *
     * @param verdict what the visitor sees
     * @param failed the other nodes that fail with it (what a failed container holds)
     * @param unreachable the nodes that still work but that no request reaches any more
     * @param degraded the nodes that still work without a degrading node they used (a cache's users)
     * @param lost what some user can no longer reach (empty unless a SPOF)
     * @param costs what visitors lose when the verdict is {@link Verdict#DEGRADED} ("pages get slower")
     * @param everyone whether every user lost something
     * @param opening the status line's opening: "Failed: X."
     * @param head the opening's part after the label ("(one of 3 instances)"), or empty
     * @param visitorSees the sentence after the opening: what the visitor sees
     * @param operators the last sentence, what the operators see (empty when a visitor fails)
     */
    public record Failure(String node, Verdict verdict, List<String> failed, List<String> unreachable,
                          List<String> degraded, List<Need> lost, List<String> costs, boolean everyone, String opening,
                          String head, String visitorSees, String operators) {
        public boolean isSpof() {
            return verdict.isSpof();
        }

        /** The sentences a reader sees: what failed, what the visitor and the operators see. */
        public String status() {
            return opening + " " + consequence();
        }

        /** The status without its opening: what the visitor and the operators see. */
        public String consequence() {
            return operators.isEmpty() ? visitorSees : visitorSees + " " + operators;
        }

        /** The nodes drawn as no longer working: those that failed with it, then the unreachable ones. */
        public List<String> down() {
            List<String> all = new ArrayList<>(failed);
            all.addAll(unreachable);
            return all;
        }
    }

    /** The analysis of one diagram: its SPOFs in node order and the failure of every node. */
    public record Result(List<String> spofs, Map<String, Failure> failures, List<Need> needs) {
        public boolean isSpof(String id) {
            return spofs.contains(id);
        }
    }

    /** The start of requests when the diagram has no user node: a user pointing at the nodes nothing points to. */
    private static final String VISITOR = "";

    private final Diagram d;
    private final Words words;
    private final Map<String, List<String>> out = new LinkedHashMap<>();
    private final List<String> users;
    private final List<String> implicitStarts;
    private final boolean hasRoles;

    private FailureAnalysis(Diagram d, Words words) {
        this.d = d;
        this.words = words;
        for (Diagram.Node n : d.allNodes()) out.put(n.id(), new ArrayList<>());
        for (Diagram.Edge e : d.edges()) if (e.request()) out.get(e.from()).add(e.to());
        List<String> u = d.allNodes().stream().filter(n -> n.kind() == Kind.USER).map(Diagram.Node::id).toList();
        if (u.isEmpty()) {
            Set<String> targets = new LinkedHashSet<>();
            for (Diagram.Edge e : d.edges()) targets.add(e.to());
            implicitStarts = d.allNodes().stream().filter(n -> !n.isContainer() && !targets.contains(n.id()))
                    .map(Diagram.Node::id).toList();
            u = implicitStarts.isEmpty() ? List.of() : List.of(VISITOR);
        } else {
            implicitStarts = List.of();
        }
        this.users = u;
        this.hasRoles = d.allNodes().stream().anyMatch(n -> n.isReplica() || n.isStandby());
    }

    /** @param words the theme's partials, for the sentences ({@code partials/text/diagram.jte}) */
    public static Result analyse(Diagram d, dev.lectern.blocks.Markup words) {
        return new FailureAnalysis(d, new Words(words)).run();
    }

    private Result run() {
        Map<String, Boolean> readOk = new LinkedHashMap<>();
        Map<String, Boolean> writeOk = new LinkedHashMap<>();
        for (String u : users) {
            readOk.put(u, works(u, Set.of(), false));
            writeOk.put(u, hasRoles && works(u, Set.of(), true));
        }
        Set<String> reachedIntact = new LinkedHashSet<>();
        for (String u : users) reachedIntact.addAll(reach(u, Set.of()));
        Map<String, Failure> failures = new LinkedHashMap<>();
        List<String> spofs = new ArrayList<>();
        for (Diagram.Node n : d.allNodes()) {
            Failure f = fail(n, readOk, writeOk, reachedIntact);
            failures.put(n.id(), f);
            if (f.isSpof()) spofs.add(n.id());
        }
        return new Result(List.copyOf(spofs), failures, needs());
    }

    /** What requests need, nearest first: the groups met on the way from the users, by breadth. */
    private List<Need> needs() {
        List<Need> needs = new ArrayList<>();
        Set<String> seen = new HashSet<>(users);
        Deque<String> queue = new ArrayDeque<>(users);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (List<String> group : groups(id)) {
                Need need = need(group, false);
                if (!needs.contains(need)) needs.add(need);
                if (hasRoles && group.stream().anyMatch(m -> d.node(m).isReplica() || d.node(m).isStandby())) {
                    Need w = need(group, true);
                    if (!needs.contains(w)) needs.add(w);
                }
                for (String m : group) if (seen.add(m)) queue.add(m);
            }
        }
        return List.copyOf(needs);
    }

    private Need need(List<String> group, boolean write) {
        Diagram.Node first = d.node(group.get(0));
        if (Boolean.TRUE.equals(first.needed())) return new Need(first.kind(), write, first.id(), first.label());
        return new Need(first.kind(), write);
    }

    private int instances(Diagram.Node n) {
        int i = n.replicas();
        for (Diagram.Node a : d.ancestors(n.id())) i *= a.replicas();
        return i;
    }

    private Failure fail(Diagram.Node n, Map<String, Boolean> readOk, Map<String, Boolean> writeOk,
                         Set<String> reachedIntact) {
        if (n.kind() == Kind.USER) {
            // a visitor is gone, however many it stands for
            return new Failure(n.id(), Verdict.NOTHING, List.of(), List.of(), List.of(), List.of(), List.of(), false,
                    words.diagram("failed", "label", n.label()), "", words.diagram("gone"), "");
        }
        int instances = instances(n);
        Set<String> dead = instances > 1 ? Set.of() : new LinkedHashSet<>(d.selfAndDescendants(n.id()));
        List<Need> lost = new ArrayList<>();
        int downUsers = 0;
        int writeUsers = 0;
        int before = 0;
        for (String u : users) {
            // a visitor inside a failed container is gone with it, like a failed visitor: it asks for nothing
            if (!readOk.get(u) || dead.contains(u)) continue;
            before++;
            if (!works(u, dead, false)) {
                downUsers++;
                Need cause = cause(u, dead, false);
                if (cause != null && !lost.contains(cause)) lost.add(cause);
            } else if (writeOk.get(u) && !works(u, dead, true)) {
                writeUsers++;
                Need cause = cause(u, dead, true);
                if (cause != null && !lost.contains(cause)) lost.add(cause);
            }
        }
        Set<String> reachedNow = new LinkedHashSet<>();
        for (String u : users) reachedNow.addAll(reach(u, dead));
        if (users.stream().anyMatch(dead::contains)) {
            // what only the gone visitors used is idle, not cut off: unreachable counts the visitors left
            reachedIntact = new LinkedHashSet<>();
            for (String u : users) if (!dead.contains(u)) reachedIntact.addAll(reach(u, Set.of()));
        }
        List<String> failed = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        List<String> degraded = new ArrayList<>();
        List<String> costs = new ArrayList<>();
        for (Diagram.Node m : d.allNodes()) {
            if (dead.contains(m.id())) {
                if (!m.id().equals(n.id())) failed.add(m.id());
                String cost = m.degradation(words::costs);
                if (cost != null && !(m.kind().forOperators() && m.degrades() == null) && !costs.contains(cost)) {
                    costs.add(cost);
                }
            } else if (m.kind() != Kind.USER && reachedIntact.contains(m.id()) && !reachedNow.contains(m.id())) {
                unreachable.add(m.id());
            }
        }
        for (Diagram.Edge e : d.edges()) {
            Diagram.Node to = d.node(e.to());
            if (dead.contains(e.to()) && !dead.contains(e.from()) && to.degradation(words::costs) != null
                    && !degraded.contains(e.from()) && !unreachable.contains(e.from())) {
                degraded.add(e.from());
            }
        }
        // Monitoring: lost when no collector is left; one client lost costs the metrics of where it runs.
        boolean operatorsBlind = monitoringWorks(Set.of()) && !monitoringWorks(dead);
        boolean clientLost = !operatorsBlind && n.kind().forOperators() && n.degrades() == null && n.isNeeded() == false
                && n.needed() == null;
        boolean everyone = downUsers > 0 ? downUsers == before : writeUsers > 0 && writeUsers == before;
        Verdict verdict;
        if (downUsers > 0) verdict = downUsers == before ? Verdict.DOWN_ALL : Verdict.DOWN_SOME;
        else if (writeUsers > 0) verdict = Verdict.NO_WRITES;
        else if (!costs.isEmpty() || operatorsBlind || clientLost) verdict = Verdict.DEGRADED;
        else verdict = Verdict.NOTHING;
        Status words = new Status(d, n, instances, this.words);
        String visitor = words.visitor(verdict, lost, everyone, costs, onPath(n, reachedIntact), firstHop(lost));
        String operators = words.operators(verdict, operatorsBlind, clientLost, monitoringWorks(dead));
        return new Failure(n.id(), verdict, List.copyOf(failed), List.copyOf(unreachable), List.copyOf(degraded),
                List.copyOf(lost), verdict == Verdict.DEGRADED ? List.copyOf(costs) : List.of(), everyone,
                words.opening(), words.head(), visitor, operators);
    }

    /** Whether requests used the node or something in it (a needed node on their way). */
    private boolean onPath(Diagram.Node n, Set<String> reachedIntact) {
        return d.selfAndDescendants(n.id()).stream().anyMatch(m -> reachedIntact.contains(m) && d.node(m).isNeeded());
    }

    /**
     * Whether the first thing lost is what a visitor's browser connects to (directly or through
     * firewalls only): then browsers cannot connect, rather than get an error page from what is left.
     */
    private boolean firstHop(List<Need> lost) {
        if (lost.isEmpty() || !implicitStarts.isEmpty()) return false;
        Need first = lost.get(0);
        Set<String> seen = new HashSet<>(users);
        Deque<String> queue = new ArrayDeque<>(users);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (List<String> group : groups(id)) {
                if (need(group, first.write()).equals(first)) return true;
                for (String m : group) if (d.node(m).kind() == Kind.FIREWALL && seen.add(m)) queue.add(m);
            }
        }
        return false;
    }

    /** Monitoring alerts someone while a monitor that collects (one pointing at no other monitor) works. */
    private boolean monitoringWorks(Set<String> dead) {
        for (Diagram.Node m : d.allNodes()) {
            if (m.kind() != Kind.MONITOR || dead.contains(m.id())) continue;
            if (out.get(m.id()).stream().noneMatch(t -> d.node(t).kind() == Kind.MONITOR)) return true;
        }
        return false;
    }

    /**
     * The first need (by breadth from the user) whose every candidate fails while one of them is
     * dead or, for writes, cannot take writes: where the request breaks.
     */
    private Need cause(String user, Set<String> dead, boolean write) {
        Set<String> excluded = excluded(dead, write);
        Map<String, Boolean> memo = new HashMap<>();
        Set<String> seen = new HashSet<>(Set.of(user));
        Deque<String> queue = new ArrayDeque<>(List.of(user));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (List<String> group : groups(id)) {
                boolean none = group.stream().noneMatch(m -> works(m, excluded, memo, new HashSet<>()));
                if (none && group.stream().anyMatch(excluded::contains)) {
                    return need(group, write);
                }
                for (String m : group) if (!excluded.contains(m) && seen.add(m)) queue.add(m);
            }
        }
        return null;
    }

    /** The nodes a request cannot use: the dead ones and, for a write, those that cannot take writes. */
    private Set<String> excluded(Set<String> dead, boolean write) {
        if (!write) return dead;
        Set<String> x = new HashSet<>(dead);
        for (Diagram.Node n : d.allNodes()) {
            if (n.isReplica()) x.add(n.id());
            if (n.isStandby() && primaryLeft(n.kind(), dead)) x.add(n.id());
        }
        return x;
    }

    private boolean primaryLeft(Kind kind, Set<String> dead) {
        return d.allNodes().stream().anyMatch(m -> m.kind() == kind && !m.isReplica() && !m.isStandby()
                && !dead.contains(m.id()));
    }

    private boolean works(String id, Set<String> dead, boolean write) {
        return works(id, excluded(dead, write), new HashMap<>(), new HashSet<>());
    }

    /** Whether {@code id} works: not excluded, and one working node of each group it needs. */
    private boolean works(String id, Set<String> excluded, Map<String, Boolean> memo, Set<String> visiting) {
        if (excluded.contains(id)) return false;
        Boolean known = memo.get(id);
        if (known != null) return known;
        // a cycle: the request does not go round it again
        if (!visiting.add(id)) return true;
        boolean ok = true;
        for (List<String> group : groups(id)) {
            boolean any = false;
            for (String m : group) {
                if (works(m, excluded, memo, visiting)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                ok = false;
                break;
            }
        }
        visiting.remove(id);
        memo.put(id, ok);
        return ok;
    }

    /**
     * What a node needs, in groups of alternatives: the needed nodes it points to (with its containers'
     * edges, and what it holds when it is a container), one group per kind; a {@code needed: true}
     * node is a group of its own.
     */
    private List<List<String>> groups(String id) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String m : next(id)) {
            Diagram.Node n = d.node(m);
            if (!n.isNeeded()) continue;
            String key = Boolean.TRUE.equals(n.needed()) ? "node " + m : "kind " + n.kind().id();
            List<String> g = groups.computeIfAbsent(key, k -> new ArrayList<>());
            if (!g.contains(m)) g.add(m);
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * The shortest request path (node ids, user first) from any user to a node that {@code goal}
     * accepts, not passing the nodes in {@code dead}; empty when there is none.
     */
    public static List<String> path(Diagram d, Set<String> dead, java.util.function.Predicate<Diagram.Node> goal) {
        FailureAnalysis a = new FailureAnalysis(d, null);
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
                    for (String p = id; p != null && !p.equals(VISITOR); p = parent.get(p)) path.add(0, p);
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
        if (id.equals(VISITOR)) return implicitStarts;
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
        seen.remove(VISITOR);
        return seen;
    }
}
