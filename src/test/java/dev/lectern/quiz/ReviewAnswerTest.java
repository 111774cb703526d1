package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diagram.DiagramBlock;
import dev.lectern.render.Templates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * How a diagram is copied into an answer on the Review page, as its block makes the copy: the drawing's symbols
 * with their ids prefixed per card and its {@code <use>}s re-pointed, no other ids, no parts its page's script needs.
 */
class ReviewAnswerTest {
    static final String DIAGRAM = "title: T\nnodes:\n  user: {kind: user, label: You}\n  web: {kind: web, label: Nginx}\n"
            + "edges:\n  - user -> web: HTTP\nflow: [user -> web]\nquiz: auto\n";

    private static BlockOutput render(String reviewPrefix) {
        BlockContext ctx = new BlockContext(new Diagnostics(), "one/", "one.md", "One", 0, md -> md,
                Templates.builtIn().partials(), reviewPrefix);
        return new DiagramBlock(null, "test").render(new FencedBlock("diagram", "", DIAGRAM, "one.md", 1, 2, 1), ctx);
    }

    // Checks that the copy keeps the drawing's icon symbols, with ids prefixed and <use> re-pointed, while the
    // other ids, the parts hidden until the page's script runs, its data and the generated quiz stay on the page.
    @Test
    void copiedDiagramKeepsItsSymbols() {
        BlockOutput out = render("r7-");
        Document page = Jsoup.parseBodyFragment(out.html());
        assertThat(page.select("[hidden], script, form.quiz, #diagram-1, [aria-labelledby]")).isNotEmpty();
        Document d = Jsoup.parseBodyFragment(out.review().html());
        assertThat(d.select("[id]").eachAttr("id")).isNotEmpty().allMatch(id -> id.startsWith("r7-diagram-1-"))
                .containsExactlyInAnyOrderElementsOf(out.review().ids())
                .containsExactlyInAnyOrderElementsOf(d.select("symbol").eachAttr("id"));
        assertThat(out.review().ids()).hasSameSizeAs(out.madeIds());
        assertThat(d.select("use").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("#r7-diagram-1-"));
        assertThat(d.select("[hidden], script, form, .diagram-controls, [aria-labelledby]")).isEmpty();
        assertThat(d.select("figure.diagram").attr("data-diagram")).isEqualTo("diagram-1");
        assertThat(d.select(".diagram-flow li").eachText()).isEqualTo(page.select(".diagram-flow li").eachText());
        assertThat(d.select("svg")).hasSameSizeAs(page.select("svg"));
    }

    // Checks that a block of a page whose answers are not copied makes no copy.
    @Test
    void noCopyOutsideQuestionPages() {
        assertThat(render(null).review()).isNull();
    }
}
