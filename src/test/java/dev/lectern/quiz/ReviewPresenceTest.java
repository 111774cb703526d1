package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Review page and every link to it exist only when some Q&amp;A page asks a question; the author hears why. */
class ReviewPresenceTest {
    @TempDir
    Path tmp;

    // Checks that a course with questions has the Review page, linked from the header, the sidebar and the home widget.
    @Test
    void withCardsThereIsAReviewPage() {
        TestSite site = TestSite.fixture("quiz", tmp).build();
        assertThat(Files.exists(site.out().resolve("review/index.html"))).isTrue();
        Document home = site.page("index.html");
        assertThat(home.select("a[href$=review/]").eachText()).containsExactly("Review", "Review",
                "Review every question as flashcards");
    }

    // Checks that without questions there is no Review page and no link to it, and that no reader sees an author note.
    @Test
    void withoutCardsNoPageNoLinks() {
        TestSite site = TestSite.fixture("quiz", tmp).delete("content/dns/faq.md").build();
        assertThat(site.printed()).isEmpty();
        assertThat(Files.exists(site.out().resolve("review/index.html"))).isFalse();
        for (String page : new String[] {"index.html", "dns/quiz/index.html", "progress/index.html"}) {
            Document d = site.page(page);
            assertThat(d.select("a[href*=review]")).as(page).isEmpty();
            assertThat(d.text()).as(page).doesNotContain("layout: qa").doesNotContain("flashcards");
        }
    }

    // Checks that a Q&A page without a single question is a build warning at its file, not a note on the Review page.
    @Test
    void qaPageWithoutQuestionsWarns() {
        TestSite site = TestSite.fixture("quiz", tmp).delete("content/dns/faq.md")
                .file("content/dns/faq.md", "---\ntitle: FAQ\nlayout: qa\n---\n\n## Records\n\nText.\n").build();
        assertThat(site.printed()).containsExactly("content/dns/faq.md:1:1: warning: this `layout: qa` page asks no "
                + "question: each `## ` heading that ends in \"?\" becomes a question card here and on the Review page");
        assertThat(Files.exists(site.out().resolve("review/index.html"))).isFalse();
    }
}
