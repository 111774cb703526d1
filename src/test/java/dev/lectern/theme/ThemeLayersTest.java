package dev.lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.pipeline.ProjectRoot;
import dev.lectern.cli.Main;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in theme, and a course's theme folder laid over it file by file. */
class ThemeLayersTest {
    @TempDir
    Path tmp;

    private BuildResult build(Path theme) {
        return new Build(BuildOptions.builder().content(tmp.resolve("content")).theme(theme)
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).build()).run();
    }

    /** The published bytes of a stylesheet a page links to, named by its theme name ({@code quiz.css}). */
    static String stylesheet(Document page, Path pageDir, String name) throws IOException {
        String href = page.select("link[rel=stylesheet]").stream().map(l -> l.attr("href"))
                .filter(h -> TestSite.unhashed(h).endsWith("css/" + name)).findFirst().orElseThrow();
        return Files.readString(pageDir.resolve(href));
    }

    private static long compiledTemplateSets(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) return 0;
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().startsWith("jte-")).count();
        }
    }

    // Checks that a course without a theme folder builds with the built-in theme, its templates precompiled.
    @Test
    void noThemeFolderUsesTheBuiltInTheme() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n[A](a.md)\n").file("content/a.md", "# A\n");
        BuildResult r = build(tmp.resolve("theme"));
        assertThat(r.diagnostics()).isEmpty();
        Document a = site.page("a/index.html");
        assertThat(a.select(".site-footer").text()).contains("built with Lectern");
        assertThat(stylesheet(a, tmp.resolve("site/a"), "lectern.css")).contains(".site-header");
        assertThat(Files.exists(tmp.resolve("theme"))).isFalse();
        // No javac: nothing was compiled into the cache.
        assertThat(compiledTemplateSets(tmp.resolve("cache"))).isZero();
    }

    // Checks that one overriding template (a partial) and one stylesheet replace just those files.
    @Test
    void overridesOneTemplateAndOneStylesheet() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n[A](a.md)\n")
                .file("content/a.md", "# A\n\n```quiz\nquestions:\n  - q: Two plus two?\n    answers:\n      - text: \"4\"\n        correct: true\n      - text: \"5\"\n```\n")
                .file("theme/templates/partials/footer.jte",
                        "@param dev.lectern.render.PageView page\n<footer class=\"site-footer\"><p>Own footer of ${page.title()}</p></footer>\n")
                .file("theme/assets/css/lectern.css", "body { color: #123456; }\n")
                .file("theme/assets/css/added.css", "p { margin: 0; }\n");
        BuildResult r = build(tmp.resolve("theme"));
        assertThat(r.diagnostics()).isEmpty();
        Document a = site.page("a/index.html");
        // The footer is the override's, on a page whose layout is the built-in one.
        assertThat(a.select(".site-footer").text()).isEqualTo("Own footer of A");
        assertThat(a.select(".site-header .site-title")).hasSize(1);
        assertThat(site.page("index.html").select(".site-footer").text()).isEqualTo("Own footer of Home");
        assertThat(stylesheet(a, tmp.resolve("site/a"), "lectern.css")).contains("#123456").doesNotContain(".site-header");
        // A stylesheet not overridden is the built-in one.
        assertThat(stylesheet(a, tmp.resolve("site/a"), "quiz.css")).contains(".quiz");
        try (Stream<Path> s = Files.list(tmp.resolve("site/assets/css"))) {
            assertThat(s.map(p -> TestSite.unhashed(p.getFileName().toString()))).contains("added.css", "quiz.css");
        }
        assertThat(compiledTemplateSets(tmp.resolve("cache"))).isEqualTo(1);
    }

    // Checks that the markup of quizzes, diagrams' text and the progress page comes from the theme's
    // partials: a course restyles them by overriding those files.
    @Test
    void quizDiagramTextAndProgressPartialsCanBeOverridden() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n[A](a.md)\n")
                .file("content/a.md", "# Tom & \"Jerry\"\n\n```quiz\nquestions:\n  - q: Two plus two?\n    number: 4\n```\n\n"
                        + "```diagram\nnodes:\n  web: {kind: web, label: Web}\n```\n")
                .file("theme/templates/partials/quiz.jte",
                        "@param dev.lectern.quiz.QuizView quiz\n<ol class=\"own-quiz\">@for(var q : quiz.questions())"
                                + "<li>${q.numberAnswer()} of ${quiz.size()}</li>@endfor</ol>")
                .file("theme/templates/partials/diagram/text.jte",
                        "@param dev.lectern.diagram.TextAlternative.View text\n<p class=\"own-text\">"
                                + "${text.components().get(0).label()} (${text.components().get(0).noun()}).</p>")
                .file("theme/templates/partials/progress.jte",
                        "@param dev.lectern.quiz.ProgressPage.View progress\n<p class=\"own-progress\">"
                                + "${progress.pages().get(0).title()}: ${progress.questions()}</p>\n");
        BuildResult r = build(tmp.resolve("theme"));
        assertThat(r.diagnostics()).isEmpty();
        Document a = site.page("a/index.html");
        assertThat(a.select(".own-quiz li").text()).isEqualTo("4 of 1");
        assertThat(a.select("form.quiz")).isEmpty();
        assertThat(a.select(".own-text").text()).isEqualTo("Web (web server).");
        assertThat(a.select(".diagram-text")).isEmpty();
        // Values are escaped as in the rest of Lectern's HTML (quotes too, where jte's default keeps them in text).
        assertThat(Files.readString(tmp.resolve("site/progress/index.html")))
                .contains("<p class=\"own-progress\">Tom &amp; &quot;Jerry&quot;: 1</p>");
    }

    // Checks that an overriding partial with an error is reported at its own file and line.
    @Test
    void errorInAnOverridingPartialIsReportedThere() {
        TestSite.create(tmp).file("content/index.md", "# Home\n")
                .file("theme/templates/partials/footer.jte",
                        "@param dev.lectern.render.PageView page\n<footer>\n${page.nope()}\n</footer>\n");
        BuildResult r = build(tmp.resolve("theme"));
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("theme/templates/partials/footer.jte");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).startsWith("template error:").contains("nope");
        });
        assertThat(Files.exists(tmp.resolve("site"))).isFalse();
    }

    // Checks that a theme file equal to the built-in one does not count as an override (no compilation).
    @Test
    void aCopyOfTheBuiltInThemeIsNoOverride() throws IOException {
        TestSite.create(tmp).file("content/index.md", "# Home\n");
        assertThat(build(TestSite.THEME).diagnostics()).isEmpty();
        assertThat(compiledTemplateSets(tmp.resolve("cache"))).isZero();
        assertThat(Theme.templates(TestSite.THEME).overridden()).isEmpty();
        assertThat(Theme.templates(TestSite.THEME).files()).containsKeys("layout.jte", "partials/footer.jte");
    }

    // Checks that the defaults are relative to the folder holding content/site.yaml, searched upwards.
    @Test
    void projectRootIsTheFolderHoldingContentSiteYaml() {
        TestSite.create(tmp).file("course/content/site.yaml", "title: T\n").file("course/content/a/b/page.md", "# P\n")
                .file("elsewhere/x.txt", "");
        assertThat(ProjectRoot.find(tmp.resolve("course"))).isEqualTo(Path.of(""));
        assertThat(ProjectRoot.find(tmp.resolve("course/content/a/b"))).isEqualTo(Path.of("../../.."));
        assertThat(ProjectRoot.find(tmp.resolve("elsewhere"))).isEqualTo(Path.of(""));
    }

    // Checks that an empty content folder, one without a page, or none, is an error that says how to start.
    @Test
    void emptyOrMissingContentSaysHowToStart() throws IOException {
        Files.createDirectories(tmp.resolve("content"));
        BuildResult empty = build(tmp.resolve("theme"));
        assertThat(empty.ok()).isFalse();
        assertThat(empty.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("content");
            assertThat(d.message()).startsWith("no pages:").contains("lectern new");
        });
        TestSite.create(tmp).file("content/site.yaml", "title: T\n").file("content/img/x.txt", "x");
        assertThat(build(tmp.resolve("theme")).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("no pages:"));
        try (Stream<Path> s = Files.walk(tmp.resolve("content"))) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        BuildResult none = build(tmp.resolve("theme"));
        assertThat(none.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("content folder not found").contains("lectern new"));
        assertThat(Files.exists(tmp.resolve("site"))).isFalse();
    }

    // Checks that a failed build speaks of "the previous one" only when there was a previous site.
    @Test
    void failedBuildMentionsThePreviousSiteOnlyWhenThereWasOne() throws IOException {
        TestSite.create(tmp).file("content/index.md", "---\nlayuot: qa\n---\n# Home\n");
        String[] args = {"build", "--content", tmp.resolve("content").toString(), "--out", tmp.resolve("site").toString(),
                "--cache", tmp.resolve("cache").toString()};
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args)).isEqualTo(1);
        assertThat(err.toString()).contains("the site was not written").doesNotContain("previous");
        Files.createDirectories(tmp.resolve("site"));
        StringWriter again = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(again, true), args)).isEqualTo(1);
        assertThat(again.toString()).contains("the previous one is untouched");
    }
}
