package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagrams over the documented size are an error stating the limit; a layout that fails is an error at the fence. */
class DiagramLimitsTest {
    @TempDir
    Path tmp;

    private TestSite diagram(String yaml) {
        return TestSite.create(tmp).file("content/index.md", "# Home\n\nText.\n\n```diagram\n" + yaml + "```\n").build();
    }

    private static String nodes(int n) {
        StringBuilder s = new StringBuilder("nodes:\n");
        for (int i = 0; i < n; i++) s.append("  n").append(i).append(": {kind: server}\n");
        return s.toString();
    }

    @Test
    void threeHundredNodes() {
        assertThat(diagram(nodes(300)).printed()).containsExactly("content/index.md:7:3: error: this diagram has 300 "
                + "nodes; a diagram may have at most 200 (split it into several diagrams)");
    }

    @Test
    void tooManyEdges() {
        StringBuilder s = new StringBuilder(nodes(30)).append("edges:\n");
        for (int i = 0; i < 30; i++) for (int j = 0; j < 30; j++) if (i != j) s.append("  - n" + i + " -> n" + j + "\n");
        assertThat(diagram(s.toString()).printed()).containsExactly("content/index.md:38:3: error: this diagram has "
                + "870 edges; a diagram may have at most 400 (split it into several diagrams)");
    }

    @Test
    void twoHundredNodesInAChainAreDrawn() {
        StringBuilder s = new StringBuilder(nodes(200)).append("edges:\n");
        for (int i = 0; i < 199; i++) s.append("  - n" + i + " -> n" + (i + 1) + "\n");
        TestSite site = diagram(s.toString());
        assertThat(site.printed()).isEmpty();
        assertThat(site.page("index.html").select("figure.diagram svg")).isNotEmpty();
    }

    @Test
    void containersNestedTwoHundredDeepAreDrawnOrAnErrorAtTheFence() {
        StringBuilder s = new StringBuilder("nodes:\n");
        for (int i = 0; i < 200; i++) {
            s.append("  n").append(i).append(": {kind: server").append(i < 199 ? ", contains: [n" + (i + 1) + "]" : "")
                    .append("}\n");
        }
        TestSite site = diagram(s.toString());
        assertThat(site.printed()).isEmpty();
    }
}
