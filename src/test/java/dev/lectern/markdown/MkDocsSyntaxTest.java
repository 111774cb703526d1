package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown as MkDocs, Material for MkDocs and GitHub write it, built into real pages. */
class MkDocsSyntaxTest {
    @TempDir
    Path tmp;

    private Document page(String markdown) {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n" + markdown)
                .file("content/logo.png", "png").build();
        assertThat(site.printed()).isEmpty();
        return site.page("index.html");
    }

    // Checks GFM e-mail autolinks become mailto: links, also after a quote or in angle brackets, and are not checked as pages.
    @Test
    void emailAutolinksAreMailto() {
        Document d = page("Write to mail@example.com or 'quoted@example.org' or <angle@example.net>.\n");
        assertThat(d.select(".page-body a").eachAttr("href"))
                .containsExactly("mailto:mail@example.com", "mailto:quoted@example.org", "mailto:angle@example.net");
        assertThat(d.select(".page-body a").eachText())
                .containsExactly("mail@example.com", "quoted@example.org", "angle@example.net");
    }

    // Checks attr_list ids and classes on headings, paragraphs, links, images and inline elements.
    @Test
    void attributeListsSetIdsAndClasses() {
        Document d = page("""
                ## Custom heading {#custom-id}

                ## Spaced { #spaced .wide }

                A paragraph.
                { #para .lead }

                [a link](#custom-id){ .button #go }
                ![logo](logo.png){ width="40" }
                **locale**{ #mkdocs-locale }

                ## Plain heading
                """);
        assertThat(d.select(".page-body h2").eachAttr("id")).containsExactly("custom-id", "spaced", "plain-heading");
        assertThat(d.select("h2#custom-id").text()).isEqualTo("Custom heading#");
        assertThat(d.select("a[href=#custom-id]").eachText()).contains("Custom heading");
        assertThat(d.select("h2#spaced").hasClass("wide")).isTrue();
        assertThat(d.select("p#para").hasClass("lead")).isTrue();
        assertThat(d.select("a#go").hasClass("button")).isTrue();
        assertThat(d.select("a#go").attr("href")).isEqualTo("#custom-id");
        assertThat(d.select("img[src=logo.png]").attr("width")).isEqualTo("40");
        assertThat(d.select("strong#mkdocs-locale").text()).isEqualTo("locale");
        assertThat(d.select(".page-body").html()).doesNotContain("{");
    }

    // Checks an attribute list cannot add an event handler or a style: left out with a warning at its position; values are escaped.
    @Test
    void attributeListsAreHeldToSafeAttributes() {
        TestSite site = TestSite.create(tmp).file("content/index.md",
                "# Home\n\nClick me.\n{ #p onclick=\"alert(1)\" style=\"color:red\" title='a \"q\" <b>' }\n").build();
        assertThat(site.printed()).containsExactly(
                "content/index.md:4:6: warning: attribute `onclick` is not allowed in an attribute list (only id, class, dir, height, lang, loading, title, width); it is left out",
                "content/index.md:4:25: warning: attribute `style` is not allowed in an attribute list (only id, class, dir, height, lang, loading, title, width); it is left out");
        Document d = site.page("index.html");
        assertThat(d.select("p#p").attr("onclick")).isEmpty();
        assertThat(d.select("p#p").attr("style")).isEmpty();
        assertThat(d.select("p#p").attr("title")).isEqualTo("a \"q\" <b>");
        assertThat(site.read("index.html")).doesNotContain("onclick").doesNotContain("<b>");
    }
}
