package dev.lectern.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.cli.Main;
import dev.lectern.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An MkDocs project's mkdocs.yml, read when the content folder has no site.yaml. */
class MkDocsConfigTest {
    @TempDir
    Path tmp;

    static final String MKDOCS_YML = """
            site_name: Demo Docs
            site_description: Docs for the demo
            site_url: https://docs.example.org/demo/
            docs_dir: content
            repo_url: https://github.com/example/demo/
            edit_uri: edit/main/content/
            theme:
              name: material
            plugins:
              - search
              - macros
            markdown_extensions:
              - attr_list
              - pymdownx.snippets
              - pymdownx.emoji:
                  emoji_index: x
              - md_in_html
            extra_css:
              - css/extra.css
              - https://cdn.example.com/x.css
            extra_javascript:
              - js/extra.js
            exclude_docs: |
              *.py
              drafts/
            copyright: Copyright &copy; 2024 <a href="https://example.org">Example</a>
            site_author: Someone
            nav:
              - Start: index.md
              - Guide:
                - guide/install.md
                - Usage: guide/usage.md
              - Reference: reference/
              - Issues: https://github.com/example/demo/issues
              - Missing: nope.md
            """;

    private TestSite project() {
        return TestSite.create(tmp).file("mkdocs.yml", MKDOCS_YML)
                .file("content/index.md", "# Welcome\n\nHello.\n")
                .file("content/guide/install.md", "# Installing\n\nRun it.\n")
                .file("content/guide/usage.md", "Use it well: {{ config.site_name }} and `{{ in code }}`.\n")
                .file("content/reference/cli.md", "# CLI\n")
                .file("content/reference/api.md", "# API\n")
                .file("content/extra.md", "# Extra\n\nNot in the nav.\n")
                .file("content/hooks.py", "print('hi')\n")
                .file("content/drafts/wip.md", "# WIP\n")
                .file("content/css/extra.css", "body{}\n")
                .file("content/js/extra.js", "1;\n");
    }

    // Checks each read setting, the ignored ones listed once at their lines, and the nav's order and titles in the outline.
    @Test
    void readsMkDocsYml() {
        TestSite site = project().build();
        assertThat(site.printed()).containsExactly(
                "content/guide/usage.md:1:14: warning: template syntax `{{ config.site_name }}` is not run by Lectern (MkDocs macros or Jinja); it is shown as written",
                "mkdocs.yml:7:1: warning: mkdocs.yml: `theme:` is not supported, ignored (Lectern uses its own theme)",
                "mkdocs.yml:9:1: warning: mkdocs.yml: plugins not supported, ignored: search, macros (search is built in)",
                "mkdocs.yml:12:1: warning: mkdocs.yml: markdown_extensions not supported, ignored: pymdownx.emoji, md_in_html",
                "mkdocs.yml:20:5: warning: extra_css `https://cdn.example.com/x.css` not supported, ignored: pages load only files of the site (no other hosts, nothing outside the docs folder)",
                "mkdocs.yml:27:1: warning: mkdocs.yml: settings not supported, ignored: site_author",
                "mkdocs.yml:35:14: warning: nav names `nope.md`, which is not a page of the docs folder; it is left out");
        assertThat(site.result().summary()).contains("7 warnings (1 template syntax, 5 ignored settings, 1 other)");
        Document install = site.page("guide/install/index.html");
        assertThat(install.title()).isEqualTo("Installing \u00b7 Demo Docs");
        assertThat(install.select("meta[name=description]").attr("content")).isEqualTo("Docs for the demo");
        assertThat(install.select("link[rel=canonical]").attr("href")).isEqualTo("https://docs.example.org/demo/guide/install/");
        assertThat(install.select("a:contains(Edit this page)").attr("href"))
                .isEqualTo("https://github.com/example/demo/edit/main/content/guide/install.md");
        // extra_css / extra_javascript and copyright fill the theme's settings: fingerprinted assets, the footer's text
        assertThat(install.select("link[rel=stylesheet]").eachAttr("href").stream().map(TestSite::unhashed).toList())
                .endsWith("../../assets/site/css/extra.css");
        assertThat(install.select("script[src]").eachAttr("src").stream().map(TestSite::unhashed).toList())
                .endsWith("../../assets/site/js/extra.js");
        assertThat(install.select(".site-footer p").text()).startsWith("Copyright \u00a9 2024 Example \u00b7 Edit this page");
        // nav order and titles: top level, then each section's children, the external link last
        assertThat(install.select("#sidebar .outline").first().select("> li > a").eachText())
                .containsExactly("Start", "Guide", "Reference", "Issues");
        assertThat(install.select("#sidebar .outline").first().select("> li > a").last().attr("href"))
                .isEqualTo("https://github.com/example/demo/issues");
        assertThat(install.select("#sidebar .outline-section:has(> a:contains(Guide)) li a").eachText())
                .containsExactly("Installing", "Usage");
        assertThat(install.select("#sidebar .outline-section:has(> a:contains(Reference)) li a").eachText())
                .containsExactly("API", "CLI");
        // a nav title names the page in the outline; the page keeps its own h1; a page without heading takes the nav title
        assertThat(site.page("index.html").select("h1").text()).isEqualTo("Welcome");
        assertThat(site.page("guide/usage/index.html").select("h1").text()).isEqualTo("Usage");
        // pages left out of the nav are built; excluded files are not
        assertThat(site.page("extra/index.html").select("h1").text()).isEqualTo("Extra");
        assertThat(Files.exists(site.out().resolve("hooks.py"))).isFalse();
        assertThat(Files.exists(site.out().resolve("drafts"))).isFalse();
        assertThat(Files.exists(site.out().resolve("css/extra.css"))).isTrue();
    }

    // Checks a site.yaml wins over mkdocs.yml, and that `lectern import mkdocs` writes a site.yaml that builds the same outline.
    @Test
    void importWritesAnEquivalentSiteYaml() throws Exception {
        project();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "import", "mkdocs",
                tmp.resolve("mkdocs.yml").toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        String yaml = Files.readString(tmp.resolve("content/site.yaml"));
        assertThat(yaml).contains("title: \"Demo Docs\"\n", "base_path: \"/demo/\"\n", "base_url: \"https://docs.example.org\"\n",
                "footer: \"Copyright \u00a9 2024 Example\"\n", "exclude:\n  - \"*.py\"\n  - \"drafts/\"\n",
                "nav:\n  - \"Start\": \"index.md\"\n  - \"Guide\":\n    - \"guide/install.md\"\n    - \"Usage\": \"guide/usage.md\"\n");
        Files.delete(tmp.resolve("mkdocs.yml"));
        TestSite site = TestSite.create(tmp).build();
        assertThat(site.printed()).containsExactly(
                "content/guide/usage.md:1:14: warning: template syntax `{{ config.site_name }}` is not run by Lectern (MkDocs macros or Jinja); it is shown as written",
                "content/site.yaml:23:16: warning: nav names `nope.md`, which is not a page of the docs folder; it is left out");
        Document install = site.page("guide/install/index.html");
        assertThat(install.select("#sidebar .outline").first().select("> li > a").eachText()).containsExactly("Start", "Guide", "Reference", "Issues");
        assertThat(install.select(".site-footer p").text()).startsWith("Copyright \u00a9 2024 Example \u00b7 Edit this page");
        // a second import never overwrites the author's file
        Files.writeString(tmp.resolve("mkdocs.yml"), MKDOCS_YML);
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "import", "mkdocs", tmp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("site.yaml: error: already exists; not overwritten");
        assertThat(Files.readString(tmp.resolve("content/site.yaml"))).isEqualTo(yaml);
    }

    // Checks MkDocs' YAML tags: !ENV [NAME, default] takes the default when NAME is unset, !!python/name values are ignored with their extension.
    @Test
    void yamlTags() {
        TestSite site = TestSite.create(tmp).file("mkdocs.yml", """
                site_name: !ENV [LECTERN_TEST_UNSET_VARIABLE, "Tagged docs"]
                docs_dir: content
                markdown_extensions:
                  - pymdownx.emoji:
                      emoji_index: !!python/name:material.extensions.emoji.twemoji
                """).file("content/index.md", "# Hi\n").build();
        assertThat(site.printed()).containsExactly(
                "mkdocs.yml:3:1: warning: mkdocs.yml: markdown_extensions not supported, ignored: pymdownx.emoji");
        assertThat(site.page("index.html").title()).isEqualTo("Tagged docs");
    }
}
