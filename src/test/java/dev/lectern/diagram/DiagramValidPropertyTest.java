package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Property tests over VALID diagrams: a generator builds well-formed diagrams (unique ids, known kinds,
 * containers, replicas, roles, {@code ->} and {@code ..>} edges and a flow along them), then a mutation breaks some of them. The
 * valid ones go all the way through layout, SVG and the failure analysis, and must keep the invariants
 * below; the broken ones must be reported with a position. Seeded: a failure names its seed, and
 * {@code -Ddiagram.seed=N} replays just that one.
 */
class DiagramValidPropertyTest {
    private static final int TRIES = 60;
    private static final List<String> LEAF_KINDS = List.of("user", "dns", "cdn", "firewall", "loadbalancer", "web",
            "app", "db", "cache", "queue", "monitor", "storage");
    private static final List<String> CONTAINER_KINDS = List.of("server", "datacenter");
    private static final String LABEL = "ab <>&'é→/.:";

    /** A generated diagram: its YAML and what the generator knows about it. */
    record Generated(String yaml, List<String> nodes, Set<String> containers, Set<String> users,
                     Map<String, String> kinds, boolean valid, String mutation) {}

    static final class Gen {
        final Random r;
        final StringBuilder yaml = new StringBuilder();
        final List<String> nodes = new ArrayList<>();
        final List<String> leaves = new ArrayList<>();
        final Set<String> containers = new LinkedHashSet<>();
        final Set<String> users = new LinkedHashSet<>();
        final Map<String, String> kinds = new LinkedHashMap<>();
        /** The leaves with {@code role: replica} or {@code standby}: a {@code ->} from their own kind is an error. */
        final Set<String> followers = new LinkedHashSet<>();
        final boolean allReplicated;

        Gen(long seed, boolean allReplicated) {
            this.r = new Random(seed);
            this.allReplicated = allReplicated;
        }

        String label() {
            StringBuilder s = new StringBuilder();
            int n = 1 + r.nextInt(20);
            for (int i = 0; i < n; i++) s.append(LABEL.charAt(r.nextInt(LABEL.length())));
            return s.toString().isBlank() ? "x" : s.toString();
        }

        void leaf(String id, String indent) {
            String kind = LEAF_KINDS.get(r.nextInt(LEAF_KINDS.size()));
            nodes.add(id);
            leaves.add(id);
            if (kind.equals("user")) users.add(id);
            kinds.put(id, kind);
            yaml.append(indent).append(id).append(":\n").append(indent).append("  kind: ").append(kind).append('\n')
                    .append(indent).append("  label: \"").append(label()).append("\"\n");
            int replicas = allReplicated && !kind.equals("user") ? 2 + r.nextInt(2) : r.nextInt(3) == 0 ? 2 : 1;
            if (replicas != 1) yaml.append(indent).append("  replicas: ").append(replicas).append('\n');
            if (kind.equals("db") && r.nextBoolean()) {
                String role = List.of("primary", "replica", "standby").get(r.nextInt(3));
                if (!role.equals("primary")) followers.add(id);
                yaml.append(indent).append("  role: ").append(role).append('\n');
            }
        }

        Generated build(long seed) {
            yaml.append("direction: ").append(List.of("right", "down", "left", "up").get(r.nextInt(4))).append('\n');
            if (r.nextBoolean()) yaml.append("title: \"").append(label()).append("\"\n");
            yaml.append("nodes:\n");
            int top = 2 + r.nextInt(5);
            int next = 0;
            for (int i = 0; i < top; i++) {
                if (r.nextInt(3) == 0) {
                    String id = "c" + next++;
                    nodes.add(id);
                    containers.add(id);
                    yaml.append("  ").append(id).append(":\n    kind: ").append(CONTAINER_KINDS.get(r.nextInt(2)))
                            .append("\n    label: \"").append(label()).append("\"\n    contains:\n");
                    int inside = 1 + r.nextInt(3);
                    for (int j = 0; j < inside; j++) leaf("n" + next++, "      ");
                } else {
                    leaf("n" + next++, "  ");
                }
            }
            List<String> edges = new ArrayList<>();
            Set<String> pairs = new LinkedHashSet<>();
            int wanted = r.nextInt(2 * leaves.size() + 1);
            for (int i = 0; i < wanted && leaves.size() > 1; i++) {
                String a = leaves.get(r.nextInt(leaves.size()));
                String b = leaves.get(r.nextInt(leaves.size()));
                if (a.equals(b) || !pairs.add(a + " " + b)) continue;
                // `..>` is off the request path (replication, a backup); a `->` from a database into its
                // replica or standby is an error, so replication is always written `..>`
                boolean replication = followers.contains(b) && kinds.get(a).equals(kinds.get(b));
                edges.add(a + (replication || r.nextInt(5) == 0 ? " ..> " : " -> ") + b);
            }
            if (!edges.isEmpty()) {
                yaml.append("edges:\n");
                for (String e : edges) {
                    yaml.append("  - ").append(e);
                    if (r.nextBoolean()) yaml.append(": \"").append(label()).append('"');
                    yaml.append('\n');
                }
                int steps = r.nextInt(Math.min(4, edges.size()) + 1);
                if (steps > 0) {
                    yaml.append("flow:\n");
                    for (int i = 0; i < steps; i++) {
                        yaml.append("  - ").append(edges.get(r.nextInt(edges.size()))).append(": \"").append(label())
                                .append("\"\n");
                    }
                }
            }
            String text = yaml.toString();
            String mutation = null;
            if (!allReplicated && r.nextInt(3) == 0) {
                // break it in one of the ways authors do
                String first = leaves.get(0);
                switch (r.nextInt(5)) {
                    case 0 -> mutation = "duplicate id";
                    case 1 -> mutation = "unknown kind";
                    case 2 -> mutation = "edge to a missing node";
                    case 3 -> mutation = "replicas: 0";
                    default -> mutation = "role leader";
                }
                text = switch (mutation) {
                    case "duplicate id" -> text.replace("\nedges:", "\n  " + first + ":\n    kind: web\nedges:")
                            .replaceFirst("\nnodes:\n", "\nnodes:\n  " + first + "x:\n    kind: web\n")
                            .replace("  " + first + "x:", "  " + first + ":");
                    case "unknown kind" -> text.replaceFirst("kind: [a-z]+", "kind: mainframe");
                    case "edge to a missing node" -> !text.contains("\nedges:\n") ? text
                            : text.contains("\nflow:\n") ? text.replace("\nflow:\n", "\n  - " + first + " -> nobody\nflow:\n")
                            : text + "  - " + first + " -> nobody\n";
                    case "replicas: 0" -> text.replaceFirst("(?m)^(\\s+)label: (.*)$", "$1label: $2\n$1replicas: 0");
                    default -> text.replaceFirst("(?m)^(\\s+)label: (.*)$", "$1label: $2\n$1role: leader");
                };
                if (text.equals(yaml.toString())) mutation = null; // the mutation found nothing to break
            }
            return new Generated(text, List.copyOf(nodes), Set.copyOf(containers), Set.copyOf(users), Map.copyOf(kinds),
                    mutation == null, mutation);
        }
    }

    private static BlockOutput render(String text, Diagnostics diagnostics) {
        BlockContext ctx = new BlockContext(diagnostics, "p/", "p.md", "P", 0, md -> md, dev.lectern.render.Templates.builtIn().partials());
        return new DiagramBlock(null, "test").render(new FencedBlock("diagram", "", text, "p.md", 1, 2, 1), ctx);
    }

    private static List<Long> seeds() {
        String one = System.getProperty("diagram.seed");
        if (one != null) return List.of(Long.parseLong(one));
        List<Long> all = new ArrayList<>();
        for (long s = 0; s < TRIES; s++) all.add(s);
        return all;
    }

    /** Runs one case; any failure is rethrown naming the seed and the YAML. */
    private static boolean check(long seed, Generated g) {
        try {
            return checkValid(g);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + seed + " (replay: -Ddiagram.seed=" + seed + ")"
                    + (g.mutation() == null ? "" : ", mutation: " + g.mutation()) + ":\n" + g.yaml(), e);
        }
    }

    private static boolean checkValid(Generated g) {
        Diagnostics diagnostics = new Diagnostics();
        BlockOutput out = render(g.yaml(), diagnostics);
        if (!g.valid()) {
            assertThat(diagnostics.hasErrors()).as("a broken diagram (" + g.mutation() + ") is an error").isTrue();
            assertThat(diagnostics.sorted()).allSatisfy(d -> {
                assertThat(d.file()).isEqualTo("p.md");
                assertThat(d.line()).isPositive();
            });
            assertThat(out.html()).isEmpty();
            return false;
        }
        assertThat(diagnostics.sorted()).as("a generated valid diagram has no diagnostics").isEmpty();
        // layout and SVG: every node is drawn exactly once in each drawing
        Document html = Jsoup.parse(out.html());
        List<Element> svgs = html.select("figure.diagram svg.diagram-svg");
        assertThat(svgs).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        for (Element svg : svgs) {
            assertThat(svg.select("[data-node]").eachAttr("data-node")).containsExactlyInAnyOrderElementsOf(g.nodes());
        }
        // the failure analysis: SPOFs are nodes, each node has its failure, and the SVG marks exactly the SPOFs
        Diagram diagram = Designs.parse(g.yaml());
        FailureAnalysis.Result r = FailureAnalysis.analyse(diagram, Designs.WORDS);
        assertThat(g.nodes()).containsAll(r.spofs());
        assertThat(r.failures().keySet()).containsExactlyInAnyOrderElementsOf(g.nodes());
        for (FailureAnalysis.Failure f : r.failures().values()) {
            assertThat(g.nodes()).containsAll(f.down());
            assertThat(f.down()).doesNotContain(f.node()).doesNotHaveDuplicates();
            // three states: failed with it, unreachable (working, no request reaches it), degraded (working, lost
            // a cache or monitor it used); a node is in one of them at most, and a visitor is never unreachable
            assertThat(java.util.Collections.disjoint(f.failed(), f.unreachable())).as("failed and unreachable").isTrue();
            assertThat(java.util.Collections.disjoint(f.degraded(), f.down())).as("degraded and down").isTrue();
            assertThat(f.degraded()).doesNotContain(f.node());
            assertThat(java.util.Collections.disjoint(f.unreachable(), g.users())).as("unreachable visitors").isTrue();
            assertThat(f.status()).startsWith("Failed: ");
            assertThat(f.isSpof()).isEqualTo(r.spofs().contains(f.node()));
            // caches, queues and monitoring are never needed (the generator writes no `needed:`): no SPOF
            if (List.of("cache", "queue", "monitor").contains(g.kinds().getOrDefault(f.node(), "container"))) {
                assertThat(f.isSpof()).as("a %s is no SPOF", g.kinds().get(f.node())).isFalse();
            }
        }
        // `..>` edges are off the request path: without them, every verdict is the same (with a user node; without
        // one, requests start at the nodes nothing points to, which the `..>` edges take part in)
        if (!g.users().isEmpty() && g.yaml().contains(" ..> ") && g.yaml().contains(" -> ")) {
            String requestOnly = g.yaml().lines().filter(l -> !l.contains(" ..> "))
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
            if (requestOnly.endsWith("flow:\n")) requestOnly = requestOnly.substring(0, requestOnly.length() - 6);
            FailureAnalysis.Result without = FailureAnalysis.analyse(Designs.parse(requestOnly), Designs.WORDS);
            assertThat(without.spofs()).as("SPOFs without the `..>` edges").isEqualTo(r.spofs());
            for (String id : g.nodes()) {
                assertThat(without.failures().get(id).verdict()).as("verdict of %s without the `..>` edges", id)
                        .isEqualTo(r.failures().get(id).verdict());
            }
        }
        for (String user : g.users()) assertThat(r.spofs()).as("a visitor is no SPOF").doesNotContain(user);
        for (Element svg : svgs) {
            Set<String> marked = new LinkedHashSet<>(svg.select("[data-node].is-spof").eachAttr("data-node"));
            assertThat(marked).containsExactlyInAnyOrderElementsOf(r.spofs());
        }
        return true;
    }

    // Checks generated diagrams, at least half of them valid: valid ones are laid out, drawn and analysed with
    // every node drawn once, SPOFs a subset of the nodes and marked in the SVG; broken ones are positioned errors.
    @Test
    void validDiagramsKeepTheInvariants() {
        int valid = 0;
        int total = 0;
        Map<String, Integer> mutations = new LinkedHashMap<>();
        for (long seed : seeds()) {
            Generated g = new Gen(seed, false).build(seed);
            if (check(seed, g)) valid++;
            else mutations.merge(g.mutation(), 1, Integer::sum);
            total++;
        }
        assertThat(valid * 2).as("valid diagrams: %d of %d", valid, total).isGreaterThanOrEqualTo(total);
        if (total == TRIES) assertThat(mutations.keySet()).as("every mutation was tried").hasSize(5);
    }

    // Checks that when every node but the visitors has two or more instances, only containers can be SPOFs.
    @Test
    void everyNodeReplicatedLeavesOnlyContainersAsSpofs() {
        for (long seed : seeds()) {
            Generated g = new Gen(seed, true).build(seed);
            assertThat(check(seed, g)).isTrue();
            FailureAnalysis.Result r = FailureAnalysis.analyse(Designs.parse(g.yaml()), Designs.WORDS);
            List<String> spofs = r.spofs();
            // losing one instance of several takes nothing else down
            for (String id : g.nodes()) {
                if (!g.containers().contains(id) && !g.users().contains(id)) {
                    assertThat(r.failures().get(id).down()).as("seed %d: %s down with one instance of %s", seed,
                            r.failures().get(id).down(), id).isEmpty();
                }
            }
            Set<String> allowed = new LinkedHashSet<>(g.containers());
            allowed.addAll(g.users());
            assertThat(allowed).as("seed %d (replay: -Ddiagram.seed=%d):%n%s", seed, seed, g.yaml()).containsAll(spofs);
        }
    }
}
