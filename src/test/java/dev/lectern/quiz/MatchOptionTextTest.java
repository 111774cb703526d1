package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A match question's right sides are Markdown; the select's options show them as plain text, the text
 * the Markdown stage recorded when it rendered them (not read back from their HTML).
 */
class MatchOptionTextTest {
    // Checks the options' text: emphasis and links as their words, code as written, an entity decoded, sorted by that text.
    @Test
    void optionsShowTheRecordedText(@TempDir Path dir) {
        TestSite s = TestSite.create(dir).file("content/index.md", "# Home\n\nText.\n")
                .file("content/other.md", "# Other\n\nText.\n")
                .file("content/q.md", """
                        # Q

                        ```quiz
                        questions:
                          - q: Match them.
                            match:
                              A: "**Bold** and [a link](other.md)"
                              B: "`<b>` &copy; 2026"
                              C: "*a* ~~b~~ c"
                        ```
                        """).build();
        assertThat(s.printed()).isEmpty();
        Document d = s.page("q/index.html");
        assertThat(d.select("select").first().select("option").eachText())
                .containsExactly("Choose…", "<b> © 2026", "a b c", "Bold and a link");
        assertThat(d.select("select").first().select("option").eachAttr("value")).containsExactly("", "1", "2", "0");
        // the right sides themselves stay Markdown on the page
        assertThat(d.select(".quiz-match-row label").eachText()).containsExactly("A", "B", "C");
    }

    // Checks that with raw_html: true a right side's HTML is markup, not text: its option shows the words only.
    @Test
    void rawHtmlIsNotText(@TempDir Path dir) {
        TestSite s = TestSite.create(dir).file("content/site.yaml", "raw_html: true\n")
                .file("content/index.md", "# Home\n\nText.\n")
                .file("content/q.md", """
                        # Q

                        ```quiz
                        questions:
                          - q: Match them.
                            match:
                              A: "<b>bold</b> words"
                              B: "plain"
                        ```
                        """).build();
        assertThat(s.printed()).isEmpty();
        Document d = s.page("q/index.html");
        assertThat(d.select("select").first().select("option").eachText()).containsExactly("Choose…", "bold words", "plain");
    }
}
