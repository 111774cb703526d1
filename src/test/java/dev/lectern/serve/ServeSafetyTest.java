package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.cli.Main;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern serve} against bad input and accidents: a port out of range, a build that throws
 * (a stack overflow) instead of reporting, the content folder deleted and made again.
 */
class ServeSafetyTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    // Checks that a port out of range or not a number is a usage error: exit 2, one line, no stack trace,
    // and nothing built.
    @Test
    void badPortIsAUsageError() {
        TestSite.create(tmp).file("content/index.md", "# Home\n");
        for (String port : new String[] {"99999", "0", "-1", "65536"}) {
            StringWriter err = new StringWriter();
            int exit = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve",
                    "--port", port, "--content", tmp.resolve("content").toString(), "--theme", TestSite.THEME.toString(),
                    "--out", tmp.resolve("site").toString(), "--cache", TestSite.CACHE.toString());
            assertThat(exit).as(port).isEqualTo(2);
            assertThat(err.toString()).as(port).isEqualTo("lectern: --port must be between 1 and 65535, not " + port
                    + System.lineSeparator());
        }
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve", "--port",
                "eighty", "--out", tmp.resolve("site").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("lectern: Invalid value for option '--port': 'eighty' is not an int")
                .doesNotContain("Exception", "\tat ");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    // Checks that a build that throws an Error instead of reporting (a StackOverflowError, thrown by a test hook
    // at the start of the build: the content checks now catch the deep nesting that used to) is reported, the last
    // good site stays served, and the next good save is built, from nothing, and served.
    @Test
    void aBuildThatOverflowsTheStackDoesNotStopServing() throws Exception {
        TestSite.fixture("basic", tmp);
        try (PreviewFixture site = PreviewFixture.start(tmp); LiveClient live = new LiveClient(site.eventsUrl())) {
            assertThat(live.next(WAIT).name()).isEqualTo("hello");
            java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean(true);
            site.preview.beforeEachBuild(paths -> {
                if (armed.getAndSet(false)) throw new StackOverflowError();
            });
            String records = Files.readString(tmp.resolve("content/dns/records.md"));
            site.write("content/dns/records.md", records + "\nFirst save.\n");
            LiveClient.Event failed = live.until(e -> e.name().equals("errors"), WAIT);
            assertThat(failed.data()).isEqualTo("{\"build\":1,\"errors\":[\"lectern: build failed:"
                    + " java.lang.StackOverflowError (content nested too deeply?); still serving build #1; fix and save\"]}");
            assertThat(site.err.toString()).contains("lectern: build failed: java.lang.StackOverflowError"
                    + " (content nested too deeply?); still serving build #1; fix and save");
            assertThat(Http.get(site.port(), "/dns/records/").body()).doesNotContain("First save.");
            // The serve loop survived: the next save is built and served.
            site.write("content/dns/records.md", records + "\nSecond save.\n");
            live.until(e -> e.name().equals("reload") && e.data().contains("dns/records/index.html"), WAIT);
            Http.Reply page = Http.get(site.port(), "/dns/records/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Second save.");
        }
    }

    // Checks that the content folder deleted while serving (an error, the last good site stays) and made again
    // is watched again: a save in the new folder is built and served.
    @Test
    void contentFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
        TestSite.fixture("basic", tmp);
        Path content = tmp.resolve("content");
        Path backup = tmp.resolve("backup");
        copyTree(content, backup);
        try (PreviewFixture site = PreviewFixture.start(tmp); LiveClient live = new LiveClient(site.eventsUrl())) {
            assertThat(live.next(WAIT).name()).isEqualTo("hello");
            deleteTree(content);
            // A build may start while the folder is half deleted (and report missing pages): wait for the one that
            // finds no folder at all.
            LiveClient.Event gone = live.until(e -> e.name().equals("errors") && e.data().contains("content folder not found"),
                    WAIT);
            assertThat(gone.data()).contains("content folder not found");
            assertThat(Http.get(site.port(), "/dns/records/").status()).isEqualTo(200);
            copyTree(backup, content);
            live.until(e -> e.name().equals("reload") || e.name().equals("ok"), WAIT);
            assertThat(Http.get(site.port(), "/dns/records/").status()).isEqualTo(200);
            // The new folder is watched: a save in it is built.
            site.write("content/dns/records.md", Files.readString(content.resolve("dns/records.md"))
                    + "\nWritten into the new folder.\n");
            live.until(e -> e.name().equals("reload") && e.data().contains("dns/records/index.html"), WAIT);
            assertThat(Http.get(site.port(), "/dns/records/").body()).contains("Written into the new folder.");
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
