package dev.lectern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.render.HtmlScan;
import dev.lectern.render.OutputPage;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HtmlScan}, the reference the check's records are held to ({@link RecordedRefsTest}), reads ids
 * and links without parsing each page into a DOM. These tests hold it to the straightforward way: jsoup,
 * as the checker once used it.
 */
class HtmlScanTest {
    @TempDir
    Path tmp;

    // Checks that on every page of the fixture site the scan finds the same ids and theme links as jsoup.
    @Test
    void fixtureSiteMatchesJsoup() {
        TestSite site = TestSite.fixture("basic", tmp);
        BuildResult result = new Build(site.options().withWrite(false)).run();
        assertThat(result.ok()).as(result.diagnostics().toString()).isTrue();
        assertSameAsJsoup(result.pages());
    }

    // Checks the same on a site with every Markdown feature: callouts, footnotes, tables, blocks, raw HTML.
    @Test
    void markdownFeaturesMatchJsoup() {
        TestSite site = TestSite.create(tmp)
                .file("content/site.yaml", "title: Features\nraw_html: true\n")
                .file("content/index.md", """
                        # Home

                        See [the page](a/page.md#a--b) and [a footnote][^1] and <a href="a/">raw</a>.

                        [^1]: The note, with [a link](a/page.md).
                        """)
                .file("content/a/index.md", "# Section A\n\nIntro with `code <a href=x>`.\n")
                .file("content/a/page.md", """
                        ---
                        title: A page
                        description: "Quotes \\" and <angles> & ampersands"
                        ---
                        ## A & B

                        !!! warning "Careful"
                            Inside a [callout](../index.md).

                        > [!TIP]
                        > A GitHub callout.

                        | a | b |
                        |---|---|
                        | [x](index.md) | <span id="raw-id">y</span> |

                        Term
                        : Definition

                        - [ ] task
                        - [x] done

                        ```terminal
                        $ echo '<a href="in-code">'
                        ```

                        ### Again
                        ## Again
                        """);
        BuildResult result = new Build(site.options().withWrite(false)).run();
        assertThat(result.ok()).as(result.diagnostics().toString()).isTrue();
        assertThat(result.pages()).extracting(OutputPage::url).contains("", "a/", "a/page/");
        assertSameAsJsoup(result.pages());
    }

    // Checks the cases a simple scanner gets wrong: comments, script text, quoting, references, case.
    @Test
    void trickyHtmlMatchesJsoup() {
        String html = """
                <!DOCTYPE html><html><head><title>a <a href="no"> title</title>
                <script>var s = '<a href="in-script">'; </script><style>/* <img src=in-style> */</style>
                <LINK REL=stylesheet HREF=style.css><script src='x.js' defer></script></head>
                <body><!-- <a href="in-comment" id="c"> --><p id=plain>text</p>
                <a href="a?x=1&amp;y=2&#35;z" id="one" id="two">amp</a><a name="x">no href</a>
                <img src="pic.svg" alt="<a href='alt'>"><a href='single' data-x="&quot;">s</a>
                <div id="">empty</div><a href="&#x2F;hex&lt;&unknown;">h</a><img/src="slash.png">
                <textarea><a href="in-textarea"></textarea><a href = "spaced" >sp</a>
                <a href="say&quot;x&#39;&apos;&nbsp;" id="q&quot;">q</a>
                </body></html>""";
        OutputPage page = new OutputPage("x/index.html", "x/", html, null);
        assertThat(scanned(page)).isEqualTo(jsoup(page));
        assertThat(scanned(page).themeLinks()).containsExactly("style.css", "x.js", "a?x=1&y=2#z",
                "pic.svg", "single", "/hex<&unknown;", "slash.png", "spaced", "say\"x''\u00a0");
        assertThat(scanned(page).ids()).containsExactlyInAnyOrder("plain", "one", "", "q\"");
    }

    // The scan, and the records the check works from, give what jsoup reads from each page.
    private static void assertSameAsJsoup(List<OutputPage> pages) {
        for (OutputPage p : pages) {
            assertThat(scanned(p)).as(p.path()).isEqualTo(jsoup(p));
            assertThat(SiteChecker.targets(p)).as(p.path()).isEqualTo(jsoup(p));
        }
    }

    /** A page's ids, and its links outside its Markdown body, as the scan reads them. */
    static SiteChecker.PageTargets scanned(OutputPage p) {
        HtmlScan scan = HtmlScan.of(p.html());
        int bodyStart = p.source() == null ? -1 : p.bodyAt();
        int bodyEnd = p.source() == null ? -1 : p.bodyAt() + p.bodyLength();
        List<String> hrefs = new ArrayList<>();
        for (HtmlScan.Ref r : scan.refs()) {
            if (bodyStart >= 0 && r.offset() >= bodyStart && r.offset() < bodyEnd) continue;
            hrefs.add(r.target());
        }
        return new SiteChecker.PageTargets(scan.ids(), hrefs);
    }

    /** The straightforward way, as the check stage did it before HtmlScan. */
    private static SiteChecker.PageTargets jsoup(OutputPage p) {
        Document doc = Jsoup.parse(p.html());
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) ids.add(e.id());
        List<String> hrefs = new ArrayList<>();
        for (Element a : doc.select("a[href], link[href], script[src], img[src]")) {
            if (p.source() != null && a.closest(".page-body") != null) continue;
            hrefs.add(a.hasAttr("href") ? a.attr("href") : a.attr("src"));
        }
        return new SiteChecker.PageTargets(ids, hrefs);
    }
}
