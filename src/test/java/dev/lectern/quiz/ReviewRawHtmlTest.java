package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author's raw HTML ({@code raw_html: true} in {@code site.yaml}) in a Q&amp;A answer, as the Review page copies it: like Lectern's
 * own HTML, its links and images re-pointed from {@code review/}, its ids (and the aria references to them) and
 * scripts left out, and its links checked there; the page itself keeps its raw HTML as written.
 */
class ReviewRawHtmlTest {
    @TempDir
    Path tmp;

    static String page(String link) {
        return """
                ---
                title: Raw answers
                layout: qa
                ---

                ## What does a zone hold?

                <div id="zone-box" class="box" aria-describedby="zone-note">
                <a href="LINK">the quiz</a> <img src=../resolver.svg alt="a resolver">
                </div>
                <p id='zone-note'>Records.</p>
                <script>document.title = "raw";</script>

                Inline, <a href="../">the list</a> and <span id="inline-id">a span</span>.

                ## Where is the list?

                On the [DNS page](index.md).
                """.replace("LINK", link);
    }

    TestSite site(String link) {
        return TestSite.fixture("quiz", tmp).file("content/dns/raw.md", page(link))
                .file("content/site.yaml", "title: Quiz test course\nraw_html: true\n")
                .file("content/dns/resolver.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n")
                .build();
    }

    // Checks that the copy re-points the raw links and image, leaves out their ids, aria references and script, and builds clean.
    @Test
    void rawHtmlIsRepointedAndStripped() {
        TestSite site = site("../quiz/#check-yourself");
        assertThat(site.printed()).isEmpty();
        Document review = site.page("review/index.html");
        Element answer = review.selectFirst("[data-card$=--what-does-a-zone-hold] .flashcard-body");
        answer.select(".flashcard-source").remove(); // the card's link to its page
        assertThat(answer.select("a").eachAttr("href")).containsExactly("../dns/quiz/#check-yourself", "../dns/");
        assertThat(answer.select("img").eachAttr("src")).containsExactly("../dns/resolver.svg");
        assertThat(answer.select("[id], [aria-describedby], script")).isEmpty();
        assertThat(answer.select("div.box p, div.box").first().text()).contains("the quiz");
        assertThat(answer.select("span").eachText()).contains("a span");
        assertThat(review.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        // the page itself keeps its raw HTML as written
        Document own = site.page("dns/raw/index.html");
        assertThat(own.select("#zone-box[aria-describedby=zone-note] a").attr("href")).isEqualTo("../quiz/#check-yourself");
        assertThat(own.select("#zone-box img").attr("src")).isEqualTo("../resolver.svg");
        assertThat(own.getElementById("inline-id")).isNotNull();
        assertThat(site.read("dns/raw/index.html")).contains("<script>document.title = \"raw\";</script>",
                "<p id='zone-note'>Records.</p>", "<img src=../resolver.svg alt=\"a resolver\">");
    }

    // Checks that a broken relative link in the raw HTML of an answer is reported where the copy holds it.
    @Test
    void brokenRawLinkIsReported() {
        TestSite site = site("../nowhere/");
        assertThat(site.printed()).contains("review/index.html: error: broken theme link `../dns/nowhere/`");
    }
}
