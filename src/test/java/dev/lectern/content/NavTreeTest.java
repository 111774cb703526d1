package dev.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nav:} in site.yaml, as the loaded course shows it: outline, reading order, outline titles, warnings. */
class NavTreeTest {
    @TempDir
    Path tmp;
    final Diagnostics diagnostics = new Diagnostics();

    private NavTreeTest file(String path, String text) throws IOException {
        Path p = tmp.resolve("content").resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return this;
    }

    private Course load(String nav) throws IOException {
        file("site.yaml", "title: T\nnav:\n" + nav);
        Path content = tmp.resolve("content");
        SiteConfig config = SiteConfigLoader.load(content.resolve("site.yaml"), "content/site.yaml", diagnostics);
        return new ContentLoader(content, "content", false, diagnostics).load(config);
    }

    private List<String> printed() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    /** The outline as indented lines: {@code url title} (the outline's title), sections before their children. */
    private static List<String> tree(Course c) {
        List<String> out = new ArrayList<>();
        tree(c, c.root(), "", out);
        return out;
    }

    private static void tree(Course c, Section s, String indent, List<String> out) {
        out.add(indent + "[" + s.url() + "] " + s.title());
        List<Object> children = new ArrayList<>(s.pages());
        children.addAll(s.sections());
        for (Object o : c.nav().ordered(s.url(), children, x -> x instanceof Section sec ? sec.url() : ((SourcePage) x).url())) {
            if (o instanceof Section sec) tree(c, sec, indent + "  ", out);
            else out.add(indent + "  " + ((SourcePage) o).url() + " " + c.nav().title((SourcePage) o));
        }
    }

    private static List<String> reading(Course c) {
        return c.pages().stream().map(SourcePage::url).toList();
    }

    private void basicFiles() throws IOException {
        file("index.md", "# Home\n");
        file("intro.md", "# Introduction\n");
        file("untitled.md", "No heading here.\n");
        file("alpha/index.md", "# Alpha\n");
        file("alpha/a.md", "# A\n");
        file("alpha/b.md", "# B\n");
        file("alpha/c.md", "# C\n");
        file("zeta/z.md", "# Z\n");
        file("zeta/deeper/d.md", "# D\n");
        file("left-out.md", "# Left out\n");
    }

    // Pages and folders in the order written, nav titles in the outline (the page keeps its own title, a page
    // without one takes the nav's), a folder entry in its own order, links listed apart, pages left out still built.
    @Test
    void orderTitlesFoldersAndLinks() throws IOException {
        basicFiles();
        Course c = load("""
                  - Start: index.md
                  - zeta/
                  - Getting going: intro.md
                  - The untitled one: untitled.md
                  - Letters: alpha/
                  - Issues: https://example.org/issues
                  - https://example.org/bare
                """);
        assertThat(printed()).isEmpty();
        assertThat(tree(c)).containsExactly(
                "[] Home",
                "  [zeta/] Zeta",
                "    zeta/z/ Z",
                "    [zeta/deeper/] Deeper",
                "      zeta/deeper/d/ D",
                "  intro/ Getting going",
                "  untitled/ The untitled one",
                "  [alpha/] Letters",
                "    alpha/a/ A",
                "    alpha/b/ B",
                "    alpha/c/ C");
        assertThat(reading(c)).containsExactly("", "zeta/", "zeta/z/", "zeta/deeper/", "zeta/deeper/d/", "intro/",
                "untitled/", "alpha/", "alpha/a/", "alpha/b/", "alpha/c/", "left-out/");
        assertThat(c.page("intro.md").orElseThrow().title()).isEqualTo("Introduction");
        assertThat(c.page("untitled.md").orElseThrow().title()).isEqualTo("The untitled one");
        assertThat(c.page("left-out.md").orElseThrow().title()).isEqualTo("Left out");
        assertThat(c.nav().title(c.page("index.md").orElseThrow())).isEqualTo("Start");
        assertThat(c.nav().links()).containsOnlyKeys("");
        assertThat(c.nav().links().get("")).containsExactly(new NavTree.Link("Issues", "https://example.org/issues"),
                new NavTree.Link("https://example.org/bare", "https://example.org/bare"));
    }

    // A titled list of pages becomes the section of their common folder (its index, its URL), in the nav's order;
    // a list whose pages share no free folder gets a section of its own named after the title.
    @Test
    void titledListsBecomeSections() throws IOException {
        basicFiles();
        Course c = load("""
                  - index.md
                  - Backwards:
                    - alpha/c.md
                    - alpha/a.md
                  - Mixed bag:
                    - intro.md
                    - zeta/z.md
                    - Inner:
                      - zeta/deeper/d.md
                """);
        assertThat(printed()).isEmpty();
        assertThat(tree(c)).containsExactly(
                "[] Home",
                "  [alpha/] Backwards",
                "    alpha/c/ C",
                "    alpha/a/ A",
                "  [mixed-bag/] Mixed bag",
                "    intro/ Introduction",
                "    zeta/z/ Z",
                "    [zeta/deeper/] Inner",
                "      zeta/deeper/d/ D");
        assertThat(c.page("mixed-bag/index.md").orElseThrow().file()).isNull();
        assertThat(c.page("mixed-bag/index.md").orElseThrow().displayPath()).isEqualTo("content/site.yaml");
        assertThat(reading(c)).containsExactly("", "alpha/", "alpha/c/", "alpha/a/", "mixed-bag/", "intro/", "zeta/z/",
                "zeta/deeper/", "zeta/deeper/d/", "left-out/", "untitled/", "alpha/b/", "zeta/");
    }

    // Mistakes in the nav are warnings at their entry, and the entry is left out: a missing page, a missing
    // folder, a folder named twice, a section whose name is a page's URL; a page named twice is listed once (under
    // the last title given), and pages no entry placed are built outside the outline.
    @Test
    void mistakesAreWarnings() throws IOException {
        basicFiles();
        Course c = load("""
                  - nope.md
                  - nowhere/
                  - alpha/
                  - Again: alpha/
                  - intro.md
                  - Twice: intro.md
                  - Intro:
                    - zeta/z.md
                    - left-out.md
                """);
        assertThat(printed()).containsExactly(
                "content/site.yaml:3:5: warning: nav names `nope.md`, which is not a page of the docs folder; it is left out",
                "content/site.yaml:4:5: warning: nav names the folder `nowhere/`, which holds no pages of the docs folder",
                "content/site.yaml:6:12: warning: nav names the folder `alpha/` twice; the second is left out",
                "content/site.yaml:9:5: warning: nav section `Intro` has no folder of its own; its pages are listed in"
                        + " the section above");
        assertThat(tree(c)).containsExactly(
                "[] Home",
                "  [alpha/] Alpha",
                "    alpha/a/ A",
                "    alpha/b/ B",
                "    alpha/c/ C",
                "  intro/ Twice");
        assertThat(reading(c)).containsExactly("", "alpha/", "alpha/a/", "alpha/b/", "alpha/c/", "intro/", "left-out/",
                "untitled/", "zeta/", "zeta/z/", "zeta/deeper/", "zeta/deeper/d/");
    }
    // A titled list holding only another titled list takes the folder its inner entries share; the inner list,
    // finding that folder taken, gets a section of its own.
    @Test
    void nestedTitledListsShareTheFolderOnce() throws IOException {
        basicFiles();
        Course c = load("""
                  - index.md
                  - Outer:
                    - Inner:
                      - zeta/deeper/d.md
                """);
        assertThat(printed()).isEmpty();
        assertThat(tree(c)).containsExactly(
                "[] Home",
                "  [zeta/deeper/] Outer",
                "    [inner/] Inner",
                "      zeta/deeper/d/ D");
    }
}
