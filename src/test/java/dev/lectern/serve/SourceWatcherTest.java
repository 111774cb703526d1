package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import dev.lectern.testing.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source watcher under load: writes that never pause, and more events than the platform's watcher keeps. */
class SourceWatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    // Checks that writes that never leave the folder quiet (here for 2 s, the quiet period of this watcher) are
    // handed over after the maximum delay (100 ms), while they go on, rather than only once they stop.
    @Test
    void continuousWritesAreHandedOverAfterTheMaximumDelay(@TempDir Path dir) throws Exception {
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        Path page = dir.resolve("page.md");
        Files.writeString(page, "first");
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir), List.of(), 2_000, 100, () -> {},
                b -> batches.add(b == null ? Set.of(Path.of("<everything>")) : b))) {
            watcher.start();
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int writes = 0;
            // never a pause of 2 s: only the maximum delay can end this batch before the loop's 30 s
            while (batches.isEmpty() && System.nanoTime() < end) Files.writeString(page, "write " + writes++);
            assertThat(batches).as("a batch while writing went on (" + writes + " writes)").isNotEmpty();
            assertThat(batches.peek()).contains(page);
        }
    }

    // Checks that when the platform's watcher overflows (more events than it keeps for one folder: 600 pages saved
    // while the watch thread is held at its first event, the home page), the preview rebuilds everything: every saved
    // page is served as saved, though no event named it.
    @Test
    void anOverflowRebuildsEverything(@TempDir Path tmp) throws Exception {
        int pages = 600;
        TestSite site0 = TestSite.create(tmp).file("content/index.md", "# Home\n");
        for (int i = 0; i < pages; i++) site0.file("content/bulk/page-" + i + ".md", "# Page " + i + "\n");
        try (PreviewFixture site = PreviewFixture.start(tmp); LiveClient live = new LiveClient(site.eventsUrl())) {
            assertThat(live.next(WAIT).name()).isEqualTo("hello");
            java.lang.reflect.Field field = Preview.class.getDeclaredField("queue");
            field.setAccessible(true);
            Object queue = field.get(site.preview);
            List<String> builds = new java.util.concurrent.CopyOnWriteArrayList<>();
            site.preview.beforeEachBuild(paths -> builds.add(paths == null ? "everything" : paths.size() + " paths"));
            synchronized (queue) {
                // the watch thread reports the first change to the queue, and waits there for this lock
                Files.writeString(tmp.resolve("content/index.md"), "# Home\n\nSaved first.\n");
                Waits.until("the watch thread held at its first event", WAIT, () -> Thread.getAllStackTraces().keySet()
                        .stream().anyMatch(t -> t.getName().equals("lectern-watch") && t.getState() == Thread.State.BLOCKED
                                && Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().equals(RebuildQueue.class.getName()))));
                for (int i = 0; i < pages; i++) {
                    Files.writeString(tmp.resolve("content/bulk/page-" + i + ".md"), "# Saved page " + i + "\n");
                }
            }
            live.until(e -> e.name().equals("reload") && e.data().contains("\"bulk/page-" + (pages - 1) + "/index.html\""), WAIT);
            for (int i : new int[] {0, 1, pages / 2, pages - 1}) {
                Http.Reply r = Http.get(site.port(), "/bulk/page-" + i + "/");
                assertThat(r.status()).as("page " + i).isEqualTo(200);
                assertThat(r.body()).as("page " + i).contains("<h1>Saved page " + i + "</h1>");
            }
            assertThat(Http.get(site.port(), "/").body()).contains("Saved first.");
            assertThat(builds).as("the builds since the first, by what they were told changed").contains("everything");
            assertThat(site.err.toString()).doesNotContain("error");
        }
    }

}
