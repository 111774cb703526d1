package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.markdown.RenderedPage;
import dev.lectern.pipeline.ParsedSites;
import dev.lectern.render.SearchEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sections the Markdown stage records are those a reading of the page's HTML finds. */
class RecordedSectionsTest {
    @TempDir
    Path tmp;

    // Checks that the first section's text with the page's description is what the regular expression over both gave
    // ((description + " " + text).replaceAll("\\s+", " ").strip()), for random descriptions and collapsed texts.
    @Test
    void descriptionJoinedAsTheRegularExpressionDid() {
        java.util.Random random = new java.util.Random(21);
        String[] parts = {"a", "word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u001C", "é"};
        int spaced = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder d = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) d.append(parts[random.nextInt(parts.length)]);
            // a recorded text: single spaces between words, none at either end (it may hold U+2003, U+001C)
            StringBuilder t = new StringBuilder();
            for (int n = random.nextInt(5); n > 0; n--) {
                if (t.length() > 0) t.append(' ');
                t.append(List.of("b", "text", "\u2003", "\u001C", "c\u2003d").get(random.nextInt(5)));
            }
            String want = (d + " " + t).replaceAll("\\s+", " ").strip();
            assertThat(Sections.withDescription(d.toString(), t.toString())).as("[%s] [%s]", d, t).isEqualTo(want);
            if (d.toString().endsWith(" ") || d.toString().endsWith("\n")) spaced++;
        }
        assertThat(spaced).as("descriptions ending in whitespace").isGreaterThan(1_000);
    }

    // Checks, for every page of the course, the fixture sites and the test corpora, that the recorded sections
    // (headings, anchors, plain text, quiz questions) are what jsoup finds in the page's HTML.
    @Test
    void recordedSectionsAreThoseOfTheHtml() {
        int pages = 0;
        StringBuilder diffs = new StringBuilder();
        for (ParsedSites.Site site : ParsedSites.all(tmp)) {
            for (RenderedPage p : site.pages()) {
                pages++;
                assertThat(p.text().recorded()).isTrue();
                List<SearchEntry> recorded = Sections.of(p);
                List<SearchEntry> read = Sections.ofHtml(withoutDecoration(p));
                if (!recorded.equals(read)) {
                    diffs.append(site.name()).append(' ').append(p.source().sourcePath()).append('\n');
                    for (int i = 0; i < Math.max(recorded.size(), read.size()); i++) {
                        SearchEntry a = i < recorded.size() ? recorded.get(i) : null;
                        SearchEntry b = i < read.size() ? read.get(i) : null;
                        if (a == null || !a.equals(b)) diffs.append("  recorded ").append(a).append("\n  html     ").append(b).append('\n');
                    }
                }
            }
        }
        assertThat(diffs.toString()).isEmpty();
        assertThat(pages).isGreaterThan(50);
    }

    /**
     * The page without what the HTML's text runs into the words around it and the recorded text leaves out:
     * the icons of callouts ("iNote"), footnote numbers ("text.1") and the footnotes' way back ("↩").
     */
    static RenderedPage withoutDecoration(RenderedPage p) {
        String body = p.bodyHtml().replaceAll("<span class=\"callout-icon\" aria-hidden=\"true\">[^<]*</span>", "")
                .replaceAll("<sup id=\"fnref-[^\"]*\"><a class=\"footnote-ref\" [^>]*>[^<]*</a></sup>", "")
                .replaceAll("<a href=\"#fnref-[^\"]*\" class=\"footnote-backref\">[^<]*</a>", "");
        return new RenderedPage(p.source(), p.title(), body, p.headings(), p.links(), p.blocks(), p.assets(),
                p.text());
    }
}
