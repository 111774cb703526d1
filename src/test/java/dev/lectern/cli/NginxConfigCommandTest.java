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
                "    error_page 404 /course/404.html;\n");
        assertThat(err.toString()).isEmpty();
    }

    // Checks that --base-path overrides site.yaml and that a missing site gives a warning, not a failure.
    @Test
    void basePathOptionAndMissingSite() {
        assertThat(run("nginx-config", "--out", tmp.resolve("nothing").toString(), "--content",
                tmp.resolve("content").toString(), "--base-path", "docs")).isEqualTo(0);
        assertThat(out.toString()).contains("    listen 80;\n", "    server_name _;\n", "    location /docs/ {\n");
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
}
