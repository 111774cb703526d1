package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Needs;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Tool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line in its own process, with standard error a pseudo-terminal (util-linux
 * {@code script}) or a pipe. The line's delay is set to 0 ({@code -Dlectern.progress.delay=0}) so a
 * small site shows it; the one-second default is the only difference from a user's build.
 */
@Needs(Tool.SCRIPT)
class ProgressTerminalTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void site() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n[One](p1.md)\n");
        for (int i = 1; i <= 30; i++) site.file("content/p" + i + ".md", "# Page " + i + "\n\nSome text.\n");
    }

    private List<String> command(String... extra) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ProgressLine.DELAY_PROPERTY + "=0", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--content", tmp.resolve("content").toString(),
                "--theme", TestSite.THEME.toString(), "--out", tmp.resolve("site").toString(),
                "--cache", TestSite.CACHE.toString()));
        c.addAll(List.of(extra));
        return c;
    }

    /** Runs the command under a pseudo-terminal; returns all it printed (stdout and stderr share the terminal). */
    private String underTerminal(List<String> command) throws Exception {
        StringBuilder shell = new StringBuilder();
        for (String a : command) shell.append('\'').append(a.replace("'", "'\\''")).append("' ");
        Process p = new ProcessBuilder(Tool.SCRIPT.require().toString(), "-qec", shell.toString(), "/dev/null")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(printed).isZero();
        return printed;
    }

    // Checks that on a terminal the build draws its stages on one line (\r, no newline between them), with
    // page counts, and clears the line before the summary.
    @Test
    void terminalShowsOneLineThenTheSummary() throws Exception {
        String printed = underTerminal(command());
        // lectern build parses most pages while it renders them (StreamStage): "parsing" may show no count of its own
        assertThat(printed).contains("\rloading...", "\rparsing", "\rrendering 0/31 pages", "\rwriting...");
        assertThat(printed).containsPattern("\r {10,}\rBuilt .*: 34 pages");
        String beforeSummary = printed.substring(0, printed.indexOf("Built "));
        assertThat(beforeSummary).doesNotContain("\n");
    }

    // Checks that --quiet on a terminal prints neither the line nor the summary.
    @Test
    void quietPrintsNothing() throws Exception {
        assertThat(underTerminal(command("--quiet"))).isEmpty();
    }

    // Checks that with stderr a pipe (as in CI logs) there is no progress line, only the summary.
    @Test
    void pipeShowsNoLine() throws Exception {
        Process p = new ProcessBuilder(command()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(out).startsWith("Built ").contains("34 pages").doesNotContain("\r");
    }
}
