package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.markdown.RenderedPage;
import org.junit.jupiter.api.Test;

/**
 * The warm-up that {@code Main} starts for a build goes through the code a build's first pages need (it would
 * warm nothing if its sample failed early): its sample parses without a diagnostic, with the quiz, the code
 * blocks, the table and the callout it holds.
 */
class WarmupTest {
    @Test
    void theSampleGoesThroughEveryPartItIsMeantToReady() {
        RenderedPage page = Warmup.run();
        assertThat(page).as("the sample parsed without a diagnostic").isNotNull();
        assertThat(page.countBlocks("quiz")).isEqualTo(1);
        assertThat(page.headings()).extracting(h -> h.text()).containsExactly("A list, a table and code");
        assertThat(page.bodyHtml()).contains("<table", "<pre", "footnote", "<dl", "<del>", "type=\"checkbox\"");
        assertThat(page.bodyHtml()).contains("class=\"callout callout-note", "href=\"../other/#part\"", "tok-k");
    }
}
