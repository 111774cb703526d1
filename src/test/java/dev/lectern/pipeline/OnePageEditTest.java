package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostic;
import dev.lectern.testing.Snapshots;
import dev.lectern.testing.Trees;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-page edit in {@code lectern serve} skips the whole-site work it does not need (the links of pages
 * it did not touch, the outline's section files, the study list, the clash table, the output comparison),
 * and still gives what a fresh full build gives: each step here is compared with one, diagnostics and
 * bytes, and the problems an edit makes elsewhere are asserted where they must be reported.
 */
class OnePageEditTest {
    @TempDir
    Path tmp;
    private final Set<Path> touched = new HashSet<>();
    private BuildSession session;
    private int steps;

    private BuildOptions options(Path out) {
        return BuildOptions.builder().content(tmp.resolve("content")).theme(tmp.resolve("theme"))
                .out(out).cache(TestSite.CACHE).preview(true).build();
    }

    private void start() throws IOException {
        Trees.copy(TestSite.THEME, tmp.resolve("theme"));
        session = new BuildSession(options(tmp.resolve("site")));
        BuildSession.Outcome first = session.rebuild(null);
        assertThat(first.result().ok()).as("%s", first.result().diagnostics()).isTrue();
        compare(first);
    }

    private void smallSite() throws IOException {
        write("content/index.md", "# Home\n\nWelcome.\n");
        write("content/a.md", "# Page A\n\nSee [B's intro](b.md#intro) and [B](b.md).\n");
        write("content/b.md", "---\ntitle: Page B\n---\n\nFirst words.\n\n## Intro\n\nAn introduction.\n");
        write("content/c.md", "# Page C\n\nBack to [the top of B](b.md#page-b).\n");
        touched.clear();
        start();
    }

    // Checks that a link an edit adds is checked, at the line and column it was written, and that fixing it ends the error.
    @Test
    void aBrokenLinkAnEditAddsIsReported() throws Exception {
        smallSite();
        edit("content/a.md", s -> s + "\nMore words about A.\n");
        assertThat(step().result().ok()).isTrue();
        edit("content/a.md", s -> s + "\nAlso [C's end](c.md#end).\n");
        assertThat(errors(step())).containsExactly("content/a.md:7:6: broken anchor `#end` in link `c.md#end`:"
                + " /c/ has no heading or element with that id");
        edit("content/a.md", s -> s.replace("c.md#end", "c.md"));
        assertThat(step().result().ok()).isTrue();
    }

    // Checks that removing an id another page links to is an error on that other page, and restoring it ends it.
    @Test
    void removingAnIdAnotherPageLinksToIsReportedThere() throws Exception {
        smallSite();
        edit("content/b.md", s -> s.replace("## Intro", "## Opening"));
        assertThat(errors(step())).containsExactly("content/a.md:3:5: broken anchor `#intro` in link `b.md#intro`:"
                + " /b/ has no heading or element with that id");
        edit("content/b.md", s -> s.replace("An introduction.", "An introduction, longer."));
        assertThat(step().result().ok()).isFalse(); // still: the other page's links are checked against B as it is now
        edit("content/b.md", s -> s.replace("## Opening", "## Intro"));
        assertThat(step().result().ok()).isTrue();
    }

    // Checks that renaming a page breaks the links to it on the pages that were not edited, and renaming it back mends them.
    @Test
    void renamingAPageBreaksTheLinksToIt() throws Exception {
        smallSite();
        move("content/b.md", "content/bee.md");
        assertThat(errors(step())).containsExactly(
                "content/a.md:3:5: broken link `b.md#intro`: there is no page b.md; did you mean `c.md`?",
                "content/a.md:3:33: broken link `b.md`: there is no page b.md; did you mean `c.md`?",
                "content/c.md:3:9: broken link `b.md#page-b`: there is no page b.md; did you mean `c.md`?");
        move("content/bee.md", "content/b.md");
        assertThat(step().result().ok()).isTrue();
    }

    // Checks that a link to a page's title anchor follows the title: the title is read from the page it leads into.
    @Test
    void aTitleAnchorFollowsTheTitle() throws Exception {
        smallSite();
        edit("content/b.md", s -> s.replace("title: Page B", "title: Second page"));
        assertThat(errors(step())).containsExactly("content/c.md:3:9: broken anchor `#page-b` in link `b.md#page-b`:"
                + " /b/ has no heading or element with that id");
        edit("content/c.md", s -> s.replace("#page-b", "#second-page"));
        assertThat(step().result().ok()).isTrue();
    }

    // Checks that a link to a file follows the file (added, removed) and its suggestion the other files.
    @Test
    void aLinkToAFileFollowsTheFiles() throws Exception {
        smallSite();
        edit("content/a.md", s -> s + "\nGet [the dot](img/dot.svg).\n");
        assertThat(errors(step())).containsExactly("content/a.md:5:5: broken link `img/dot.svg`: nothing is published"
                + " at /img/dot.svg");
        write("content/img/dot.svg", SVG);
        assertThat(step().result().ok()).isTrue();
        write("content/img/dash.svg", SVG);
        assertThat(step().result().ok()).isTrue();
        delete("content/img/dot.svg");
        assertThat(errors(step())).containsExactly("content/a.md:5:5: broken link `img/dot.svg`: nothing is published"
                + " at /img/dot.svg; did you mean `img/dash.svg`?");
        write("content/img/dots.svg", SVG); // a file nearer the broken link's: the message suggests it instead
        assertThat(errors(step())).containsExactly("content/a.md:5:5: broken link `img/dot.svg`: nothing is published"
                + " at /img/dot.svg; did you mean `img/dots.svg`?");
    }

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n";

    // Checks that a quiz an edit adds reaches the study list, and a question on a Q&A page the Review page and its links.
    @Test
    void quizzesAndQuestionsReachTheStudyListAndTheReviewPage() throws Exception {
        smallSite();
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("a/\tPage A\t0");
        edit("content/a.md", s -> s + "\n```quiz\nquestions:\n  - q: Is A first?\n    answer: true\n```\n");
        assertThat(step().result().ok()).isTrue();
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("a/\tPage A\t1");
        write("content/q.md", "---\ntitle: Questions\nlayout: qa\n---\n\n## Is this a card\n\nNot yet.\n");
        assertThat(step().result().ok()).isTrue();
        assertThat(tmp.resolve("site/review/index.html")).doesNotExist();
        edit("content/q.md", s -> s.replace("## Is this a card", "## Is this a card?"));
        assertThat(step().result().ok()).isTrue();
        assertThat(tmp.resolve("site/review/index.html")).exists();
        assertThat(Files.readString(tmp.resolve("site/b/index.html"))).contains("href=\"../review/\"");
    }

    // Checks that a new page is in every page's outline, in the home page's study list and in the clash table.
    @Test
    void aNewPageIsEverywhere() throws Exception {
        smallSite();
        write("content/d.md", "# Page D\n\nNew.\n");
        BuildSession.Outcome o = step();
        assertThat(o.result().ok()).isTrue();
        assertThat(o.changed()).contains("d/index.html", "a/index.html", "index.html");
        assertThat(Files.readString(tmp.resolve("site/a/index.html"))).contains("href=\"../d/\"");
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("Page D");
        // a file of the content folder where the new page goes
        write("content/e/index.html", "<p>Hand-written.</p>\n");
        assertThat(step().result().ok()).isTrue();
        write("content/e.md", "# Page E\n");
        String clash = "content/e/index.html:0:0: this file and `content/e.md` would both be published as `e/index.html`;"
                + " rename or move one of them";
        assertThat(errors(step())).containsExactly(clash);
        delete("content/e/index.html");
        assertThat(step().result().ok()).isTrue();
        write("content/e/index.html", "<p>Hand-written again.</p>\n");
        assertThat(errors(step())).containsExactly(clash);
    }

    /**
     * A site large enough (over 300 pages) for its pages to load their section's list from the section's
     * {@code outline.js}: a body edit leaves those files as they are, a title or the outline's template changes them.
     */
    @Test
    void outlineFilesFollowTitlesAndTheTemplate() throws Exception {
        write("content/index.md", "# Home\n");
        for (int s = 0; s < 2; s++) {
            for (int p = 0; p < 152; p++) write(String.format("content/s%d/p%03d.md", s, p), "# Page " + s + "." + p + "\n");
        }
        touched.clear();
        start();
        edit("content/s1/p007.md", s -> s + "\nA body.\n");
        assertThat(step().changed()).doesNotContain("s0/outline.js", "s1/outline.js").contains("s1/p007/index.html");
        edit("content/s1/p007.md", s -> s.replace("# Page 1.7", "# Seventh page"));
        assertThat(step().changed()).contains("s1/outline.js").doesNotContain("s0/outline.js");
        assertThat(Files.readString(tmp.resolve("site/s1/outline.js"))).contains("Seventh page");
        edit("theme/templates/partials/outline.jte", s -> s + "\n<%-- changed --%>\n");
        step();
        edit("theme/templates/partials/outline.jte", s -> s.replace("<li", "<li data-x=\"1\""));
        assertThat(step().changed()).contains("s0/outline.js", "s1/outline.js");
        assertThat(Files.readString(tmp.resolve("site/s0/outline.js"))).contains("data-x");
    }

    /** Rebuilds as the server does (pages, then the files that trail them) and compares with a full build. */
    private BuildSession.Outcome step() throws IOException {
        steps++;
        BuildSession.Outcome o = session.rebuildPages(Set.copyOf(touched));
        touched.clear();
        List<String> changed = new ArrayList<>(o.changed());
        changed.addAll(session.finishLater());
        compare(o);
        return new BuildSession.Outcome(o.number(), o.result(), changed);
    }

    private Map<String, String> lastGood;

    private void compare(BuildSession.Outcome o) throws IOException {
        Path full = tmp.resolve("full-" + steps);
        BuildResult expected = new Build(options(full)).run();
        assertThat(Snapshots.formatted(o.result().diagnostics())).as("diagnostics after step %d", steps)
                .isEqualTo(Snapshots.formatted(expected.diagnostics()));
        assertThat(o.result().ok()).isEqualTo(expected.ok());
        assertThat(List.of(o.result().quizzes(), o.result().diagrams())).as("quizzes and diagrams after step %d", steps)
                .isEqualTo(List.of(expected.quizzes(), expected.diagrams()));
        if (expected.ok()) lastGood = Snapshots.files(full);
        assertThat(Snapshots.files(tmp.resolve("site"))).as("output after step %d", steps).isEqualTo(lastGood);
        if (Files.exists(full)) SiteWriter.deleteTree(full);
    }

    /** The errors of a build as {@code file:line:col: message}, the file relative to the project. */
    private List<String> errors(BuildSession.Outcome o) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : o.result().diagnostics()) {
            if (d.severity() != dev.lectern.diag.Severity.ERROR) continue;
            out.add(tmp.relativize(Path.of(d.file())) + ":" + d.line() + ":" + d.column() + ": "
                    + d.message().replace(tmp + "/", ""));
        }
        return out;
    }

    private void edit(String path, java.util.function.UnaryOperator<String> change) throws IOException {
        Path f = tmp.resolve(path);
        String before = Files.readString(f);
        String after = change.apply(before);
        assertThat(after).as("edit of %s changes it", path).isNotEqualTo(before);
        Files.writeString(f, after);
        touched.add(f);
    }

    /** Writes a file, reported as the watcher does: with each folder it made. */
    private void write(String path, String text) throws IOException {
        Path f = tmp.resolve(path);
        for (Path d = f.getParent(); !Files.exists(d); d = d.getParent()) touched.add(d);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        touched.add(f);
    }

    private void move(String from, String to) throws IOException {
        Files.move(tmp.resolve(from), tmp.resolve(to));
        touched.add(tmp.resolve(from));
        touched.add(tmp.resolve(to));
    }

    private void delete(String path) throws IOException {
        Files.delete(tmp.resolve(path));
        touched.add(tmp.resolve(path));
    }
}
