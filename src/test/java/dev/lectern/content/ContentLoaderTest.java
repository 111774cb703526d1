package dev.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first stage on its own: a content folder in, the course out (pages in reading order with their URLs
 * and titles, sections, files copied as they are, and the diagnostics), without rendering anything.
 */
class ContentLoaderTest {
    @TempDir
    Path tmp;
    final Diagnostics diagnostics = new Diagnostics();

    private ContentLoaderTest file(String path, String text) throws IOException {
        Path p = tmp.resolve("content").resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return this;
    }

    private Course load(boolean drafts) {
        Path content = tmp.resolve("content");
        SiteConfig config = SiteConfigLoader.load(content.resolve("site.yaml"), "content/site.yaml", diagnostics);
        return new ContentLoader(content, "content", drafts, diagnostics).load(config);
    }

    private Course load() {
        return load(false);
    }

    /** Each page in reading order as {@code url=title}. */
    private static List<String> outline(Course c) {
        return c.pages().stream().map(p -> p.url() + "=" + p.title()).toList();
    }

    private static List<String> statics(Course c) {
        return c.staticFiles().stream().map(Course.StaticFile::outputPath).toList();
    }

    private List<String> printed() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    // Titles come from the front matter, else the first # heading outside fenced code (closing #s and inline
    // marks dropped), else none; folders without an index page take their name, numbers and dashes dropped.
    @Test
    void titlesFromFrontMatterHeadingsAndFolderNames() throws IOException {
        file("index.md", "# Home page\n");
        file("a.md", "---\ntitle: From front matter\n---\n# From heading\n");
        file("b.md", "Intro.\n\n```\n# not a heading\n```\n\n~~~\n# nor this\n~~~\n  # The *real* `heading` ##  \n");
        file("c.md", "Just text.\n\n## A second-level heading\n");
        file("d.md", "---\ntitle: \"  \"\n---\n#Not a heading without a space\n# D _heading_\n");
        file("02-getting_started/page.md", "# Page\n");
        file("3.deep/x.md", "# X\n");
        Course c = load();
        assertThat(printed()).isEmpty();
        assertThat(outline(c)).containsExactly("=Home page", "a/=From front matter", "b/=The real heading",
                "c/=null", "d/=D heading", "02-getting_started/=Getting started", "02-getting_started/page/=Page",
                "3.deep/=Deep", "3.deep/x/=X");
        assertThat(c.root().title()).isEqualTo("Home page");
        assertThat(c.page("a.md").orElseThrow().titleFromHeading()).isFalse();
        assertThat(c.page("b.md").orElseThrow().titleFromHeading()).isTrue();
        assertThat(c.page("c.md").orElseThrow().titleFromHeading()).isFalse();
        assertThat(c.root().sections()).extracting(Section::title).containsExactly("Getting started", "Deep");
    }

    // A content folder without an index page gets a generated home titled "Home"; an empty one, the site's title.
    @Test
    void generatedIndexes() throws IOException {
        file("site.yaml", "title: My course\n");
        Files.createDirectories(tmp.resolve("content"));
        Course empty = load();
        assertThat(outline(empty)).containsExactly("=My course");
        assertThat(empty.root().index().sectionIndex()).isTrue();
        assertThat(empty.root().index().file()).isNull();

        file("only.md", "# Only\n");
        file("sub/leaf.md", "# Leaf\n");
        Course c = load();
        assertThat(outline(c)).containsExactly("=Home", "only/=Only", "sub/=Sub", "sub/leaf/=Leaf");
        SourcePage sub = c.page("sub/index.md").orElseThrow();
        assertThat(sub.file()).isNull();
        assertThat(sub.displayPath()).isEqualTo("content/sub");
        assertThat(sub.layout()).isEqualTo("section");
        assertThat(c.page("index.md").orElseThrow().layout()).isEqualTo("home");
        assertThat(c.page("only.md").orElseThrow().layout()).isEqualTo("page");
    }

    // URLs follow the files: lower case, spaces to dashes; index.md (or README.md) is its folder's page.
    @Test
    void urlsAndIndexPages() throws IOException {
        file("index.md", "# Home\n");
        file("My Page.MD", "# Mine\n");
        file("guide/README.md", "# Guide readme\n");
        file("guide/step.md", "# Step\n");
        file("both/index.md", "# Both index\n");
        file("both/README.md", "# Both readme\n");
        Course c = load();
        assertThat(printed()).isEmpty();
        assertThat(outline(c)).containsExactly("=Home", "my-page/=Mine", "both/=Both index", "both/readme/=Both readme",
                "guide/=Guide readme", "guide/step/=Step");
        SourcePage readme = c.page("both/README.md").orElseThrow();
        assertThat(readme.sectionIndex()).isFalse();
        assertThat(readme.sourceFolder()).isEqualTo("both");
        assertThat(c.page("guide/README.md").orElseThrow().sectionIndex()).isTrue();
        assertThat(c.page("index.md").orElseThrow().sourceFolder()).isEmpty();
        assertThat(c.page("My Page.MD").orElseThrow().displayPath()).isEqualTo("content/My Page.MD");
    }

    // README.md and readme.md in one folder would both be its index: an error at the second.
    @Test
    void twoReadmesAreAnError() throws IOException {
        file("g/README.md", "# One\n");
        file("g/readme.md", "# Two\n");
        Course c = load();
        assertThat(printed()).containsExactly("content/g/readme.md: error: this file and `content/g/README.md` would"
                + " both be this folder's index page; keep one of them");
        assertThat(outline(c)).containsExactly("=Home", "g/=One");
    }

    // Weighted pages first, lightest first; then the rest by file name; sections by their index page's weight.
    @Test
    void weightsOrderPagesAndSections() throws IOException {
        file("index.md", "# Home\n");
        file("b.md", "# B\n");
        file("a.md", "# A\n");
        file("heavy.md", "---\nweight: 20\n---\n# Heavy\n");
        file("light.md", "---\nweight: -3\n---\n# Light\n");
        file("zz/index.md", "---\nweight: 1\n---\n# ZZ\n");
        file("aa/index.md", "# AA\n");
        file("mm/index.md", "---\nweight: 5\n---\n# MM\n");
        Course c = load();
        assertThat(outline(c)).containsExactly("=Home", "light/=Light", "heavy/=Heavy", "a/=A", "b/=B", "zz/=ZZ",
                "mm/=MM", "aa/=AA");
    }

    // Drafts are left out unless asked for.
    @Test
    void draftsOnlyWhenAsked() throws IOException {
        file("index.md", "# Home\n");
        file("wip.md", "---\ndraft: true\n---\n# Work in progress\n");
        file("done.md", "---\ndraft: false\n---\n# Done\n");
        file("wipdir/only.md", "---\ndraft: true\n---\n# Only draft\n");
        assertThat(outline(load())).containsExactly("=Home", "done/=Done");
        assertThat(outline(load(true))).containsExactly("=Home", "done/=Done", "wip/=Work in progress", "wipdir/=Wipdir",
                "wipdir/only/=Only draft");
    }

    // Other files are copied as they are; the settings files only at the top; dot files never, but .nojekyll and
    // .well-known/ (without its own dot files); a folder holding only files is no section.
    @Test
    void staticFilesDataFilesAndDotFiles() throws IOException {
        file("index.md", "# Home\n");
        file("site.yaml", "title: T\n");
        file("glossary.yaml", "terms: []\n");
        file("mkdocs.yml", "site_name: x\n");
        file("img/logo.svg", "<svg/>");
        file("img/.DS_Store", "x");
        file("downloads/site.yaml", "a copy\n");
        file(".env", "SECRET=1\n");
        file(".nojekyll", "");
        file(".well-known/security.txt", "Contact: x\n");
        file(".well-known/.secret", "no\n");
        file(".well-known/nested/a.txt", "a\n");
        file(".hidden/page.md", "# Hidden\n");
        Course c = load();
        assertThat(statics(c)).containsExactly("downloads/site.yaml", "img/logo.svg", ".nojekyll",
                ".well-known/nested/a.txt", ".well-known/security.txt");
        assertThat(outline(c)).containsExactly("=Home");
        assertThat(c.root().sections()).isEmpty();
    }

    // exclude: gitignore-style patterns; *.py at any depth, /drafts/ only at the top and only folders, a
    // trailing / only folders, !pattern brings a file back.
    @Test
    void excludePatterns() throws IOException {
        file("site.yaml", "exclude:\n  - \"*.py\"\n  - \"/drafts/\"\n  - \"notes/\"\n  - \"!keep.py\"\n  - \"  \"\n"
                + "  - \"guide/secret.md\"\n");
        file("index.md", "# Home\n");
        file("hook.py", "x\n");
        file("deep/er/tool.py", "x\n");
        file("deep/er/keep.py", "x\n");
        file("drafts/a.md", "# A draft\n");
        file("guide/drafts/b.md", "# B\n");
        file("guide/secret.md", "# Secret\n");
        file("secret.md", "# Top secret is not guide/secret\n");
        file("notes/n.md", "# N\n");
        file("guide/notes", "a file named notes\n");
        Course c = load();
        assertThat(printed()).isEmpty();
        assertThat(statics(c)).containsExactly("deep/er/keep.py", "guide/notes");
        assertThat(outline(c)).containsExactly("=Home", "secret/=Top secret is not guide/secret", "guide/=Guide",
                "guide/drafts/=Drafts", "guide/drafts/b/=B");
    }

    // The output and cache folders, when inside the content folder, are not content.
    @Test
    void excludedFoldersAreNotRead() throws IOException {
        file("index.md", "# Home\n");
        file("site/old/index.md", "# An old build's page\n");
        file("site/x.html", "<p>");
        Path content = tmp.resolve("content");
        Course c = new ContentLoader(content, "content", false, diagnostics)
                .excluding(null, content.resolve("site"), content.resolve("not-there-yet")).load(SiteConfig.defaults());
        assertThat(outline(c)).containsExactly("=Home");
        assertThat(statics(c)).isEmpty();
        assertThat(outline(new ContentLoader(content, "content", false, new Diagnostics()).load(SiteConfig.defaults())))
                .hasSize(3);
    }

    // Front matter: closed by --- or ..., its lines kept as empty lines (positions stay the file's), a BOM and
    // CRLF line ends accepted; an unclosed one is an error at 1:1.
    @Test
    void frontMatterIsSplitOffKeepingLines() throws IOException {
        file("a.md", "\uFEFF---\r\ntitle: A\r\ndescription: About A\r\n---\r\nBody line 5\r\n");
        file("b.md", "---\nweight: 2\n...\nBody line 4\n");
        file("c.md", "---\n---\nBody line 3\n");
        file("d.md", "--- \nnot front matter\n");
        file("e.md", "---\ntitle: Never closed\n\nBody\n");
        file("f.md", "---\ntitle: Closed at the end\n---");
        Course c = load();
        SourcePage a = c.page("a.md").orElseThrow();
        assertThat(a.markdown()).isEqualTo("\n\n\n\nBody line 5\n");
        assertThat(a.title()).isEqualTo("A");
        assertThat(a.meta().description()).isEqualTo("About A");
        SourcePage b = c.page("b.md").orElseThrow();
        assertThat(b.markdown()).isEqualTo("\n\n\nBody line 4\n");
        assertThat(b.meta().weight()).isEqualTo(2);
        assertThat(c.page("c.md").orElseThrow().markdown()).isEqualTo("\n\nBody line 3\n");
        assertThat(c.page("c.md").orElseThrow().meta()).isEqualTo(FrontMatter.EMPTY);
        assertThat(c.page("d.md").orElseThrow().markdown()).isEqualTo("--- \nnot front matter\n");
        SourcePage e = c.page("e.md").orElseThrow();
        assertThat(e.meta().unreadable()).isTrue();
        assertThat(e.markdown()).isEqualTo("\ntitle: Never closed\n\nBody\n");
        assertThat(c.page("f.md").orElseThrow().title()).isEqualTo("Closed at the end");
        assertThat(c.page("f.md").orElseThrow().markdown()).isEqualTo("\n\n");
        assertThat(printed()).containsExactly("content/e.md:1:1: error: front matter is not closed: add a `---` line after it");
    }

    // Front matter errors are positioned in the file: a bad key, a value of the wrong type, YAML that is not a
    // mapping; the layout key's position is kept for the layout check.
    @Test
    void frontMatterErrorsArePositioned() throws IOException {
        file("a.md", "---\ntitle: A\nwieght: 2\n---\n# A\n");
        file("b.md", "---\nweight: heavy\n---\n# B\n");
        file("c.md", "---\n- a list\n---\n# C\n");
        file("d.md", "---\ntitle: D\n  layout: [\n---\n# D\n");
        file("e.md", "---\ntitle: E\nlayout: wide\n---\n# E\n");
        Course c = load();
        assertThat(printed()).hasSize(4).allSatisfy(line -> assertThat(line).contains(": error: "));
        assertThat(printed().get(0)).startsWith("content/a.md:3:1: error: unknown front matter key `wieght`");
        assertThat(printed().get(1)).startsWith("content/b.md:2:9: error: ");
        assertThat(printed().get(2)).startsWith("content/c.md:2:1: error: front matter");
        assertThat(printed().get(3)).startsWith("content/d.md:3:").contains("error: front matter: ");
        assertThat(c.page("c.md").orElseThrow().meta().unreadable()).isTrue();
        assertThat(c.page("d.md").orElseThrow().meta().unreadable()).isTrue();
        FrontMatter e = c.page("e.md").orElseThrow().meta();
        assertThat(e.layout()).isEqualTo("wide");
        assertThat(e.layoutLine()).isEqualTo(3);
        assertThat(e.layoutColumn()).isEqualTo(9);
        assertThat(c.page("e.md").orElseThrow().layout()).isEqualTo("wide");
        assertThat(c.page("a.md").orElseThrow().meta().layoutLine()).isZero();
    }
    // Symbolic links: one to a folder inside the content folder is followed (its pages appear under the link's
    // name too, and a loop inside it is found there as well); one that points nowhere, back to a folder holding
    // it, or out of the content folder, is one error each and nothing of it is read.
    @Test
    void symbolicLinks() throws IOException {
        file("index.md", "# Home\n");
        file("guide/step.md", "# Step\n");
        Path content = tmp.resolve("content");
        Files.writeString(tmp.resolve("secret.txt"), "outside\n");
        Files.createSymbolicLink(content.resolve("alias"), content.resolve("guide"));
        Files.createSymbolicLink(content.resolve("guide/back"), content.resolve("guide"));
        Files.createSymbolicLink(content.resolve("gone.md"), content.resolve("nothing-here.md"));
        Files.createSymbolicLink(content.resolve("out.txt"), tmp.resolve("secret.txt"));
        Course c = load();
        assertThat(outline(c)).containsExactly("=Home", "alias/=Alias", "alias/step/=Step", "guide/=Guide",
                "guide/step/=Step");
        assertThat(statics(c)).isEmpty();
        assertThat(printed()).containsExactly(
                "content/alias/back: error: symbolic link loop: it leads back to content/guide, which holds it",
                "content/gone.md: error: broken symbolic link: it points to nothing; remove it or fix its target",
                "content/guide/back: error: symbolic link loop: it leads back to content/guide, which holds it",
                "content/out.txt: error: symbolic link to " + tmp.resolve("secret.txt").toRealPath()
                        + ", outside the content folder; Lectern publishes nothing from outside it (copy the file in instead)");
    }

    // Of dot paths only .nojekyll (published, not served) and what lies below .well-known/ pass; the folder
    // itself is not a file to serve.
    @Test
    void dotFilesPublishedAndServed() {
        assertThat(DotFiles.published(".nojekyll")).isTrue();
        assertThat(DotFiles.served(".nojekyll")).isFalse();
        assertThat(DotFiles.served(".well-known/security.txt")).isTrue();
        assertThat(DotFiles.served(".well-known")).isFalse();
        assertThat(DotFiles.served("a/.well-known/x")).isFalse();
        assertThat(DotFiles.served(".well-known/.x")).isFalse();
        assertThat(DotFiles.served("dns/index.html")).isTrue();
    }
}
