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
