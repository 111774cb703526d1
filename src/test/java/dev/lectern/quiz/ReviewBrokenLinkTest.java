package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.BuildResult;
import dev.lectern.pipeline.BuildSession;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code links: warn}, a broken link in a Q&amp;A answer is text on its page with one warning at its
 * place, and the Review page's copy follows the page: the link is text there too, and the build succeeds.
 */
class ReviewBrokenLinkTest {
    @TempDir
    Path tmp;

    static final String FAQ = """
            ---
            title: DNS questions
            layout: qa
            ---

            ## What is a TTL?

            The seconds a resolver keeps a record; see [the old page](gone.md) and [the quiz](quiz.md).

            ## Can a CNAME sit at the apex?

            No: the apex needs SOA and NS records.
            """;

    TestSite site() {
        return TestSite.fixture("quiz", tmp).file("content/site.yaml", "title: Quiz test course\nlinks: warn\n")
                .delete("content/dns/faq.md").file("content/dns/faq.md", FAQ);
    }

    // Checks that lectern serve's session, which keeps its memory between builds, gives the same Review page, build after build.
    @Test
    void aSessionToo() {
        TestSite site = site();
        BuildSession session = new BuildSession(site.options());
        for (int build = 0; build < 2; build++) {
            BuildResult result = session.rebuild(build == 0 ? null : Set.of()).result();
            assertThat(result.ok()).isTrue();
            assertThat(result.diagnostics()).hasSize(1);
            Document review = site.page("review/index.html");
            assertThat(review.select("a[href*=gone]")).isEmpty();
            assertThat(review.select(".broken-link").eachText()).containsExactly("the old page");
        }
    }

    // Checks that the build succeeds with one warning at the link's line and column, and that neither the page nor its Review copy links to the missing page.
    @Test
    void reviewCopyFollowsThePage() {
        TestSite site = site().build();
        assertThat(site.result().ok()).as(String.join("\n", site.printed())).isTrue();
        assertThat(site.printed()).hasSize(1);
        assertThat(site.printed().get(0)).startsWith("content/dns/faq.md:8:44: warning: broken link `gone.md`");
        for (String path : new String[] {"dns/faq/index.html", "review/index.html"}) {
            Document d = site.page(path);
            assertThat(d.select("a[href*=gone]")).as(path).isEmpty();
            Element text = d.selectFirst(".broken-link");
            assertThat(text).as(path).isNotNull();
            assertThat(text.text()).isEqualTo("the old page");
        }
        Element answer = site.page("review/index.html").selectFirst("[data-card$=--what-is-a-ttl] .flashcard-body");
        assertThat(answer.select("a").eachAttr("href")).contains("../dns/quiz/");
    }
}
