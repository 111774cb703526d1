package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Features of the core pipeline that the golden fixture does not cover. */
class CoreFeaturesTest {
    @TempDir
    Path tmp;

    // Checks the fenced-block extension point: a registered kind renders and brings its CSS to that page only.
    @Test
    void blockKindAssetsOnlyWhereUsed() {
        TestSite site = TestSite.create(tmp)
                .file("content/index.md", "# Home\n\n```terminal dig\n$ dig +short example.com\n192.0.2.1\n```\n")
                .file("content/other.md", "# Other\n\n```mermaid\ngraph LR\n```\n").build();
        assertThat(site.printed()).isEmpty();
        Document home = site.page("index.html");
        assertThat(home.select(".terminal kbd.terminal-command").text()).isEqualTo("dig +short example.com");
        assertThat(home.select(".terminal samp").text()).isEqualTo("192.0.2.1");
        assertThat(home.select(".terminal-title").text()).isEqualTo("dig");
        assertThat(home.select("link[rel=stylesheet]").eachAttr("href")).map(TestSite::unhashed)
                .containsExactly("assets/css/lectern.css", "assets/css/terminal.css");
        Document other = site.page("other/index.html");
        assertThat(other.select("link[rel=stylesheet]").eachAttr("href")).map(TestSite::unhashed)
                .contains("../assets/css/lectern.css").doesNotContain("../assets/css/terminal.css");
        // an unregistered kind stays an ordinary code block
        assertThat(other.select("pre code.language-mermaid").text()).isEqualTo("graph LR");
    }

    // Checks that raw HTML is escaped by default and passed through when site.yaml trusts it.
    @Test
    void rawHtmlOnlyWhenTrusted() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n<em>hi</em> <b>x</b>\n").build();
        assertThat(site.page("index.html").select(".page-body em")).isEmpty();
        site.file("content/site.yaml", "raw_html: true\n").build();
        assertThat(site.page("index.html").select(".page-body em").text()).isEqualTo("hi");
    }

    // Checks that drafts are left out unless --drafts, and links to them then fail.
    @Test
    void drafts() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n")
                .file("content/wip.md", "---\ntitle: WIP\ndraft: true\n---\nText.\n").build();
        assertThat(site.printed()).isEmpty();
        assertThat(Files.exists(site.out().resolve("wip/index.html"))).isFalse();
        site.drafts().build();
        assertThat(site.printed()).isEmpty();
        assertThat(Files.exists(site.out().resolve("wip/index.html"))).isTrue();
        // a published page that links to the draft builds only with --drafts
        site.file("content/index.md", "# Home\n\nSee [the draft](wip.md).\n").build();
        assertThat(site.printed()).isEmpty();
        assertThat(site.page("index.html").select(".page-body a[href=wip/]").text()).isEqualTo("the draft");
        TestSite without = TestSite.create(tmp.resolve("second")).file("content/index.md", "# Home\n\nSee [the draft](wip.md).\n")
                .file("content/wip.md", "---\ntitle: WIP\ndraft: true\n---\nText.\n").build();
        assertThat(without.printed()).containsExactly("content/index.md:3:5: error: broken link `wip.md`: there is no page wip.md");
        assertThat(without.out()).doesNotExist();
    }

    // Checks that an edited theme template shows on the next build, without rebuilding Lectern.
    @Test
    void editedTemplateIsPickedUp() throws IOException {
        Path theme = tmp.resolve("theme");
        try (Stream<Path> files = Files.walk(TestSite.THEME)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = theme.resolve(TestSite.THEME.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        var options = BuildOptions.builder().content(tmp.resolve("content")).theme(theme)
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).build();
        assertThat(new Build(options).run().ok()).isTrue();
        assertThat(site.read("index.html")).doesNotContain("Custom footer");
        Path footer = theme.resolve("templates/partials/footer.jte");
        Files.writeString(footer, Files.readString(footer).replace("built with Lectern", "Custom footer"));
        assertThat(new Build(options).run().ok()).isTrue();
        assertThat(site.page("index.html").select(".site-footer").text()).contains("Custom footer");
    }

    // Checks that a template error is reported at the template's file and line, and nothing is written.
    @Test
    void templateErrorHasPosition() throws IOException {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/page.jte"), "@param dev.lectern.render.PageView page\n<main>\n<p>${page.nope()}</p>\n</main>\n");
        Files.writeString(theme.resolve("templates/home.jte"), "@param dev.lectern.render.PageView page\nok\n");
        Files.writeString(theme.resolve("templates/404.jte"), "@param dev.lectern.render.PageView page\nok\n");
        TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/a.md", "# A\n");
        var options = BuildOptions.builder().content(tmp.resolve("content")).theme(theme)
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).build();
        BuildResult r = new Build(options).run();
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("theme/templates/page.jte");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).startsWith("template error:").contains("nope");
        });
        assertThat(Files.exists(tmp.resolve("site"))).isFalse();
    }

    // Checks the base path: relative links everywhere, absolute /course/ links on the 404 page.
    @Test
    void basePath() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n[A](a.md)\n")
                .file("content/a.md", "# A\n").basePath("/course/").build();
        assertThat(site.printed()).isEmpty();
        assertThat(site.page("a/index.html").select(".site-title").attr("href")).isEqualTo("../");
        assertThat(site.page("404.html").select(".site-title").attr("href")).isEqualTo("/course/");
        assertThat(site.page("404.html").select("link[rel=stylesheet]").attr("href"))
                .matches("/course/assets/css/lectern\\.[0-9a-f]{8}\\.css");
    }

    // Checks that a build killed between its two renames is repaired: the last good site comes back.
    @Test
    void interruptedSwapIsRepaired() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n").build();
        // Simulate a kill after "site -> .site.old" and before ".building -> site".
        Files.move(site.out(), tmp.resolve(".site.old"));
        Files.createDirectories(tmp.resolve(".site.building-123"));
        new SiteWriter(site.out()).recover();
        assertThat(Files.readString(site.out().resolve("index.html"))).contains("<h1>Home</h1>");
        assertThat(Files.exists(tmp.resolve(".site.old"))).isFalse();
        assertThat(Files.exists(tmp.resolve(".site.building-123"))).isFalse();
    }

    // Checks ordering by weight then file name, and titles from the first heading.
    @Test
    void orderAndTitles() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n")
                .file("content/b.md", "# Bee\n").file("content/a.md", "# Ay\n")
                .file("content/c.md", "---\nweight: 1\n---\n# Sea\n").build();
        assertThat(site.page("index.html").select(".sidebar .outline a").eachText()).containsExactly("Home", "Sea", "Ay", "Bee");
    }
}
