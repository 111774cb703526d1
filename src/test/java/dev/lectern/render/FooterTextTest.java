package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.markdown.PageRefs;
import org.junit.jupiter.api.Test;

/**
 * The footer's Markdown made into HTML by flexmark alone, its links rewritten and recorded as they are
 * written (nothing parses the HTML afterwards).
 */
class FooterTextTest {
    // Checks links: pages' sources become pages relative to the root, safe schemes and fragments stay, others lose their href.
    @Test
    void linksRewrittenAndRecorded() {
        String html = FooterText.html("[Home](index.md) [Sub](a/index.md#x) [X](x/README.md) [Q](q.md?y=1&z=2) "
                + "[a](https://e.org/a?b=1&c=2) [m](mailto:a@b.org) [h](#top) [s](/abs) [p](//host/x) [f](ftp://e.org) "
                + "<https://e.org/auto>", "../");
        assertThat(html).isEqualTo("<a href=\"../\">Home</a> <a href=\"../a/#x\">Sub</a> <a href=\"../x/\">X</a> "
                + "<a href=\"../q.md?y=1&amp;z=2\">Q</a> <a href=\"https://e.org/a?b=1&amp;c=2\">a</a> "
                + "<a href=\"mailto:a@b.org\">m</a> <a href=\"#top\">h</a> <a>s</a> <a>p</a> <a>f</a> "
                + "<a href=\"https://e.org/auto\">https://e.org/auto</a>");
        assertThat(FooterText.refs(html).ids()).isEmpty();
        assertThat(FooterText.refs(html).targets()).extracting(PageRefs.Target::url).containsExactly("../", "../a/#x",
                "../x/", "../q.md?y=1&z=2", "https://e.org/a?b=1&c=2", "mailto:a@b.org", "#top", "https://e.org/auto");
    }

    // Checks that raw HTML is escaped, images go (a linked one leaves its link), and one paragraph is written without its <p>.
    @Test
    void escapedNoImagesOneParagraphUnwrapped() {
        assertThat(FooterText.html("© 2026 <b>x</b> ![img](pic.png) [![i](p.png)](a.md) ![j][r]\n\n[r]: p.png", "./"))
                .isEqualTo("© 2026 &lt;b&gt;x&lt;/b&gt;  <a href=\"./a/\"></a> ");
        assertThat(FooterText.html("first\n\nsecond [l](b.md)", "/c/"))
                .isEqualTo("<p>first</p>\n<p>second <a href=\"/c/b/\">l</a></p>");
        assertThat(FooterText.html("<div>x</div>", "./")).isEqualTo("&lt;div&gt;x&lt;/div&gt;");
        assertThat(FooterText.html("[ref][r]\n\n[r]: c.md \"T\"", "./")).isEqualTo("<a href=\"./c/\" title=\"T\">ref</a>");
    }

    // Checks that each root gets its own links and records, the same Markdown on pages at other depths.
    @Test
    void eachRootItsOwn() {
        String top = FooterText.html("[L](lic.md)", "./");
        String deep = FooterText.html("[L](lic.md)", "../../");
        assertThat(top).isEqualTo("<a href=\"./lic/\">L</a>");
        assertThat(deep).isEqualTo("<a href=\"../../lic/\">L</a>");
        assertThat(FooterText.refs(deep).targets()).extracting(PageRefs.Target::url).containsExactly("../../lic/");
    }
}
