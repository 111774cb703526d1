package dev.lectern.serve;

import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildSession;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.util.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code lectern serve} as a whole: builds the site, serves it, watches the sources, rebuilds on
 * every change and tells open pages over {@link LiveEvents}. One thread builds, so builds never
 * overlap; a change that arrives during a build is built right after it, never lost.
 */
public final class Preview implements AutoCloseable {
    /**
     * How long the sources must be quiet before a rebuild starts, and the longest a burst can delay it. An
     * editor's save (a temporary file renamed into place, or a backup then the file) is a burst of events
     * well under a millisecond apart; the quiet period is part of every save-to-reload (12 ms until issue
     * 21 measured it: docs/performance.md, "Start-up and small sites").
     */
    static final long QUIET_MS = 4;
    static final long MAX_DELAY_MS = 300;

    private final BuildOptions options;
    private final String host;
    private final int requestedPort;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BuildGate gate = new BuildGate();
    private final LiveEvents live = new LiveEvents();
    private final BuildSession session;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lectern-live-ping");
        t.setDaemon(true);
        return t;
    });

    private PreviewServer server;
    private SourceWatcher watcher;
    private Thread builder;
    private final RebuildQueue queue = new RebuildQueue(gate);
    private List<String> errors = List.of();
    /** The errors' links to the editor as a JSON field ({@link EditorLinks}), or "". */
    private String links = "";
    private int lastGood;
    /** The last build threw: the next one starts from nothing. */
    private boolean fromNothing;
    /** Runs before every build, with its changed paths; tests make a build throw with it. */
    private volatile Consumer<Set<Path>> beforeBuild = paths -> {};

    public Preview(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.host = host;
        this.requestedPort = port;
        this.out = out;
        this.err = err;
        this.session = new BuildSession(options);
    }

    /** Builds once, starts serving and watching. Returns once the server listens. */
    public void start() throws Exception {
        if (!PreviewServer.isLoopback(host)) {
            err.println("lectern: warning: listening on " + host + ": other machines on the network can read the"
                    + " site, drafts included");
        }
        // Watch first: a save during the first build is then built right after it.
        watcher = new SourceWatcher(List.of(dev.lectern.pipeline.Build.projectContent(options).contentDir(), options.themeDir()),
                List.of(options.outDir(), options.cacheDir()), QUIET_MS, MAX_DELAY_MS,
                queue::settling, batch -> {
                    if (batch != null) batch.removeIf(p -> !session.matters(p));
                    queue.add(batch);
                });
        watcher.start();
        queue.building();
        try {
            build(null, true);
        } catch (RuntimeException | Error e) {
            crashed(e);
        } finally {
            queue.done();
        }
        server = PreviewServer.start(options.outDir(), host, requestedPort, session::basePath, gate, session::laterPaths, live, err);
        builder = new Thread(this::buildLoop, "lectern-build");
        builder.setDaemon(true);
        builder.start();
        pinger.scheduleAtFixedRate(live::ping, 10, 10, TimeUnit.SECONDS);
        out.println("Serving " + url() + " (Ctrl-C to stop)");
        out.flush();
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    private void buildLoop() {
        try {
            while (true) {
                RebuildQueue.Batch batch = queue.take();
                if (batch == null) return; // closed
                try {
                    Set<Path> paths = fromNothing ? null : batch.paths();
                    fromNothing = false;
                    int number = build(paths, false);
                    // The reload is out; the search index catches up while the browser fetches the page.
                    List<String> trailing = session.finishLater();
                    if (!trailing.isEmpty()) {
                        // A page that loaded the index (the reader searched) reloads for the new one.
                        live.publish("reload", "{\"build\":" + number + ",\"paths\":" + Json.write(trailing) + "}",
                                hello(number));
                    }
                } catch (RuntimeException | Error e) {
                    // Any failure of one build (a stack overflow, a bug) is reported; the loop serves on.
                    crashed(e);
                } finally {
                    queue.done();
                }
            }
        } catch (InterruptedException e) {
            // closing
        }
    }

    /** The first build writes everything; later ones write the pages, open the gate for them and send the event. */
    /** Test hook: {@code hook} runs before every build and may throw as a build can. */
    void beforeEachBuild(Consumer<Set<Path>> hook) {
        beforeBuild = hook;
    }

    private int build(Set<Path> changed, boolean first) {
        beforeBuild.accept(changed);
        BuildSession.Outcome o = first ? session.rebuild(changed) : session.rebuildPages(changed);
        if (!first) queue.pagesWritten();
        for (Diagnostic d : o.result().diagnostics()) err.println(d.format());
        String took = String.format(Locale.ROOT, "%.0f ms", o.result().elapsed().toNanos() / 1e6);
        String build = "{\"build\":" + o.number();
        if (!o.result().ok()) {
            List<Diagnostic> failed = o.result().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .toList();
            errors = failed.stream().map(Diagnostic::format).toList();
            links = EditorLinks.field(failed, session.config() == null ? null : session.config().editor());
            err.println("error: build #" + o.number() + " failed in " + took + " with " + errors.size() + " error"
                    + (errors.size() == 1 ? "" : "s") + "; still serving "
                    + (lastGood > 0 ? "build #" + lastGood : "the previous site") + "; fix and save");
            live.publish("errors", build + ",\"errors\":" + Json.write(errors) + links + "}",
                    hello(o.number()));
        } else {
            errors = List.of();
            links = "";
            lastGood = o.number();
            if (first) out.println("Built " + options.outDir() + ": " + o.result().summary());
            else out.println("Rebuilt #" + o.number() + " in " + took + ": " + o.changed().size() + " file"
                    + (o.changed().size() == 1 ? "" : "s") + " changed");
            String event = o.changed().isEmpty() ? "ok"
                    : o.changed().stream().allMatch(p -> p.endsWith(".css")) ? "css" : "reload";
            String json = event.equals("ok") ? build + "}" : build + ",\"paths\":" + Json.write(o.changed()) + "}";
            live.publish(event, json, hello(o.number()));
        }
        out.flush();
        err.flush();
        return o.number();
    }

    /**
     * A build threw instead of reporting: says so in the terminal and in open pages, and starts the
     * next build from nothing, since this one may have left its memory half updated.
     */
    private void crashed(Throwable e) {
        String what = "lectern: build failed: " + e + (e instanceof StackOverflowError
                ? " (content nested too deeply?)" : "") + "; still serving "
                + (lastGood > 0 ? "build #" + lastGood : "the previous site") + "; fix and save";
        errors = List.of(what);
        links = "";
        err.println(what);
        err.flush();
        fromNothing = true;
        int number = session.builds();
        live.publish("errors", "{\"build\":" + number + ",\"errors\":" + Json.write(errors) + "}", hello(number));
    }

    private String hello(int number) {
        return "{\"build\":" + number + ",\"errors\":" + Json.write(errors) + links + "}";
    }

    /** How long {@link #close()} waits for the build under way to finish before it interrupts it. */
    static final long STOP_WAIT_MS = 10_000;

    /**
     * Lets the build under way (and the search index it trails) finish, then ends the build thread: once
     * {@link #close()} returns, nothing writes into the output folder, whose lock {@code serve} then lets go (and
     * a test, its temporary folder). A build that takes longer than {@link #STOP_WAIT_MS} is interrupted.
     */
    private void stopBuilding() throws InterruptedException {
        Thread b = builder;
        if (b == null || b == Thread.currentThread()) return;
        b.join(STOP_WAIT_MS);
        if (b.isAlive()) {
            b.interrupt();
            b.join(STOP_WAIT_MS);
        }
    }

    /** Blocks until {@link #close()} ran (Ctrl-C). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() throws Exception {
        if (closed.getCount() == 0) return;
        try {
            pinger.shutdownNow();
            if (watcher != null) watcher.close();
            queue.close();
            stopBuilding();
            live.closeAll();
            if (server != null) server.close();
        } finally {
            closed.countDown();
        }
    }
}
