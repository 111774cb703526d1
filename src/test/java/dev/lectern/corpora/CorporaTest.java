package dev.lectern.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.diag.Diagnostic;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two documentation trees written the way people write them elsewhere, built as they are and checked
 * page by page: an MkDocs project (mkdocs.yml with a nested nav, snippets, tabs, attr_list anchors,
 * abbreviations, GitHub images) and a GitHub README tree (README.md indexes, relative images, .md links
 * with anchors, callouts).
 */
class CorporaTest {
    @TempDir
    Path tmp;

    private Path copy(String corpus) throws IOException {
        Path from = Path.of("src/test/resources/corpora", corpus).toAbsolutePath();
        Path to = tmp.resolve(corpus);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        return to;
    }

    private BuildResult build(Path content) {
        return new Build(BuildOptions.builder().content(content).theme(TestSite.THEME)
                .out(tmp.resolve("site")).cache(TestSite.CACHE).build()).run();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(tmp.resolve("site").resolve(path)));
    }

    private List<String> printed(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::format).map(s -> s.replace(tmp + "/", "")).toList();
    }

    // Checks the MkDocs project: the notes it gets, the nav's order and titles, and every one of its ten pages.
    @Test
    void mkdocsProject() throws IOException {
        Path project = copy("mkdocs-project");
        BuildResult r = build(project); // the folder holding mkdocs.yml: its docs_dir is built
        assertThat(printed(r)).containsExactly(
                "mkdocs-project/docs/reference/api.md:5:18: warning: template syntax `{{ config.site_name }}` is not run by Lectern (MkDocs macros or Jinja); it is shown as written",
                "mkdocs-project/mkdocs.yml:8:1: warning: mkdocs.yml: `theme:` is not supported, ignored (Lectern uses its own theme)",
                "mkdocs-project/mkdocs.yml:12:1: warning: mkdocs.yml: plugins not supported, ignored: search, macros (search is built in)",
                "mkdocs-project/mkdocs.yml:17:1: warning: mkdocs.yml: markdown_extensions not supported, ignored: pymdownx.emoji");
        assertThat(r.ok()).isTrue();
        assertThat(Files.exists(tmp.resolve("site/hooks.py"))).isFalse(); // exclude_docs
        assertThat(Files.readString(tmp.resolve("site/css/extra.css"))).contains(".lead");

        // the outline follows the nav: order, nav titles, the folder entry in its own order, the external link last
        Document home = page("index.html");
        var outline = home.select("#sidebar .outline").first();
        assertThat(outline.select("> li > a").eachText())
                .containsExactly("Home", "Start Here", "User Guide", "Reference", "About", "Source");
        assertThat(outline.select("> li > a").last().attr("href")).isEqualTo("https://github.com/example/demo");
        assertThat(home.select("#sidebar .outline-section:has(> a:contains(User Guide)) li a").eachText())
                .containsExactly("Setup", "Using the tool", "Advanced Topics");
        // literate-nav: the folder entry takes its order and titles from the folder's nav file
        assertThat(home.select("#sidebar .outline-section:has(> a:contains(Reference)) li a").eachText())
                .containsExactly("Command line", "API");
        // reading order (previous/next) follows the nav too
        assertThat(page("guide/setup/index.html").select(".pager-prev .pager-title").text()).isEqualTo("User Guide");
        assertThat(page("guide/setup/index.html").select(".pager-next .pager-title").text()).isEqualTo("Using the tool");

        // 1. home: title, site settings, e-mail autolink, abbreviation, links into attr_list and heading anchors
        assertThat(home.select("h1").text()).isEqualTo("Demo Project");
        assertThat(home.title()).isEqualTo("Demo Project");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://demo.example.org/docs/");
        assertThat(home.select(".site-footer p").text()).startsWith("Copyright \u00a9 2026 Example \u00b7 Edit this page");
        assertThat(home.select("link[rel=stylesheet]").eachAttr("href").stream().map(TestSite::unhashed).toList())
                .endsWith("assets/site/css/extra.css");
        assertThat(home.select(".page-body a").eachAttr("href")).containsExactly(
                "mailto:team@example.org", "guide/setup/#custom-setup-anchor", "reference/api/#endpoints");
        assertThat(home.select(".page-body abbr[title=Hyper Text Markup Language]").text()).isEqualTo("HTML");
        assertThat(home.select(".site-footer a:contains(Edit this page)").attr("href"))
                .isEqualTo("https://github.com/example/demo/edit/main/docs/index.md");

        // 2. a page without heading takes its nav title; its tabs are one set, each tab readable
        Document start = page("getting-started/index.html");
        assertThat(start.select("h1").text()).isEqualTo("Start Here");
        assertThat(start.select(".tabbed-set")).hasSize(1);
        assertThat(start.select(".tabbed-label").eachText()).containsExactly("Linux", "macOS");
        assertThat(start.select("#tabs-1-1 code.language-bash").text()).isEqualTo("apt-get install demo");
        assertThat(start.select(".page-body > p a").attr("href")).isEqualTo("../guide/");

        // 3. the section page keeps its own h1 while the outline shows the section's nav title
        Document guide = page("guide/index.html");
        assertThat(guide.select("h1").text()).isEqualTo("User Guide");
        assertThat(guide.select(".page-body a").eachAttr("href")).containsExactly("setup/", "usage/", "advanced/");

        // 4. attr_list: a heading id, a paragraph class, an inline id, a link class
        Document setup = page("guide/setup/index.html");
        assertThat(setup.select("h1").text()).isEqualTo("Setting up");
        assertThat(setup.select(".page-body h2").eachAttr("id")).containsExactly("custom-setup-anchor", "plain-section");
        assertThat(setup.select("p.lead").text()).isEqualTo("Set the options below.");
        assertThat(setup.select("strong#setup-locale").text()).isEqualTo("locale");
        assertThat(setup.select("a.button").attr("href")).isEqualTo("#setup-locale");

        // 5. a snippet from the project folder, its heading linkable
        Document usage = page("guide/usage/index.html");
        assertThat(usage.select(".page-body h2#shared-steps").text()).startsWith("Shared steps");
        assertThat(usage.select(".page-body em").text()).isEqualTo("shared");
        assertThat(usage.select("a[href=#shared-steps]").eachText()).contains("shared steps");

        // 6. a callout, GitHub's color-scheme images, a definition list
        Document advanced = page("guide/advanced/index.html");
        assertThat(advanced.select("aside.callout-warning .callout-title").text()).contains("Careful");
        assertThat(advanced.select("img.gh-dark-mode-only").attr("src")).isEqualTo("../../img/logo-dark.png#gh-dark-mode-only");
        assertThat(advanced.select("img.gh-light-mode-only").attr("src")).isEqualTo("../../img/logo-light.png#gh-light-mode-only");
        assertThat(advanced.select("dl dt").text()).isEqualTo("Cache");

        // 7. the folder section's index
        Document reference = page("reference/index.html");
        assertThat(reference.select("h1").text()).isEqualTo("Reference");
        assertThat(reference.select(".page-body a").eachAttr("href")).containsExactly("cli/", "api/");

        // 8. Jinja left as written (warned above), code untouched
        Document api = page("reference/api/index.html");
        assertThat(api.select(".page-body p").text()).isEqualTo("The site name is {{ config.site_name }} on every page.");
        assertThat(api.select(".page-body pre code").text()).isEqualTo("{% for page in nav %}{{ page.title }}{% endfor %}");

        // 9. a selected tab (===+)
        Document cli = page("reference/cli/index.html");
        assertThat(cli.select(".tabbed-label").eachText()).containsExactly("build", "serve");
        assertThat(cli.select("#tabs-1-2").hasAttr("data-selected")).isTrue();

        // 10. mailto and bare links, a link to another page's attr_list anchor
        Document about = page("about/index.html");
        assertThat(about.select(".page-body a").eachAttr("href")).containsExactly(
                "mailto:team@example.org", "https://example.org", "../guide/setup/#custom-setup-anchor");
    }

    // Checks the GitHub README tree: README.md indexes, relative images, .md links with anchors, callouts, e-mail autolinks.
    @Test
    void githubReadmeTree() throws IOException {
        Path tree = copy("github-readme");
        BuildResult r = build(tree);
        assertThat(printed(r)).isEmpty();
        Document home = page("index.html");
        assertThat(home.select("h1").text()).isEqualTo("Widget");
        assertThat(home.select(".page-body a").eachAttr("href"))
                .containsExactly("docs/install/#requirements", "guide/faq/", "mailto:help@widget.example");
        assertThat(home.select(".page-body img").attr("src")).isEqualTo("docs/images/arch.png");
        assertThat(home.select("aside.callout-note").text()).contains("Questions go to help@widget.example.");
        Document docs = page("docs/index.html");
        assertThat(docs.select("h1").text()).isEqualTo("Documentation");
        // a link to a README's title anchor (GitHub's "back to top") lands on the page's h1
        assertThat(docs.select(".page-body a").eachAttr("href")).containsExactly("install/", "../#widget");
        Document install = page("docs/install/index.html");
        assertThat(install.select(".page-body h2").attr("id")).isEqualTo("requirements");
        assertThat(install.select("img.gh-dark-mode-only").attr("src")).isEqualTo("../images/arch-dark.png#gh-dark-mode-only");
        assertThat(install.select("img.gh-light-mode-only").attr("src")).isEqualTo("../images/arch.png#gh-light-mode-only");
        Document guide = page("guide/index.html");
        assertThat(guide.select(".page-body a").attr("href")).isEqualTo("faq/#why-widgets");
        Document faq = page("guide/faq/index.html");
        assertThat(faq.select(".page-body h2").attr("id")).isEqualTo("why-widgets");
        assertThat(faq.select(".page-body p a").attr("href")).isEqualTo("../../docs/install/#requirements");
        assertThat(Files.exists(tmp.resolve("site/docs/images/arch-dark.png"))).isTrue();
    }
}
