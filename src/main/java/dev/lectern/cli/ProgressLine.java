package dev.lectern.cli;

import dev.lectern.pipeline.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one progress line a long build shows on a terminal's standard error, such as
 * {@code rendering 4,213/10,000 pages}: drawn once the build has taken {@link #DELAY_MS} (so quick
 * builds print nothing extra), redrawn in place with {@code \r} at most ten times a second by a
 * daemon timer thread, and cleared by {@link #close()} before the summary is printed. Counting a page
 * is one atomic increment; the build never waits for the terminal.
 */
final class ProgressLine implements BuildProgress, AutoCloseable {
    /** How long a build runs before the line appears, in milliseconds. */
    static final long DELAY_MS = 1000;
    /** A system property that overrides {@link #DELAY_MS} (tests: {@code -Dlectern.progress.delay=0}). */
    static final String DELAY_PROPERTY = "lectern.progress.delay";
    static final long REDRAW_MS = 100;

    private final PrintWriter err;
    private final long delayNanos;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final ScheduledExecutorService timer;
    private volatile String stage = "starting";
    private volatile int total;
    private String shown = "";
    private boolean closed;

    private ProgressLine(PrintWriter err, long delayMs) {
        this.err = err;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMs);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lectern-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, delayMs, REDRAW_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * A progress line on {@code err} when {@code terminal} (standard error is a terminal, see
     * {@link Terminal}) and not {@code quiet}; otherwise one that shows nothing.
     */
    static Shown start(PrintWriter err, boolean terminal, boolean quiet) {
        if (!terminal || quiet) return new Shown(BuildProgress.NONE, () -> {});
        ProgressLine line = new ProgressLine(err, delayMs());
        return new Shown(line, line::close);
    }

    /** The listener to pass to the build, and what clears the line afterwards. */
    record Shown(BuildProgress progress, Runnable clear) implements AutoCloseable {
        @Override
        public void close() {
            clear.run();
        }
    }

    static long delayMs() {
        try {
            return Math.max(0, Long.parseLong(System.getProperty(DELAY_PROPERTY, String.valueOf(DELAY_MS))));
        } catch (NumberFormatException e) {
            return DELAY_MS;
        }
    }

    /** The line's text: {@code rendering 4,213/10,000 pages}, or {@code checking links...} for a stage without pages. */
    static String text(String stage, int done, int total) {
        if (total <= 0) return stage + "...";
        return String.format(Locale.ROOT, "%s %,d/%,d page%s", stage, Math.min(done, total), total,
                total == 1 ? "" : "s");
    }

    /**
     * What redraws {@code before} as {@code now} in place: back to the start of the line, the new
     * text, and spaces over what is left of a longer old one.
     */
    static String redraw(String before, String now) {
        return "\r" + now + " ".repeat(Math.max(0, before.length() - now.length()));
    }

    /** What clears a shown line: back to its start, spaces over it, back to its start. */
    static String clear(String shown) {
        return shown.isEmpty() ? "" : "\r" + " ".repeat(shown.length()) + "\r";
    }

    @Override
    public void stage(String name, int pages) {
        total = 0;
        done.set(0);
        stage = name;
        total = pages;
        if (System.nanoTime() - start >= delayNanos) draw();
    }

    @Override
    public void page() {
        done.incrementAndGet();
    }

    private synchronized void draw() {
        if (closed) return;
        String now = text(stage, done.get(), total);
        if (now.equals(shown)) return;
        err.print(redraw(shown, now));
        err.flush();
        shown = now;
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        timer.shutdownNow();
        err.print(clear(shown));
        err.flush();
        shown = "";
    }
}
