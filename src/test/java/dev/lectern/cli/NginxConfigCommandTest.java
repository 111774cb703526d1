package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern build --compress} and {@code lectern nginx-config} from the command line. */
class NginxConfigCommandTest {
    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    // Checks that the block names the site folder as an absolute root, the port, server name and base path.
    @Test
    void printsServerBlock() {
        TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/site.yaml", "base_path: /course/\n");
        assertThat(run("build", "--content", tmp.resolve("content").toString(), "--theme", TestSite.THEME.toString(),
                "--out", tmp.resolve("site").toString(), "--cache", TestSite.CACHE.toString(), "--compress")).isEqualTo(0);
        assertThat(tmp.resolve("site/index.html.gz")).exists();
        out.getBuffer().setLength(0);
        assertThat(run("nginx-config", "--out", tmp.resolve("site").toString(), "--content",
                tmp.resolve("content").toString(), "--port", "8089", "--server-name", "course.example.org")).isEqualTo(0);
        assertThat(out.toString()).contains("    listen 8089;\n", "    server_name course.example.org;\n",
                "        alias \"" + tmp.resolve("site").toAbsolutePath() + "/\";\n",
                "    error_page 404 \"/course/404.html\";\n");
        assertThat(err.toString()).isEmpty();
    }

    // Checks that --base-path overrides site.yaml and that a missing site gives a warning, not a failure.
    @Test
    void basePathOptionAndMissingSite() {
        assertThat(run("nginx-config", "--out", tmp.resolve("nothing").toString(), "--content",
                tmp.resolve("content").toString(), "--base-path", "docs")).isEqualTo(0);
        assertThat(out.toString()).contains("    listen 80;\n", "    server_name _;\n", "    location \"/docs/\" {\n");
        assertThat(err.toString().strip()).isEqualTo("lectern: warning: " + tmp.resolve("nothing").toAbsolutePath()
                + " holds no built site yet; run `lectern build` first");
        assertThat(Files.exists(tmp.resolve("nothing"))).isFalse();
    }

    // Checks that a port out of range is a usage error (exit 2) with one clear line.
    @Test
    void badPort() {
        assertThat(run("nginx-config", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("lectern: --port must be between 1 and 65535, not 70000");
        assertThat(out.toString()).isEmpty();
    }

    // Checks that a base path with characters Nginx would read as syntax or variables is a usage error, from the
    // option and from site.yaml (at its line and column), and nothing is printed for Nginx.
    @Test
    void basePathMustBeAPlainUrlPath() {
        for (String bad : new String[] {"/my course/", "/$host/", "/a;b/", "/a\"b/", "/{x}/", "/%41/", "/../", "/.git/"}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(run("nginx-config", "--out", tmp.resolve("site").toString(), "--base-path", bad)).as(bad).isEqualTo(2);
            assertThat(err.toString()).as(bad).startsWith("lectern: Invalid value for option '--base-path': base path `"
                    + bad + "` is not a plain URL path: use letters, digits, `-`, `_`, `~` and (not first) `.` between"
                    + " slashes, e.g. /course/" + System.lineSeparator());
            assertThat(out.toString()).isEmpty();
        }
        TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/site.yaml", "title: T\nbase_path: /$host/\n");
        assertThat(run("nginx-config", "--out", tmp.resolve("site").toString(), "--content",
                tmp.resolve("content").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(tmp.resolve("content/site.yaml").toAbsolutePath() + ":2:12: error: `base_path` `/$host/`"
                + " is not a plain URL path: use letters, digits, `-`, `_`, `~` and (not first) `.` between slashes, e.g. /course/");
        assertThat(out.toString()).isEmpty();
        err.getBuffer().setLength(0);
        assertThat(run("build", "--content", tmp.resolve("content").toString(), "--theme", TestSite.THEME.toString(),
                "--out", tmp.resolve("site").toString(), "--cache", TestSite.CACHE.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("site.yaml:2:12: error: `base_path` `/$host/` is not a plain URL path");
        assertThat(run("build", "--content", tmp.resolve("content").toString(), "--theme", TestSite.THEME.toString(),
                "--out", tmp.resolve("site").toString(), "--cache", TestSite.CACHE.toString(), "--base-path",
                "/my course/")).isEqualTo(2);
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    // Checks that a site folder whose path Nginx would read as a variable or a line break is refused.
    @Test
    void siteFolderPathMustBePlainForNginx() {
        assertThat(run("nginx-config", "--out", tmp.resolve("$host/site").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("lectern: the site folder " + tmp.resolve("$host/site") + " holds `$` or a"
                + " control character, which Nginx would read as a variable or a line break; build into a plainer path"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        err.getBuffer().setLength(0);
        assertThat(run("nginx-config", "--out", tmp.resolve("a\n}\nserver {").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("lectern: the site folder " + tmp.resolve("a?}?server {"));
    }

    // Checks that a good base path is accepted as it is, with dots and tildes inside, and the root in every spelling.
    @Test
    void plainBasePathsAccepted() {
        for (String root : new String[] {"/", "", " / ", "course", "course/", "/course"}) {
            assertThat(dev.lectern.config.SiteConfig.basePathProblem(root)).as(root).isNull();
        }
        TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/site.yaml", "title: T\nbase_path: /\n");
        assertThat(run("nginx-config", "--out", tmp.resolve("site").toString(), "--content",
                tmp.resolve("content").toString(), "--base-path", "/")).isEqualTo(0);
        assertThat(run("nginx-config", "--out", tmp.resolve("site").toString(), "--content",
                tmp.resolve("content").toString())).isEqualTo(0);
        out.getBuffer().setLength(0);
        assertThat(run("nginx-config", "--out", tmp.resolve("site").toString(), "--base-path", "/~me/v1.2/course_a-b/")).isEqualTo(0);
        assertThat(out.toString()).contains("    location \"/~me/v1.2/course_a-b/\" {\n");
    }
}
