package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the fixture site {@code sites/basic} and checks the output with jsoup selectors. */
class GoldenSiteTest {
    @TempDir
    static Path tmp;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.fixture("basic", tmp).build();
    }

    // Checks that the fixture builds cleanly into clean URLs, with assets and content files copied.
    @Test
    void buildsCleanUrls() {
        assertThat(site.printed()).isEmpty();
        assertThat(site.result().summary()).startsWith("9 pages, 0 quizzes, 0 diagrams, 0 warnings in ");
        for (String f : new String[] {"index.html", "dns/index.html", "dns/records/index.html",
                "dns/resolution/index.html", "stack/index.html", "stack/web-server/index.html", "404.html",
                "img/dot.svg"}) {
            assertThat(Files.exists(site.out().resolve(f))).as(f).isTrue();
        }
        // theme assets carry a content hash in their names
        assertThat(site.out().resolve("assets/css").toFile().list()).anyMatch(n -> n.matches("lectern\\.[0-9a-f]{8}\\.css"));
        assertThat(site.out().resolve("assets/js").toFile().list()).anyMatch(n -> n.matches("lectern\\.[0-9a-f]{8}\\.js"));
    }

    // Checks the page frame: one h1, lang, description, outline with the current page, breadcrumbs, pager.
    @Test
    void pageFrame() {
        Document d = site.page("dns/records/index.html");
        assertThat(d.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(d.select("h1")).hasSize(1);
        assertThat(d.select("h1").text()).isEqualTo("DNS records");
        assertThat(d.title()).isEqualTo("DNS records · Fixture Course");
        assertThat(d.select("meta[name=description]").attr("content")).isEqualTo("A, CNAME and friends.");
        assertThat(d.select(".sidebar a[aria-current=page]").text()).isEqualTo("DNS records");
        assertThat(d.select(".sidebar details[open] > summary").text()).isEqualTo("Pages of Names and DNS");
        assertThat(d.select(".breadcrumbs a").eachText()).containsExactly("Home", "Names and DNS");
        assertThat(d.select(".breadcrumbs a").eachAttr("href")).containsExactly("../../", "../");
        // weight 1 (resolution) comes before weight 2 (records)
        assertThat(d.select(".pager-prev").attr("href")).isEqualTo("../resolution/");
        assertThat(d.select(".pager-next").attr("href")).isEqualTo("../../stack/");
        assertThat(d.select(".toc a").eachAttr("href"))
                .containsExactly("#what-is-an-a-record", "#time-to-live-ttl", "#details", "#what-is-an-a-record-1");
    }

    // Checks the Markdown features: GitHub slugs, GFM, footnotes, definition lists, escaped raw HTML.
    @Test
    void markdownFeatures() {
        Document d = site.page("dns/records/index.html");
        assertThat(d.select(".page-body h2").eachAttr("id"))
                .containsExactly("what-is-an-a-record", "time-to-live-ttl", "what-is-an-a-record-1");
        assertThat(d.select(".page-body del").text()).isEqualTo("Forever");
        assertThat(d.select(".page-body li input[type=checkbox]")).hasSize(2);
        assertThat(d.select(".page-body dl dt").text()).isEqualTo("Term");
        assertThat(d.select(".page-body .footnotes li")).hasSize(1);
        assertThat(d.select(".page-body script")).isEmpty();
        assertThat(d.select(".page-body").html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(d.select(".page-body a[href=../resolution/]")).hasSize(1);
    }

    // Checks link rewriting from source files to page URLs, including anchors and README indexes.
    @Test
    void linksRewritten() {
        Document home = site.page("index.html");
        assertThat(home.select(".page-body a:not(.heading-anchor)").eachAttr("href"))
                .containsExactly("dns/records/#time-to-live-ttl", "stack/web-server/");
        assertThat(home.select(".page-body img").attr("src")).isEqualTo("img/dot.svg");
        Document web = site.page("stack/web-server/index.html");
        assertThat(web.select(".page-body a:not(.heading-anchor)").eachAttr("href")).containsExactly("../", "../../");
        assertThat(web.select("h1").text()).isEqualTo("Web server");
        Document res = site.page("dns/resolution/index.html");
        assertThat(res.select(".page-body a:not(.heading-anchor)").eachAttr("href"))
                .containsExactly("../records/#what-is-an-a-record", "https://example.com");
    }

    // Checks GitHub-style callouts and section pages listing their children.
    @Test
    void calloutsAndSections() {
        Document web = site.page("stack/web-server/index.html");
        assertThat(web.select("aside.callout-tip .callout-title").text()).endsWith("Tip");
        assertThat(web.select("aside.callout-tip .callout-body").text()).startsWith("Nginx reloads");
        Document stack = site.page("stack/index.html");
        assertThat(stack.select("h1").text()).isEqualTo("The stack");
        assertThat(stack.select(".cards a").eachAttr("href")).containsExactly("web-server/");
    }

    // Checks that the 404 page uses absolute links, since it is served at any URL.
    @Test
    void notFoundPage() {
        Document d = site.page("404.html");
        assertThat(d.select("h1").text()).isEqualTo("Page not found");
        assertThat(d.select("link[rel=stylesheet]").attr("href")).matches("/assets/css/lectern\\.[0-9a-f]{8}\\.css");
    }
}
