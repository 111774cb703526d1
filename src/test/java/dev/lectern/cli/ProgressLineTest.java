package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.BuildProgress;
import dev.lectern.testing.Waits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's progress line: its text, how it is redrawn and cleared, and when it is shown at all. */
class ProgressLineTest {
    @TempDir
    Path tmp;

    // Checks the line's text: thousands separated, done never past total, a stage without pages ends in "...".
    @Test
    void text() {
        assertThat(ProgressLine.text("rendering", 4213, 10000)).isEqualTo("rendering 4,213/10,000 pages");
        assertThat(ProgressLine.text("parsing", 0, 1)).isEqualTo("parsing 0/1 page");
        assertThat(ProgressLine.text("parsing", 12, 10)).isEqualTo("parsing 10/10 pages");
        assertThat(ProgressLine.text("checking links", 0, 0)).isEqualTo("checking links...");
    }

    // Checks that a redraw goes back to the line's start and blanks what a longer line left, and that
    // clearing blanks the whole line and returns to its start (so the summary prints on a clean line).
    @Test
    void redrawAndClear() {
        assertThat(ProgressLine.redraw("", "loading...")).isEqualTo("\rloading...");
        assertThat(ProgressLine.redraw("rendering 9/10 pages", "writing...")).isEqualTo("\rwriting..." + " ".repeat(10));
        assertThat(ProgressLine.clear("writing...")).isEqualTo("\r" + " ".repeat(10) + "\r");
        assertThat(ProgressLine.clear("")).isEmpty();
    }

    // Checks a whole run without a delay: each stage drawn in place as it begins, the count as pages are done,
    // and the line cleared at the end.
    @Test
    void drawsStagesAndClears() throws Exception {
        StringWriter sink = new StringWriter();
        String before = System.getProperty(ProgressLine.DELAY_PROPERTY);
        System.setProperty(ProgressLine.DELAY_PROPERTY, "0");
        try (ProgressLine.Shown shown = ProgressLine.start(new PrintWriter(sink), true, false)) {
            BuildProgress p = shown.progress();
            p.stage("rendering", 3);
            p.page();
            p.page();
            Waits.until("the count redrawn", java.time.Duration.ofSeconds(10),
                    () -> sink.toString().contains("\rrendering 2/3 pages"));
            p.stage("writing", 0);
        } finally {
            if (before == null) System.clearProperty(ProgressLine.DELAY_PROPERTY);
            else System.setProperty(ProgressLine.DELAY_PROPERTY, before);
        }
        String printed = sink.toString();
        assertThat(printed).contains("\rrendering 0/3 pages", "\rrendering 2/3 pages", "\rwriting...");
        assertThat(printed).endsWith("\rwriting..." + " ".repeat(9) + "\r" + " ".repeat(10) + "\r");
    }

    // Checks that nothing is printed when stderr is not a terminal, with --quiet, or before the delay.
    @Test
    void silentWhenNotWanted() throws Exception {
        StringWriter sink = new StringWriter();
        for (boolean[] c : new boolean[][] {{false, false}, {true, true}, {false, true}}) {
            try (ProgressLine.Shown shown = ProgressLine.start(new PrintWriter(sink), c[0], c[1])) {
                shown.progress().stage("rendering", 3);
                shown.progress().page();
            }
        }
        try (ProgressLine.Shown shown = ProgressLine.start(new PrintWriter(sink), true, false)) {
            shown.progress().stage("rendering", 3); // well within the default delay of a second
        }
        assertThat(sink.toString()).isEmpty();
    }

    // Checks the terminal test on /proc-style links: terminal devices yes; pipes, files, /dev/null, a plain
    // file, a missing link and TERM=dumb no.
    @Test
    void terminalDetection() throws Exception {
        assertThat(Terminal.isTerminal(link("pts", "/dev/pts/3"), "xterm")).isTrue();
        assertThat(Terminal.isTerminal(link("tty", "/dev/tty1"), null)).isTrue();
        assertThat(Terminal.isTerminal(link("pts-dumb", "/dev/pts/3"), "dumb")).isFalse();
        assertThat(Terminal.isTerminal(link("pipe", "pipe:[81234]"), "xterm")).isFalse();
        assertThat(Terminal.isTerminal(link("null", "/dev/null"), "xterm")).isFalse();
        assertThat(Terminal.isTerminal(link("file", "/home/me/build.log"), "xterm")).isFalse();
        assertThat(Terminal.isTerminal(Files.writeString(tmp.resolve("plain"), "x"), "xterm")).isFalse();
        assertThat(Terminal.isTerminal(tmp.resolve("missing"), "xterm")).isFalse();
    }

    private Path link(String name, String target) throws Exception {
        return Files.createSymbolicLink(tmp.resolve(name), Path.of(target));
    }
}
