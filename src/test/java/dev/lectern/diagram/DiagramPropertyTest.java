package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random input, well-formed or not, never crashes the diagram block: it renders or reports errors
 * with positions. Inputs come from fixed seeds, so a failure names the seed that repeats it.
 */
class DiagramPropertyTest {
    private static final List<String> IDS = List.of("user", "dns", "lb", "web", "app", "db", "box", "dc", "x");
    private static final List<String> KINDS = List.of("user", "dns", "cdn", "firewall", "loadbalancer", "server",
            "web", "app", "db", "cache", "queue", "monitor", "storage", "datacenter", "databse", "");
    private static final String NOISE = "abc:-> {}[]\n\"'#&<|*!%@`\t";
    private static final List<String> KEYED = List.of("nodes:", "edges:", "flow:", "title:", "  - a -> b",
            "  a: {kind: web}", "contains:", "  - ", "direction: down", "spof: hide", "quiz: auto", "replicas: -1",
            ": :", "- ->");
    private static final String LABEL = "ab <>&\"'é→/.:";

    private static BlockOutput render(String text, Diagnostics diagnostics) {
        BlockContext ctx = new BlockContext(diagnostics, "p/", "p.md", "P", 0, md -> md, dev.lectern.render.Templates.builtIn().partials());
        return new DiagramBlock(null, "test").render(new FencedBlock("diagram", "", text, "p.md", 1, 2, 1), ctx);
    }

    private static void check(long seed, String text) {
        Diagnostics diagnostics = new Diagnostics();
        BlockOutput out;
        try {
            out = render(text, diagnostics);
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + " crashed on:\n" + text, e);
        }
        if (diagnostics.hasErrors()) {
            assertThat(out.html()).as("seed %d", seed).isEmpty();
            for (Diagnostic d : diagnostics.sorted()) {
                assertThat(d.file()).isEqualTo("p.md");
                assertThat(d.line()).as("seed %d: %s", seed, d).isPositive();
            }
        } else {
            assertThat(out.html()).as("seed %d", seed).contains("data-diagram=\"diagram-1\"").contains("role=\"img\"");
        }
    }

    // Checks that arbitrary text (not YAML at all, or YAML of any shape) never throws.
    @Test
    void anyTextNeverCrashes() {
        for (long seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            StringBuilder s = new StringBuilder();
            if (r.nextBoolean()) {
                int n = r.nextInt(121);
                for (int i = 0; i < n; i++) s.append(NOISE.charAt(r.nextInt(NOISE.length())));
            } else {
                int n = r.nextInt(13);
                for (int i = 0; i < n; i++) s.append(i > 0 ? "\n" : "").append(pick(r, KEYED));
            }
            check(seed, s.toString());
        }
    }

    // Checks that diagram-shaped YAML with random kinds, nesting, edges and flows never throws.
    @Test
    void anyDiagramNeverCrashes() {
        for (long seed = 0; seed < 150; seed++) {
            Random r = new Random(seed);
            StringBuilder s = new StringBuilder("direction: " + pick(r, List.of("right", "down", "up", "left")) + "\nnodes:\n");
            int nodes = 1 + r.nextInt(7);
            for (int n = 0; n < nodes; n++) {
                String id = pick(r, IDS);
                s.append("  ").append(id).append(":\n    kind: ").append(pick(r, KINDS))
                        .append("\n    label: \"").append(label(r)).append("\"\n");
                int replicas = r.nextInt(5);
                if (replicas != 1) s.append("    replicas: ").append(replicas).append('\n');
                String role = pick(r, List.of("", "primary", "replica", "leader"));
                if (!role.isEmpty()) s.append("    role: ").append(role).append('\n');
                int nest = r.nextInt(3);
                if (nest == 1) s.append("    contains:\n      ").append(id).append("c:\n        kind: app\n");
                if (nest == 2) s.append("    contains: [").append(String.join(", ", IDS.subList(0, 3))).append("]\n");
            }
            List<String> edges = edges(r, 10);
            if (!edges.isEmpty()) s.append("edges:\n").append(String.join("", edges));
            List<String> flow = edges(r, 5);
            if (!flow.isEmpty()) s.append("flow:\n").append(String.join("", flow));
            check(seed, s.toString());
        }
    }

    private static List<String> edges(Random r, int max) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String label = label(r);
            out.add("  - " + pick(r, IDS) + " -> " + pick(r, List.of(IDS.get(0) + "c", "web", "db", "app", "nobody", "x"))
                    + (label.isBlank() ? "" : ": \"" + label + "\"") + "\n");
        }
        return out;
    }

    private static String label(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(41);
        for (int i = 0; i < n; i++) s.append(LABEL.charAt(r.nextInt(LABEL.length())));
        return s.toString().replace("\"", "'");
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
