package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The characters the Markdown stage marks text with while flexmark writes a page never come from the page. */
class TextMarksTest {
    @TempDir
    Path tmp;

    // Checks that a mark character written in a page is reported at its line and column and shown as U+FFFD,
    // and that the page's headings and text around it come out whole.
    @Test
    void markCharactersInThePageAreReplaced() {
        TestSite site = TestSite.create(tmp).file("content/index.md",
                "# Home\n\n## One\n\nA\u0001B and C\u0004D.\n\n## Two\n\nEnd.\n").build();
        assertThat(site.printed()).containsExactly(
                "content/index.md:5:2: warning: the control character U+0001 is not allowed in HTML; it is shown as U+FFFD",
                "content/index.md:5:10: warning: the control character U+0004 is not allowed in HTML; it is shown as U+FFFD");
        Document d = site.page("index.html");
        assertThat(d.select(".page-body p").first().text()).isEqualTo("A\uFFFDB and C\uFFFDD.");
        assertThat(d.select(".page-body h2")).extracting(e -> e.id()).containsExactly("one", "two");
    }
}
