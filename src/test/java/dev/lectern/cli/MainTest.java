package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes 0 (ok), 1 (content errors), 2 (usage), and what it prints. */
class MainTest {
    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    String[] buildArgs(String command) {
        return new String[] {command, "--content", tmp.resolve("content").toString(), "--theme",
                TestSite.THEME.toString(), "--out", tmp.resolve("site").toString(), "--cache", TestSite.CACHE.toString()};
    }

    // Checks that a good build exits 0 and prints one summary line (home, 404, progress and review pages).
    @Test
    void buildOk() {
        TestSite.create(tmp).file("content/index.md", "# Home\n");
        assertThat(run(buildArgs("build"))).isEqualTo(0);
        assertThat(out.toString()).matches("(?s)Built .*site: 4 pages, 0 quizzes, 0 diagrams, 0 warnings in \\d+\\.\\d\\d s\\R");
        assertThat(Files.exists(tmp.resolve("site/index.html"))).isTrue();
    }

    // Checks that content errors exit 1 and print file:line:col lines.
    @Test
    void contentErrorsExitOne() {
        TestSite.create(tmp).file("content/index.md", "---\nlayuot: qa\n---\n# Home\n");
        assertThat(run(buildArgs("build"))).isEqualTo(1);
        assertThat(err.toString()).contains(
                "content/index.md:2:1: error: unknown front matter key `layuot`; did you mean `layout`?");
        assertThat(err.toString()).contains("error: 1 error found");
    }

    // Checks that `check` finds the same errors but never writes.
    @Test
    void checkWritesNothing() {
        TestSite.create(tmp).file("content/index.md", "# Home\n");
        assertThat(run(buildArgs("check"))).isEqualTo(0);
        assertThat(out.toString()).startsWith("Checked: 4 pages");
        assertThat(Files.exists(tmp.resolve("site"))).isFalse();
    }

    // Checks that usage errors exit 2 with a hint.
    @Test
    void usageErrorsExitTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    // Checks --version and --help.
    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString()).startsWith("lectern ");
        assertThat(run("build", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("--base-path=P").contains("--drafts");
    }
}
