package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.blocks.BlockKind;
import dev.lectern.blocks.BlockKinds;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.MarkdownRenderer;
import dev.lectern.markdown.RenderedPage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A stack overflow (or another Error) while one page is rendered becomes that page's error. */
class PageErrorTest {
    private static SourcePage page(String markdown) {
        return new SourcePage(Path.of("content/p.md"), "p.md", "content/p.md", "p/", FrontMatter.EMPTY, markdown, "P",
                false, false);
    }

    private static final BlockKind OVERFLOWING = new BlockKind() {
        @Override
        public String name() {
            return "deep";
        }

        @Override
        public BlockOutput render(dev.lectern.blocks.FencedBlock block, dev.lectern.blocks.BlockContext context) {
            throw new StackOverflowError();
        }
    };

    @Test
    void overflowInABlockIsAnErrorAtItsFence() {
        MarkdownRenderer md = new MarkdownRenderer(BlockKinds.builtIn().register(OVERFLOWING), false, (code, lang) -> null, dev.lectern.render.Templates.builtIn().partials());
        Diagnostics d = new Diagnostics();
        RenderedPage out = md.render(page("Text.\n\n```deep\nx\n```\n\nMore.\n"), s -> null, d);
        assertThat(d.sorted()).extracting(Diagnostic::format).containsExactly(
                "content/p.md:3:1: error: internal error in the `deep` block: java.lang.StackOverflowError");
        assertThat(out.bodyHtml()).contains("<p>More.</p>");
    }

    @Test
    void overflowElsewhereIsThePagesError() {
        MarkdownRenderer md = new MarkdownRenderer(BlockKinds.builtIn(), false, (code, lang) -> null, dev.lectern.render.Templates.builtIn().partials());
        Diagnostics d = new Diagnostics();
        RenderedPage out = md.render(page("See [q](q.md).\n"), s -> {
            throw new StackOverflowError();
        }, d);
        assertThat(d.sorted()).extracting(Diagnostic::format).containsExactly("content/p.md: error: this page could "
                + "not be built: java.lang.StackOverflowError (is something nested very deeply?)");
        assertThat(out.bodyHtml()).isEmpty();
    }
}
