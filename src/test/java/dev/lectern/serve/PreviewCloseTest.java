package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Preview#close()} lets the build under way finish and ends the build thread before it returns: after it,
 * nothing writes into the output folder (whose lock {@code serve} then lets go, and a test, its temporary folder;
 * {@code LargeOutlinePreviewTest} once failed to delete its {@code site/s0} under load, a rebuild still writing).
 */
class PreviewCloseTest {
    @TempDir
    Path tmp;

    /** Every file of the output folder with its size and time. */
    private static Map<String, String> listing(Path site) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.toList()) {
                m.put(site.relativize(f).toString(), Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return m;
    }

    // Checks a close while a rebuild runs (held at its start, as a slow build on a loaded machine): close returns
    // once the rebuild has written the edit, and the output folder does not change after it.
    @Test
    void closeWaitsForTheBuildUnderWay() throws Exception {
        Files.createDirectories(tmp.resolve("content"));
        Files.writeString(tmp.resolve("content/index.md"), "# Home\n\n[A](a.md)\n");
        Files.writeString(tmp.resolve("content/a.md"), "# A\n\nSome text to search.\n");
        PreviewFixture site = PreviewFixture.start(tmp);
        CountDownLatch started = new CountDownLatch(1);
        site.preview.beforeEachBuild(paths -> {
            started.countDown();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(600);
            boolean interrupted = false;
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    interrupted = true; // held all the same: a build does not stop at once either
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        });
        try {
            site.write("content/a.md", "# Renamed\n\nSome text to search.\n");
            assertThat(started.await(20, TimeUnit.SECONDS)).as("the edit's rebuild started").isTrue();
        } finally {
            site.close();
        }
        Path out = tmp.resolve("site");
        assertThat(Files.readString(out.resolve("a/index.html"))).as("the build under way finished").contains("Renamed");
        Map<String, String> closed = listing(out);
        assertThat(closed.keySet()).noneMatch(p -> p.endsWith(".lectern-tmp"));
        Thread.sleep(300);
        assertThat(listing(out)).as("nothing written after close").isEqualTo(closed);
    }
}
