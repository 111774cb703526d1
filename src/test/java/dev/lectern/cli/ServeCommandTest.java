package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import dev.lectern.testing.Waits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern serve} run as a command: {@code --open} hands the served address to the browser opener
 * (recorded here instead of starting a browser), and listening beyond this machine warns. Each run is
 * stopped by interrupting its thread, as Ctrl-C stops it, and must then exit 0.
 */
class ServeCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void recordTheOpener() {
        ServeCommand.opener = (url, e) -> opened.add(url);
        TestSite.create(tmp).file("content/index.md", "# Home\n\nServed by the test.\n");
    }

    @AfterEach
    void restoreTheOpener() {
        ServeCommand.opener = Browsers::open;
    }

    /** Runs {@code lectern serve ARGS} on a thread of its own; its future completes with the exit code. */
    private CompletableFuture<Integer> serve(Thread[] thread, String... args) {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        List<String> all = new java.util.ArrayList<>(List.of("serve", "--content", tmp.resolve("content").toString(),
                "--theme", TestSite.THEME.toString(), "--cache", TestSite.CACHE.toString(),
                "--out", tmp.resolve("site").toString()));
        all.addAll(List.of(args));
        thread[0] = new Thread(() -> exit.complete(Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                all.toArray(String[]::new))), "test-serve");
        thread[0].start();
        return exit;
    }

    private static int freePort(String host) throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return s.getLocalPort();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // Checks that --open hands the served address (this machine's, though it listens on every interface) to the
    // opener once, the page is served there, and listening on 0.0.0.0 warns that other machines can read the site.
    @Test
    void openOpensTheServedAddressAndOtherHostsAreWarnedOf() throws Exception {
        int port = freePort("0.0.0.0");
        Thread[] thread = new Thread[1];
        CompletableFuture<Integer> exit = serve(thread, "--open", "--host", "0.0.0.0", "--port", String.valueOf(port));
        try {
            // parked until Ctrl-C: the command has done all it does on start, the opener call included
            Waits.parkedIn(thread[0], dev.lectern.serve.Preview.class, "awaitClosed", WAIT);
            assertThat(opened).hasSize(1);
            String url = opened.get(0);
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/");
            assertThat(out.toString()).contains("Serving " + url + " (Ctrl-C to stop)");
            HttpResponse<String> home = get(url);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Served by the test.");
            assertThat(err.toString()).contains("lectern: warning: listening on 0.0.0.0: other machines on the network"
                    + " can read the site, drafts included");
        } finally {
            thread[0].interrupt();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(opened).hasSize(1);
    }

    // Checks that without --open no browser is opened, and that on this machine's own address nothing is warned of.
    @Test
    void withoutOpenNothingIsOpenedAndLoopbackIsNotWarnedOf() throws Exception {
        Thread[] thread = new Thread[1];
        CompletableFuture<Integer> exit = serve(thread, "--port", String.valueOf(freePort("127.0.0.1")));
        try {
            Waits.parkedIn(thread[0], dev.lectern.serve.Preview.class, "awaitClosed", WAIT);
            // the command calls the opener, if at all, before it waits for Ctrl-C
            assertThat(opened).isEmpty();
            String url = out.toString().replaceFirst("(?s).*Serving (\\S+) .*", "$1");
            assertThat(get(url).body()).contains("Served by the test.");
        } finally {
            thread[0].interrupt();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString()).doesNotContain("warning");
    }
}
