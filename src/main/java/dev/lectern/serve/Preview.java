package dev.lectern.serve;

import dev.lectern.build.BuildOptions;
import dev.lectern.build.BuildSession;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code lectern serve} as a whole: builds the site, serves it, watches the sources, rebuilds on
 * every change and tells open pages over {@link LiveEvents}. One thread builds, so builds never
 * overlap; a change that arrives during a build is built right after it, never lost.
 */
public final class Preview implements AutoCloseable {
    /** How long the sources must be quiet before a rebuild starts, and the longest a burst can delay it. */
    static final long QUIET_MS = 12;
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
    // Changes not yet built; null inside means "everything".
    private Set<Path> pending = new HashSet<>();
    private boolean pendingAll;
    private List<String> errors = List.of();
    private int lastGood;

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
        gate.busy(true);
        build(null, true);
        server = PreviewServer.start(options.outDir(), host, requestedPort, session::basePath, gate, live, err);
        watcher = new SourceWatcher(List.of(options.contentDir(), options.themeDir()),
                List.of(options.outDir(), options.cacheDir()), QUIET_MS, MAX_DELAY_MS,
                () -> gate.busy(true), this::changed);
        watcher.start();
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

    private synchronized void changed(Set<Path> paths) {
        if (paths == null) pendingAll = true;
        else pending.addAll(paths);
        notifyAll();
    }

    private void buildLoop() {
        try {
            while (true) {
                Set<Path> batch;
                synchronized (this) {
                    while (pending.isEmpty() && !pendingAll) wait();
                    batch = pendingAll ? null : pending;
                    pending = new HashSet<>();
                    pendingAll = false;
                }
                gate.busy(true);
                try {
                    build(batch, false);
                } catch (RuntimeException e) {
                    err.println("lectern: rebuild failed: " + e);
                    err.flush();
                }
                synchronized (this) {
                    if (pending.isEmpty() && !pendingAll) gate.busy(false);
                }
            }
        } catch (InterruptedException e) {
            // closing
        }
    }

    private void build(Set<Path> changed, boolean first) {
        BuildSession.Outcome o = session.rebuild(changed);
        for (Diagnostic d : o.result().diagnostics()) err.println(d.format());
        String took = String.format(Locale.ROOT, "%.0f ms", o.result().elapsed().toNanos() / 1e6);
        String build = "{\"build\":" + o.number();
        if (!o.result().ok()) {
            errors = o.result().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::format).toList();
            err.println("error: build #" + o.number() + " failed with " + errors.size() + " error"
                    + (errors.size() == 1 ? "" : "s") + "; still serving "
                    + (lastGood > 0 ? "build #" + lastGood : "the previous site") + "; fix and save");
            live.publish("errors", build + ",\"errors\":" + Json.strings(errors) + "}", hello(o.number()));
        } else {
            errors = List.of();
            lastGood = o.number();
            if (first) out.println("Built " + options.outDir() + ": " + o.result().summary());
            else out.println("Rebuilt #" + o.number() + " in " + took + ": " + o.changed().size() + " file"
                    + (o.changed().size() == 1 ? "" : "s") + " changed");
            String event = o.changed().isEmpty() ? "ok"
                    : o.changed().stream().allMatch(p -> p.endsWith(".css")) ? "css" : "reload";
            String json = event.equals("ok") ? build + "}" : build + ",\"paths\":" + Json.strings(o.changed()) + "}";
            live.publish(event, json, hello(o.number()));
        }
        out.flush();
        err.flush();
        if (first) gate.busy(false);
    }

    private String hello(int number) {
        return "{\"build\":" + number + ",\"errors\":" + Json.strings(errors) + "}";
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
            if (builder != null) builder.interrupt();
            live.closeAll();
            if (server != null) server.close();
        } finally {
            closed.countDown();
        }
    }
}
