package dev.lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.cli.Main;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern new DIR}, then {@code build} and {@code check} of what it wrote. */
class StarterTest {
    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String[] buildArgs(String command, Path course) {
        return new String[] {command, "--content", course.resolve("content").toString(), "--out",
                course.resolve("site").toString(), "--cache", TestSite.CACHE.toString()};
    }

    private Document page(Path course, String path) throws IOException {
        return Jsoup.parse(Files.readString(course.resolve("site").resolve(path)));
    }

    // Checks that the starter builds and checks without a warning, and that every file it writes shows in the site.
    @Test
    void newThenBuildThenCheck() throws IOException {
        Path course = tmp.resolve("my-first_course");
        assertThat(run("new", course.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("Created ").contains("9 files").contains("lectern serve");
        try (Stream<Path> s = Files.walk(course)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> course.relativize(p).toString()).sorted().toList())
                    .containsExactly(".gitignore", "README.md", "content/basics/how-a-request-travels.md",
                            "content/basics/index.md", "content/glossary.yaml", "content/index.md",
                            "content/practice/check-yourself.md", "content/practice/index.md", "content/site.yaml");
        }
        assertThat(run(buildArgs("build", course))).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("0 warnings");
        assertThat(run(buildArgs("check", course))).isEqualTo(0);
        assertThat(err.toString()).isEmpty();

        // site.yaml: the title made from the folder's name; every setting listed.
        Document home = page(course, "index.html");
        assertThat(home.select(".site-title").text()).isEqualTo("My first course");
        assertThat(home.select("main h1").text()).isEqualTo("Welcome");
        String settings = Files.readString(course.resolve("content/site.yaml"));
        for (String key : List.of("description", "language", "base_path", "base_url", "raw_html", "compress",
                "repository", "edit_branch", "repo_url", "edit_uri", "logo", "favicon", "extra_css", "extra_js",
                "accent_color", "footer", "nav")) {
            assertThat(settings).contains("# " + key + ":");
        }
        // Two sections, in their weight order, each with its page.
        assertThat(home.select(".outline > li.outline-section > a").eachText()).containsExactly("Basics", "Practice");
        // The diagram: a load balancer, two web servers, one database (and the visitor).
        Document diagram = page(course, "basics/how-a-request-travels/index.html");
        assertThat(diagram.select("figure[data-diagram] svg").first().select("[data-node]").eachAttr("data-node"))
                .containsExactlyInAnyOrder("user", "lb", "web1", "web2", "db");
        assertThat(diagram.select("form.quiz")).hasSize(1);
        // The quiz: three types of question.
        Document quiz = page(course, "practice/check-yourself/index.html");
        assertThat(quiz.select("[data-question]").eachAttr("data-type")).containsExactly("single", "truefalse", "text");
        // The glossary: two terms, one used on a page.
        Document glossary = page(course, "glossary/index.html");
        assertThat(glossary.select("dt").eachText()).contains("Load balancer", "Single point of failure");
        assertThat(home.select("main a.term").eachText()).containsExactly("load balancer");
        assertThat(diagram.select("main a.term").eachText()).contains("single point of failure");
        // .gitignore keeps the output, what a build keeps beside it (the lock) and the cache out of git; the
        // README has five lines.
        assertThat(Files.readAllLines(course.resolve(".gitignore"))).containsExactly("site/", ".site.*", ".lectern-cache/");
        try (Stream<Path> s = Files.list(course)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList()).isNotEmpty();
        }
        List<String> readme = Files.readAllLines(course.resolve("README.md"));
        assertThat(readme).hasSize(5).first().isEqualTo("# My first course");
    }

    // Checks that `new` refuses a folder that is not empty (and a file), and writes nothing there.
    @Test
    void refusesANonEmptyFolder() throws IOException {
        Path course = tmp.resolve("course");
        Files.createDirectories(course);
        Files.writeString(course.resolve("notes.txt"), "mine");
        assertThat(run("new", course.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not empty").contains("new or empty folder");
        try (Stream<Path> s = Files.list(course)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
        assertThat(run("new", course.resolve("notes.txt").toString())).isEqualTo(1);
        assertThat(Files.readString(course.resolve("notes.txt"))).isEqualTo("mine");
        // An empty folder is fine.
        Files.createDirectories(tmp.resolve("empty"));
        assertThat(run("new", tmp.resolve("empty").toString())).isEqualTo(0);
        assertThat(Files.exists(tmp.resolve("empty/content/index.md"))).isTrue();
    }
}
