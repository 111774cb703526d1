package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diagram.DiagramBlock;
import dev.lectern.util.Html;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A diagram that cannot be drawn (here: containers nested 150 deep, laid out on a thread with a small stack). */
class DiagramLayoutFailureTest {
    @Test
    void overflowingLayoutIsAnErrorAtTheFence() throws Exception {
        StringBuilder yaml = new StringBuilder("nodes:\n");
        for (int i = 0; i < 150; i++) {
            yaml.append("  n").append(i).append(": {kind: server").append(i < 149 ? ", contains: [n" + (i + 1) + "]" : "")
                    .append("}\n");
        }
        FencedBlock block = new FencedBlock("diagram", "", yaml.toString(), "content/p.md", 7, 8, 1);
        Diagnostics diagnostics = new Diagnostics();
        BlockContext context = new BlockContext(diagnostics, "p/", "p.md", "P", 0, Html::escape, dev.lectern.render.Templates.builtIn().partials());
        AtomicReference<BlockOutput> out = new AtomicReference<>();
        Thread small = new Thread(null, () -> out.set(new DiagramBlock(null, "test").render(block, context)), "small",
                64 * 1024);
        small.start();
        small.join();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly("content/p.md:7:1: error: "
                + "this diagram could not be drawn (StackOverflowError); make it smaller or nest its containers "
                + "less deeply");
        assertThat(out.get().html()).isEmpty();
    }
}
