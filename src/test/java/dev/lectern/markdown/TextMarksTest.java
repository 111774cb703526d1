package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks the Markdown stage writes into a page's HTML while flexmark writes it can never come from the page. */
class TextMarksTest {
    @TempDir
    Path tmp;

    // Checks that the character marks start with (U+0001), in a page's text, a code span and a quiz's YAML,
    // comes out as written, and that the page's headings, Q&A cards and glossary marks come out whole.
    @Test
    void markCharacterInThePageIsText() {
        TestSite site = TestSite.create(tmp)
                .file("content/glossary.yaml", "- term: TTL\n  definition: How long.\n")
                .file("content/index.md", "---\nlayout: qa\n---\n# Home\n\n## One?\n\nA\u0001B and `C\u0001o` TTL.\n\n"
                        + "```quiz\nquestions:\n  - q: \"Q\\u0001?\"\n    answer: true\n```\n\n## Two?\n\nEnd.\n")
                .build();
        assertThat(site.printed()).isEmpty();
        Document d = site.page("index.html");
        // as flexmark writes it (a browser shows nothing for U+0001; jsoup's text() leaves it out)
        assertThat(site.read("index.html")).contains("<p>A\u0001B and <code>C\u0001o</code> <span class=\"term-wrap\">");
        assertThat(d.select(".qa-answer > p .term").text()).isEqualTo("TTL");
        assertThat(site.read("index.html")).contains("<span class=\"quiz-q-text\">Q\u0001?</span>");
        assertThat(d.select("section.qa-card > h2")).extracting(e -> e.id()).containsExactly("one", "two");
    }
}
