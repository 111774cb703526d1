package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links and images whose URL could run script are published inert and reported at file:line:col. */
class UnsafeLinksTest {
    @TempDir
    Path tmp;

    private TestSite page(String markdown) {
        return TestSite.create(tmp).file("content/index.md", "# Home\n\n" + markdown + "\n").build();
    }

    private static String warning(int line, int col, String url, String scheme) {
        return "content/index.md:" + line + ":" + col + ": warning: unsafe link `" + url + "` (scheme `" + scheme
                + "`): a link may only be relative, `#...`, `http:`, `https:`, `mailto:` or `tel:`; it is shown as plain text";
    }

    @Test
    void mixedCaseJavascript() {
        TestSite site = page("Go [x](JaVaScRiPt:alert(1)) now.");
        assertThat(site.printed()).containsExactly(warning(3, 4, "JaVaScRiPt:alert(1)", "javascript:"));
        assertInert(site.page("index.html"), "x");
    }

    @Test
    void upperCaseJavascript() {
        TestSite site = page("[x](JAVASCRIPT:alert(1))");
        assertThat(site.printed()).containsExactly(warning(3, 1, "JAVASCRIPT:alert(1)", "javascript:"));
        assertInert(site.page("index.html"), "x");
    }

    @Test
    void decimalEntity() {
        TestSite site = page("[x](&#106;avascript:alert(1))");
        assertThat(site.printed()).containsExactly(warning(3, 1, "javascript:alert(1)", "javascript:"));
        assertInert(site.page("index.html"), "x");
    }

    @Test
    void hexEntity() {
        TestSite site = page("[x](&#x6A;avascript:alert(1))");
        assertThat(site.printed()).containsExactly(warning(3, 1, "javascript:alert(1)", "javascript:"));
        assertInert(site.page("index.html"), "x");
    }

    @Test
    void namedColonEntity() {
        TestSite site = page("[x](javascript&colon;alert(1))");
        assertThat(site.printed()).containsExactly(warning(3, 1, "javascript:alert(1)", "javascript:"));
        assertInert(site.page("index.html"), "x");
    }

    @Test
    void whitespaceAndControlCharactersInTheScheme() {
        TestSite site = page("[x](java&#9;script:alert(1)) and [z](<\u0001javascript:alert(3)>)");
        assertThat(site.printed()).containsExactly(warning(3, 1, "java?script:alert(1)", "javascript:"),
                warning(3, 34, "?javascript:alert(3)", "javascript:"));
        assertThat(site.page("index.html").select(".page-body a[href]")).isEmpty();
    }

    @Test
    void dataTextHtml() {
        TestSite site = page("[x](data:text/html,hi)");
        assertThat(site.printed()).containsExactly(warning(3, 1, "data:text/html,hi", "data:"));
        assertInert(site.page("index.html"), "x");
    }

    @Test
    void vbscript() {
        TestSite site = page("[x](vbscript:msgbox(1))");
        assertThat(site.printed()).containsExactly(warning(3, 1, "vbscript:msgbox(1)", "vbscript:"));
        assertInert(site.page("index.html"), "x");
    }

    @Test
    void autolinkAndReference() {
        TestSite site = page("<javascript:alert(1)>\n\n[x][r]\n\n[r]: javascript:alert(2)");
        assertThat(site.printed()).containsExactly(warning(3, 1, "javascript:alert(1)", "javascript:"),
                warning(5, 1, "javascript:alert(2)", "javascript:"));
        assertThat(site.page("index.html").select(".page-body a[href]")).isEmpty();
    }

    @Test
    void unsafeImages() {
        TestSite site = page("![svg](data:image/svg+xml,x) ![js](javascript:alert(1)) ![ok](data:image/png;base64,AAAA)");
        String rule = "`): an image may only be relative, `http:`, `https:` or `data:image/` (png, jpeg, gif, webp); "
                + "it is left without a source";
        assertThat(site.printed()).containsExactly(
                "content/index.md:3:1: warning: unsafe image source `data:image/svg+xml,x` (scheme `data:" + rule,
                "content/index.md:3:30: warning: unsafe image source `javascript:alert(1)` (scheme `javascript:" + rule);
        Document doc = site.page("index.html");
        assertThat(doc.select(".page-body img").eachAttr("alt")).containsExactly("svg", "js", "ok");
        assertThat(doc.select(".page-body img[src]").eachAttr("src")).containsExactly("data:image/png;base64,AAAA");
    }

    @Test
    void safeSchemesPassUnchanged() {
        TestSite site = page("[a](https://example.com) [b](http://example.com) [c](mailto:a@example.com) "
                + "[d](tel:+4930123) [e](#top) [f](//example.com/x)\n\n## Top");
        assertThat(site.printed()).isEmpty();
        assertThat(site.page("index.html").select(".page-body p a").eachAttr("href")).containsExactly(
                "https://example.com", "http://example.com", "mailto:a@example.com", "tel:+4930123", "#top",
                "//example.com/x");
    }

    @Test
    void quizTexts() {
        String js = "\"[k](javascript:alert(1))\"";
        TestSite site = page("```quiz\nquestions:\n  - q: " + js + "\n    answers:\n      - text: " + js
                + "\n        correct: true\n        why: " + js + "\n      - text: \"[k](javascript:alert(1)) b\"\n    explain: " + js
                + "\n    hint: " + js + "\n  - q: o\n    order: [" + js + ", b]\n  - q: m\n    match: {" + js + ": " + js
                + ", b: c}\n```");
        assertThat(site.printed()).isNotEmpty().allSatisfy(l -> assertThat(l).isEqualTo(
                warning(3, 1, "javascript:alert(1)", "javascript:")));
        assertThat(site.page("index.html").select(".quiz a")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.hasAttr("href")).isFalse());
        assertThat(site.read("index.html")).doesNotContainIgnoringCase("javascript:");
    }

    private static void assertInert(Document doc, String text) {
        Element a = doc.selectFirst(".page-body a:containsOwn(" + text + ")");
        assertThat(a).isNotNull();
        assertThat(a.attributes().size()).isZero();
        assertThat(doc.html()).doesNotContainIgnoringCase("script:").doesNotContain("data:text");
    }
}
