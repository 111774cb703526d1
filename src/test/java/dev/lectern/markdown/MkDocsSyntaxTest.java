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

                Expand {sha} and {version} in commits.

                ```django
                {{ config.site_name }}
                ```

                ## Colon form {: #colon-id .narrow }

                Python-Markdown's form, and `{: #not-in-code }`.
                {: .note-para }

                ## Plain heading
                """);
        assertThat(d.select(".page-body h2").eachAttr("id")).containsExactly("custom-id", "spaced", "colon-id", "plain-heading");
        assertThat(d.select("h2#colon-id").hasClass("narrow")).isTrue();
        assertThat(d.select("p.note-para code").text()).isEqualTo("{: #not-in-code }");
        assertThat(d.select("h2#custom-id").text()).isEqualTo("Custom heading#");
        assertThat(d.select("a[href=#custom-id]").eachText()).contains("Custom heading");
        assertThat(d.select("h2#spaced").hasClass("wide")).isTrue();
        assertThat(d.select("p#para").hasClass("lead")).isTrue();
        assertThat(d.select("a#go").hasClass("button")).isTrue();
        assertThat(d.select("a#go").attr("href")).isEqualTo("#custom-id");
        assertThat(d.select("img[src=logo.png]").attr("width")).isEqualTo("40");
        assertThat(d.select("strong#mkdocs-locale").text()).isEqualTo("locale");
        assertThat(d.select(".page-body").html()).doesNotContain("{ #").doesNotContain("{#").doesNotContain("{ .");
        // braces around a bare word are not an attribute list: they stay text (and code is not template syntax)
        assertThat(d.select(".page-body p:contains(Expand)").text()).isEqualTo("Expand {sha} and {version} in commits.");
        assertThat(d.select(".page-body pre code").text()).isEqualTo("{{ config.site_name }}");
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

    // Checks snippets: a line and a block, paths beside the page, in the content folder and in the project folder, indentation kept, positions after an include still the page's.
    @Test
    void snippetsIncludeFiles() throws java.io.IOException {
        TestSite site = TestSite.create(tmp)
                .file("CONTRIBUTING.md", "## Contributing\n\nSend a patch.\n")
                .file("snippets/note.md", "Shared *note* text.\n")
                .file("content/top.txt", "From the content folder.\n")
                .file("content/guide/local.md", "# Local\n")
                .file("content/guide/part.txt", "Beside the page.\n")
                .file("content/guide/index.md", """
                        # Guide

                        --8<-- "CONTRIBUTING.md"

                        --8<--
                        snippets/note.md
                        part.txt
                        top.txt
                        --8<--

                        - item

                            --8<-- "snippets/note.md"

                        ```
                        --8<-- "not-included.md"
                        ```

                        See [contributing](#contributing) and [missing](nowhere.md).
                        """)
                .file("content/index.md", "# Home\n").build();
        assertThat(site.printed()).containsExactly(
                "content/guide/index.md:19:39: error: broken link `nowhere.md`: there is no page guide/nowhere.md");
        site.file("content/guide/index.md", java.nio.file.Files.readString(tmp.resolve("content/guide/index.md")).replace(" and [missing](nowhere.md)", "")).build();
        assertThat(site.printed()).isEmpty();
        Document d = site.page("guide/index.html");
        assertThat(d.select(".page-body h2#contributing").text()).startsWith("Contributing");
        assertThat(d.select(".page-body > p").eachText()).containsExactly("Send a patch.",
                "Shared note text. Beside the page. From the content folder.", "See contributing.");
        assertThat(d.select(".page-body li p em").text()).isEqualTo("note");
        assertThat(d.select(".page-body pre code").text()).isEqualTo("--8<-- \"not-included.md\"");
    }

    // Checks a missing snippet and an include cycle are errors at the including line, and a path may not leave the project folder.
    @Test
    void snippetErrors() {
        TestSite site = TestSite.create(tmp)
                .file("content/a.md", "Text of a.\n\n--8<-- \"b.md\"\n")
                .file("content/b.md", "Text of b.\n\n--8<-- \"a.md\"\n")
                .file("content/index.md", "# Home\n\n--8<-- \"missing.md\"\n\n--8<-- '../../etc/passwd'\n\n--8<-- \"c.md\"\n")
                .file("content/c.md", "# C\n\n--8<-- \"c.md\"\n").build();
        assertThat(site.printed()).contains(
                "content/index.md:3:9: error: snippet `missing.md` not found (looked beside the page, in the content folder and in the project folder)",
                "content/index.md:5:9: error: snippet `../../etc/passwd` not found (looked beside the page, in the content folder and in the project folder)",
                "content/index.md:7:9: error: snippet include cycle: content/index.md -> content/c.md -> content/c.md",
                "content/a.md:3:9: error: snippet include cycle: content/a.md -> content/b.md -> content/a.md",
                "content/c.md:3:9: error: snippet include cycle: content/c.md -> content/c.md");
    }

    // Checks content tabs: one set per run of tabs, ===! starts a new one, every tab's text in the page under its label (readable without script), the tab script and styles on that page only.
    @Test
    void contentTabs() {
        Document d = page("""
                === "C"

                    ```c
                    int x;
                    ```

                === "Java"

                    Use **Java**.

                Between.

                === "One"
                    First set.

                ===! "Two"
                    Second set.

                ```
                === "Not a tab"
                ```
                """);
        assertThat(d.select(".tabbed-set")).hasSize(3);
        assertThat(d.select(".tabbed-set").get(0).select(".tabbed-label").eachText()).containsExactly("C", "Java");
        assertThat(d.select(".tabbed-set").get(0).select(".tabbed-block").eachAttr("id")).containsExactly("tabs-1-1", "tabs-1-2");
        assertThat(d.select("#tabs-1-1 pre code").text()).isEqualTo("int x;");
        assertThat(d.select("#tabs-1-2 strong").text()).isEqualTo("Java");
        assertThat(d.select("#tabs-1-2").attr("aria-labelledby")).isEqualTo("tabs-1-2-label");
        assertThat(d.select(".tabbed-set").get(1).select(".tabbed-label").eachText()).containsExactly("One");
        assertThat(d.select(".tabbed-set").get(2).select(".tabbed-label").eachText()).containsExactly("Two");
        assertThat(d.select(".page-body > pre code").text()).isEqualTo("=== \"Not a tab\"");
        assertThat(d.select("script[src]").eachAttr("src")).map(TestSite::unhashed).contains("assets/js/tabs.js");
        assertThat(d.select("link[rel=stylesheet]").eachAttr("href")).map(TestSite::unhashed).contains("assets/css/compat.css");
    }

    // Checks abbreviations (*[HTML]: ...) and GitHub's color-scheme image suffixes.
    @Test
    void abbreviationsAndColorSchemeImages() {
        Document d = page("""
                HTML pages are served over HTTP.

                ![Logo](logo.png#gh-dark-mode-only)
                ![Logo](logo.png#gh-light-mode-only)
                ![Plain](logo.png)

                *[HTML]: Hyper Text Markup Language
                *[HTTP]: Hypertext Transfer Protocol
                """);
        assertThat(d.select(".page-body abbr").eachText()).containsExactly("HTML", "HTTP");
        assertThat(d.select(".page-body abbr").eachAttr("title"))
                .containsExactly("Hyper Text Markup Language", "Hypertext Transfer Protocol");
        assertThat(d.select(".page-body").text()).doesNotContain("*[");
        assertThat(d.select("img.gh-dark-mode-only").attr("src")).isEqualTo("logo.png#gh-dark-mode-only");
        assertThat(d.select("img.gh-light-mode-only").attr("src")).isEqualTo("logo.png#gh-light-mode-only");
        assertThat(d.select("img[alt=Plain]").attr("class")).isEmpty();
        assertThat(d.select("link[rel=stylesheet]").eachAttr("href")).map(TestSite::unhashed).contains("assets/css/compat.css");
    }
}
