package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Waits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written after a build's pages (the search index): between the reload and their writing,
 * pages are served at once and a request for such a file waits for the new one.
 */
class TrailingFilesTest {
    // While only the search index is still being written, a page is served and the index request waits for the new bytes.
    @Test
    void indexRequestWaitsForTheNewIndexWhilePagesAreServed(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("search"));
        Files.writeString(out.resolve("index.html"), "<!DOCTYPE html><title>Home</title><p>New page.");
        Files.writeString(out.resolve("search/index.js"), "lecternSearch(\"old\");\n");
        BuildGate gate = new BuildGate();
        gate.busy(false, true);
        try (PreviewServer server = PreviewServer.start(out, "127.0.0.1", 0, () -> "/", gate,
                () -> Set.of("search/index.js"), new LiveEvents(), new PrintWriter(new StringWriter()))) {
            assertThat(Http.get(server.port(), "/").body()).contains("New page.");
            CompletableFuture<Http.Reply> search = CompletableFuture.supplyAsync(() -> {
                try {
                    return Http.get(server.port(), "/search/index.js");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // the request reached the gate and waits there: from now on only the gate can release it
            Waits.anyParkedIn(BuildGate.class, "awaitIdle");
            assertThat(search).as("the old index is not served meanwhile").isNotCompleted();
            Files.writeString(out.resolve("search/index.js"), "lecternSearch(\"new\");\n");
            gate.busy(false, false);
            assertThat(search.get(5, TimeUnit.SECONDS).body()).isEqualTo("lecternSearch(\"new\");\n");
        }
    }
}
