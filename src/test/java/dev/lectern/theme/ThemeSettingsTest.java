package dev.lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.config.Accent;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme settings of site.yaml: one test each, and their errors at file:line:col. */
class ThemeSettingsTest {
    @TempDir
    Path tmp;

    private TestSite site(String settings) {
        return TestSite.create(tmp).file("content/site.yaml", "title: T\n" + settings)
                .file("content/index.md", "# Home\n\n[A](a/b.md)\n").file("content/a/b.md", "# B\n");
    }

    // Checks `logo`: an image before the title in the header of every page, linked relative to the page.
    @Test
    void logo() {
        TestSite s = site("logo: img/logo.svg\n").file("content/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").build();
        assertThat(s.printed()).isEmpty();
        Element img = s.page("a/b/index.html").selectFirst(".site-title img.site-logo");
        assertThat(img.attr("src")).isEqualTo("../../img/logo.svg");
        assertThat(img.attr("alt")).isEmpty();
        assertThat(s.page("index.html").selectFirst(".site-title").text()).isEqualTo("T");
        assertThat(Files.exists(s.out().resolve("img/logo.svg"))).isTrue();
    }

    // Checks `favicon`: replaces the theme's icon, with the type from its extension.
    @Test
    void favicon() {
        TestSite s = site("favicon: icon.png\n").file("content/icon.png", "png").build();
        assertThat(s.printed()).isEmpty();
        Element icon = s.page("a/b/index.html").selectFirst("link[rel=icon]");
        assertThat(icon.attr("href")).isEqualTo("../../icon.png");
        assertThat(icon.attr("type")).isEqualTo("image/png");
        TestSite plain = TestSite.create(tmp.resolve("plain")).file("content/index.md", "# Home\n").build();
        assertThat(TestSite.unhashed(plain.page("index.html").selectFirst("link[rel=icon]").attr("href")))
                .isEqualTo("assets/img/favicon.svg");
    }

    // Checks `extra_css`: loaded after every theme stylesheet, minified and fingerprinted, its url()s too.
    @Test
    void extraCss() throws IOException {
        TestSite s = site("extra_css: [css/own.css]\n")
                .file("content/css/own.css", "/* mine */\nbody { background: url(../img/bg.png); color: #123456; }\n")
                .file("content/img/bg.png", "png")
                .file("content/a/c.md", "# C\n\n```quiz\nquestions:\n  - q: Yes?\n    answer: true\n```\n").build();
        assertThat(s.printed()).isEmpty();
        Document c = s.page("a/c/index.html");
        var links = c.select("link[rel=stylesheet]").eachAttr("href");
        assertThat(TestSite.unhashed(links.get(links.size() - 1))).isEqualTo("../../assets/site/css/own.css");
        assertThat(links.stream().map(TestSite::unhashed)).contains("../../assets/css/quiz.css");
        assertThat(links.get(links.size() - 1)).matches(".*own\\.[0-9a-f]{8}\\.css");
        String css = Files.readString(s.out().resolve("a/c").resolve(links.get(links.size() - 1)).normalize());
        assertThat(css).contains("#123456").doesNotContain("mine").containsPattern("url\\(\\.\\./img/bg\\.[0-9a-f]{8}\\.png\\)");
        assertThat(Files.exists(s.out().resolve("assets/site/css/own.css"))).isFalse();
    }

    // Checks `extra_js`: a script after the theme's, fingerprinted, deferred (no inline script).
    @Test
    void extraJs() {
        TestSite s = site("extra_js: js/own.js\n").file("content/js/own.js", "document.body.dataset.own = 'yes';\n").build();
        assertThat(s.printed()).isEmpty();
        var scripts = s.page("index.html").select("script[src]");
        Element last = scripts.last();
        assertThat(TestSite.unhashed(last.attr("src"))).isEqualTo("assets/site/js/own.js");
        assertThat(last.hasAttr("defer")).isTrue();
        assertThat(s.page("index.html").select("script:not([src]):not([type=application/json])")).isEmpty();
    }

    // Checks `accent_color`: a palette stylesheet for both schemes, after the theme's.
    @Test
    void accentColor() throws IOException {
        TestSite s = site("accent_color: \"#7b2d8e\"\n").build();
        assertThat(s.printed()).isEmpty();
        Document home = s.page("index.html");
        var links = home.select("link[rel=stylesheet]").eachAttr("href");
        assertThat(TestSite.unhashed(links.get(links.size() - 1))).isEqualTo("assets/site/accent.css");
        String css = Files.readString(s.out().resolve(links.get(links.size() - 1)));
        assertThat(css).contains("--accent:#7b2d8e").contains("prefers-color-scheme").contains("data-theme=\"dark\"");
        Accent dark = Accent.parse(css.replaceFirst("(?s).*?\\[data-theme=\"dark\"\\]\\{--accent:(#[0-9a-f]{6}).*", "$1"));
        assertThat(dark.contrast(Accent.parse("#0f1419"))).isGreaterThanOrEqualTo(4.5);
        assertThat(Accent.parse("#7b2d8e").contrast(Accent.parse("#ffffff"))).isGreaterThanOrEqualTo(4.5);
    }

    // Checks that a pale accent colour, and one that is no colour, are errors at their line and column.
    @Test
    void accentColorErrors() {
        TestSite s = site("accent_color: \"#ffd700\"\n").build();
        assertThat(s.printed()).containsExactly("content/site.yaml:2:15: error: `accent_color` #ffd700 has a contrast"
                + " of 1.3:1 with the light background; links and buttons need 4.5:1: choose a darker colour");
        s = site("accent_color: blu\n").build();
        assertThat(s.printed()).containsExactly("content/site.yaml:2:15: error: `accent_color` must be a colour such"
                + " as `#0a58a8`, `#05a` or `rgb(10, 88, 168)`, not `blu`");
        assertThat(Files.exists(s.out())).isFalse();
    }

    // Checks `footer`: Markdown in the footer of every page, links to pages relative, raw HTML escaped.
    @Test
    void footer() {
        TestSite s = site("footer: \"© 2026 Ada · [Licence](a/b.md) · <b>x</b> · [bad](ftp://example.org/x)\"\n").build();
        assertThat(s.printed()).isEmpty();
        Element p = s.page("a/b/index.html").selectFirst(".site-footer p");
        assertThat(p.text()).startsWith("© 2026 Ada · Licence · <b>x</b> · bad").doesNotContain("built with Lectern");
        assertThat(p.select("a").eachAttr("href")).containsExactly("../../a/b/");
        assertThat(p.select("b")).isEmpty();
        assertThat(s.page("index.html").selectFirst(".site-footer a").attr("href")).isEqualTo("./a/b/");
    }

    // Checks `repo_url` and `edit_uri`: the "Edit this page" link as MkDocs makes it.
    @Test
    void repoUrlAndEditUri() {
        TestSite s = site("repo_url: https://git.example.org/me/course\nedit_uri: src/branch/main/content/\n").build();
        assertThat(s.printed()).isEmpty();
        assertThat(s.page("a/b/index.html").selectFirst(".site-footer a").attr("href"))
                .isEqualTo("https://git.example.org/me/course/src/branch/main/content/a/b.md");
        TestSite old = site("repository: https://github.com/me/course\n").build();
        assertThat(old.page("a/b/index.html").selectFirst(".site-footer a").attr("href"))
                .isEqualTo("https://github.com/me/course/edit/main/content/a/b.md");
    }

    // Checks that paths of the settings must name files of the content folder, and unknown keys say "did you mean".
    @Test
    void pathErrors() {
        TestSite s = site("logo: img/none.svg\nfavicon: ../secret.png\nextra_css: [own.js]\nextra_jsx: []\n").build();
        assertThat(s.printed()).containsExactly(
                "content/site.yaml:2:7: error: `logo`: there is no file `img/none.svg` in the content folder",
                "content/site.yaml:3:10: error: `favicon`: `../secret.png` is outside the content folder",
                "content/site.yaml:4:13: error: `extra_css`: `own.js` must end with .css",
                "content/site.yaml:5:1: error: unknown site setting `extra_jsx`; did you mean `extra_js`?");
    }

    // Checks `nav` as a list of paths (the rich nav it shares with mkdocs.yml): the listed sections and pages in
    // its order, a titled section taking its folder; pages left out are built but not listed; unknown entries warned.
    @Test
    void nav() {
        TestSite s = TestSite.create(tmp).file("content/site.yaml",
                        "title: T\nnav:\n  - zeta/\n  - Alpha:\n    - alpha/c.md\n    - alpha/a.md\n")
                .file("content/index.md", "# Home\n").file("content/alpha/a.md", "# A\n").file("content/alpha/b.md", "# B\n")
                .file("content/alpha/c.md", "# C\n").file("content/zeta/z.md", "# Z\n").build();
        assertThat(s.printed()).isEmpty();
        Document home = s.page("index.html");
        assertThat(home.select(".outline > li.outline-section > a").eachText()).containsExactly("Zeta", "Alpha");
        assertThat(home.select(".outline > li.outline-section").get(1).select("details li a").eachText())
                .containsExactly("C", "A");
        assertThat(s.page("alpha/c/index.html").selectFirst(".pager-next .pager-title").text()).isEqualTo("A");
        assertThat(s.page("alpha/b/index.html").select("h1").text()).isEqualTo("B");
        TestSite bad = TestSite.create(tmp).file("content/site.yaml", "title: T\nnav:\n  - alpha/d.md\n  - zeta\n").build();
        assertThat(bad.printed()).containsExactly(
                "content/site.yaml:3:5: warning: nav names `alpha/d.md`, which is not a page of the docs folder; it is left out");
    }
}
