package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.cli.Main;
import dev.lectern.testing.TestSite;
import dev.lectern.pipeline.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edges of {@code lectern serve} that no other test reached: a port in use, a site without a 404 page. */
class ServeEdgesTest {
    @TempDir
    Path tmp;

    /** {@code n} listening sockets on consecutive loopback ports. */
    private static List<ServerSocket> consecutivePorts(int n) throws IOException {
        for (int tries = 0; tries < 50; tries++) {
            List<ServerSocket> held = new ArrayList<>();
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int base = probe.getLocalPort();
                probe.close();
                for (int p = base; p < base + n && p <= 65535; p++) held.add(new ServerSocket(p, 1, InetAddress.getLoopbackAddress()));
                if (held.size() == n) return held;
            } catch (IOException taken) {
                // another program has one of them: try elsewhere
            }
            for (ServerSocket s : held) s.close();
        }
        throw new IllegalStateException("no " + n + " consecutive free ports");
    }

    // Checks that a port in use makes the preview server say so and take the next free one.
    @Test
    void portInUseMovesToTheNextPort() throws Exception {
        TestSite.create(tmp).file("content/index.md", "# Home\n");
        List<ServerSocket> busy = consecutivePorts(1);
        int port = busy.get(0).getLocalPort();
        StringWriter err = new StringWriter();
        Preview preview = new Preview(BuildOptions.builder().content(tmp.resolve("content")).theme(TestSite.THEME)
                .out(tmp.resolve("site")).cache(TestSite.CACHE)
                .preview(true).build(), "127.0.0.1", port, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        try {
            preview.start();
            assertThat(preview.port()).isNotEqualTo(port);
            assertThat(err.toString()).contains("lectern: port " + port + " is in use; serving on port "
                    + preview.port() + " instead");
            assertThat(Http.get(preview.port(), "/").body()).contains("<h1>Home</h1>");
        } finally {
            preview.close();
            busy.get(0).close();
        }
    }

    // Checks that when the port and the next ones are all in use, `lectern serve` ends with exit code 2 and the reason.
    @Test
    void allPortsInUseExitsWithUsageCode() throws Exception {
        TestSite.create(tmp).file("content/index.md", "# Home\n");
        List<ServerSocket> busy = consecutivePorts(20);
        int port = busy.get(0).getLocalPort();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve",
                    "--content", tmp.resolve("content").toString(), "--theme", TestSite.THEME.toString(),
                    "--cache", TestSite.CACHE.toString(), "--out", tmp.resolve("site").toString(),
                    "--port", String.valueOf(port));
            assertThat(exit).as(err.toString()).isEqualTo(2);
            assertThat(err.toString()).startsWith("lectern: cannot listen on 127.0.0.1:" + (port + 19) + ": ");
            assertThat(out.toString()).doesNotContain("Serving ");
        } finally {
            for (ServerSocket s : busy) s.close();
        }
    }

    // Checks that without a 404.html in the output the server answers a missing page with its own small 404 page.
    @Test
    void builtIn404WithoutANotFoundPage() throws Exception {
        Files.writeString(tmp.resolve("index.html"), "<!DOCTYPE html><title>Home</title><p>Home.");
        try (PreviewServer server = PreviewServer.start(tmp, "127.0.0.1", 0, () -> "/", new BuildGate(), Set::of,
                new LiveEvents(), new PrintWriter(new StringWriter()))) {
            Http.Reply r = Http.get(server.port(), "/no/such/page/");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.header("content-type")).isEqualTo("text/html;charset=utf-8");
            assertThat(r.body()).isEqualTo("<!DOCTYPE html><title>Not found</title><p>Not found.</p>");
            // with a 404.html, that page is served instead
            Files.writeString(tmp.resolve("404.html"), "<!DOCTYPE html><title>Lost</title><p>Our own.");
            assertThat(Http.get(server.port(), "/no/such/page/").body()).contains("Our own.");
        }
    }
}
