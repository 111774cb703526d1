package dev.lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Whether this process's standard error is a terminal, so that a redrawn progress line makes sense
 * there. Java 17 cannot ask isatty() of one stream ({@code System.console()} needs standard input
 * and output to be terminals and says nothing about standard error), so on Linux this reads where
 * file descriptor 2 points: {@code /proc/self/fd/2} links to a terminal device ({@code /dev/pts/N},
 * {@code /dev/ttyN}, {@code /dev/console}) when stderr is a terminal, and to {@code pipe:[...]}, a file
 * or {@code /dev/null} when it is not. Where there is no {@code /proc} (macOS, Windows), or the link
 * cannot be read, or {@code TERM} is {@code dumb}, the answer is no: fail safe, no progress line.
 */
final class Terminal {
    private static final Pattern DEVICE = Pattern.compile("/dev/(pts/\\d+|tty[A-Za-z0-9]*|console)");

    private Terminal() {}

    static boolean stderrIsTerminal() {
        return isTerminal(Path.of("/proc/self/fd/2"), System.getenv("TERM"));
    }

    /** Whether {@code fdLink} (a {@code /proc/PID/fd/N} link) points to a terminal device that can redraw. */
    static boolean isTerminal(Path fdLink, String term) {
        if ("dumb".equals(term)) return false;
        try {
            return DEVICE.matcher(Files.readSymbolicLink(fdLink).toString()).matches();
        } catch (Exception e) {
            return false; // no /proc, not a link, not allowed: no progress line
        }
    }
}
