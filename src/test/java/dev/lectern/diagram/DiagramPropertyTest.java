package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random input, well-formed or not, never crashes the diagram block: it renders or reports errors. */
class DiagramPropertyTest {
    private static final List<String> IDS = List.of("user", "dns", "lb", "web", "app", "db", "box", "dc", "x");
    private static final List<String> KINDS = List.of("user", "dns", "cdn", "firewall", "loadbalancer", "server",
            "web", "app", "db", "cache", "queue", "monitor", "storage", "datacenter", "databse", "");

    private static BlockOutput render(String text, Diagnostics diagnostics) {
        BlockContext ctx = new BlockContext(diagnostics, "p/", "p.md", "P", 0, md -> md);
        return new DiagramBlock(null, "test").render(new FencedBlock("diagram", "", text, "p.md", 1, 2, 1), ctx);
    }

    private static void check(String text) {
        Diagnostics diagnostics = new Diagnostics();
        BlockOutput out = render(text, diagnostics);
        if (diagnostics.hasErrors()) {
            assertThat(out.html()).isEmpty();
            for (Diagnostic d : diagnostics.sorted()) {
                assertThat(d.file()).isEqualTo("p.md");
                assertThat(d.line()).isPositive();
            }
        } else {
            assertThat(out.html()).contains("data-diagram=\"diagram-1\"").contains("role=\"img\"");
        }
    }

    // Checks that arbitrary text (not YAML at all, or YAML of any shape) never throws.
    @Property(tries = 300)
    void anyTextNeverCrashes(@ForAll("texts") String text) {
        check(text);
    }

    // Checks that diagram-shaped YAML with random kinds, nesting, edges and flows never throws.
    @Property(tries = 150)
    void anyDiagramNeverCrashes(@ForAll("diagrams") String yaml) {
        check(yaml);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("abc:-> {}[]\n\"'#&<|*!%@`\t").ofMaxLength(120);
        Arbitrary<String> keyed = Arbitraries.of("nodes:", "edges:", "flow:", "title:", "  - a -> b", "  a: {kind: web}",
                "contains:", "  - ", "direction: down", "spof: hide", "quiz: auto", "replicas: -1", ": :", "- ->")
                .list().ofMaxSize(12).map(l -> String.join("\n", l));
        return Arbitraries.oneOf(noise, keyed);
    }

    @Provide
    Arbitrary<String> diagrams() {
        Arbitrary<String> id = Arbitraries.of(IDS);
        Arbitrary<String> label = Arbitraries.strings().withChars("ab <>&\"'é→/.:").ofMaxLength(40);
        Arbitrary<String> node = Combinators.combine(id, Arbitraries.of(KINDS), label, Arbitraries.integers().between(0, 4),
                        Arbitraries.of("", "primary", "replica", "leader"), Arbitraries.of(0, 1, 2))
                .as((i, k, l, r, role, nest) -> {
                    String s = "  " + i + ":\n    kind: " + k + "\n    label: \"" + l.replace("\"", "'") + "\"\n";
                    if (r != 1) s += "    replicas: " + r + "\n";
                    if (!role.isEmpty()) s += "    role: " + role + "\n";
                    if (nest == 1) s += "    contains:\n      " + i + "c:\n        kind: app\n";
                    if (nest == 2) s += "    contains: [" + String.join(", ", IDS.subList(0, 3)) + "]\n";
                    return s;
                });
        Arbitrary<String> edge = Combinators.combine(id, Arbitraries.of(IDS.get(0) + "c", "web", "db", "app", "nobody", "x"),
                        label).as((a, b, l) -> "  - " + a + " -> " + b + (l.isBlank() ? "" : ": \"" + l.replace("\"", "'") + "\"") + "\n");
        return Combinators.combine(node.list().ofMinSize(1).ofMaxSize(7), edge.list().ofMaxSize(10),
                        edge.list().ofMaxSize(5), Arbitraries.of("right", "down", "up", "left"))
                .as((nodes, edges, flow, dir) -> "direction: " + dir + "\nnodes:\n" + String.join("", nodes)
                        + (edges.isEmpty() ? "" : "edges:\n" + String.join("", edges))
                        + (flow.isEmpty() ? "" : "flow:\n" + String.join("", flow)));
    }
}
