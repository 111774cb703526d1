package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.cli.Main;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `--out` is replaced only when it does not exist, is empty or carries Lectern's marker; every other
 * folder (and a file, a link, the root, home, current, content, theme and cache folders) is refused
 * with exit 2 and one line, and keeps every byte.
 */
class OutputFolderTest {
    @TempDir
    Path tmp;

    Path content;
    Path theme;
    Path cache;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void project() throws IOException {
        TestSite.create(tmp).file("content/index.md", "# Home\n");
        content = tmp.resolve("content");
        // Refusals come before anything is read: these two need not be a real theme and cache.
        theme = Files.createDirectories(tmp.resolve("theme/templates"));
        Files.writeString(theme.resolve("page.jte"), "not used\n");
        theme = tmp.resolve("theme");
        cache = Files.createDirectories(tmp.resolve("cache"));
        Files.writeString(cache.resolve("kept.bin"), "cached\n");
    }

    int build(String outArg, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--theme",
                theme.toString(), "--out", outArg, "--cache", cache.toString()));
        if (!List.of(more).contains("--wait")) args.addAll(List.of("--wait", "0"));
        args.addAll(List.of(more));
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    /** Builds into {@code outArg}: exit 2, exactly one line, and {@code kept} unchanged to the byte. */
    void refused(String outArg, String message, Path... kept) {
        List<Map<String, String>> before = Stream.of(kept).map(Trees::snapshot).toList();
        assertThat(before).allSatisfy(m -> assertThat(m).isNotEmpty());
        assertThat(build(outArg)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("lectern: " + message + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(Stream.of(kept).map(Trees::snapshot).toList()).isEqualTo(before);
    }

    // Checks that the content folder itself, a folder inside it and one around it are refused.
    @Test
    void contentFolder() {
        refused(content.toString(), "refusing --out " + content + ": it is the content folder (--content " + content
                + "); build into a folder beside it, e.g. --out site", tmp);
    }

    @Test
    void insideContentFolder() {
        Path nested = content.resolve("site");
        refused(nested.toString(), "refusing --out " + nested + ": it is inside the content folder (--content "
                + content + "); build into a folder outside it, e.g. --out site", tmp);
        assertThat(nested).doesNotExist();
    }

    @Test
    void aroundContentFolder() {
        refused(tmp.toString(), "refusing --out " + tmp + ": it contains the content folder (--content " + content
                + "); build into a folder beside it, e.g. --out site", tmp);
    }

    // Checks the theme and the cache folder, and folders inside them.
    @Test
    void themeAndCacheFolders() {
        refused(theme.toString(), "refusing --out " + theme + ": it is the theme folder (--theme " + theme
                + "); build into a folder beside it, e.g. --out site", tmp);
        err.getBuffer().setLength(0);
        refused(theme.resolve("site").toString(), "refusing --out " + theme.resolve("site")
                + ": it is inside the theme folder (--theme " + theme + "); build into a folder outside it, e.g. --out site", tmp);
        err.getBuffer().setLength(0);
        refused(cache.toString(), "refusing --out " + cache + ": it is the cache folder (--cache " + cache
                + "); build into a folder beside it, e.g. --out site", tmp);
        err.getBuffer().setLength(0);
        refused(cache.resolve("site").toString(), "refusing --out " + cache.resolve("site")
                + ": it is inside the cache folder (--cache " + cache + "); build into a folder outside it, e.g. --out site", tmp);
    }

    // Checks that a regular file is not replaced by a folder.
    @Test
    void regularFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("thesis.tex"), "\\documentclass{article}\n");
        refused(file.toString(), "refusing --out " + file + ": it is a file, not a folder; build into a new or empty"
                + " folder, e.g. --out site", tmp);
    }

    // Checks that a symbolic link (to a folder, or dangling) is neither replaced nor followed.
    @Test
    void symbolicLinks() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(target.resolve("data.csv"), "1,2\n");
        Path link = Files.createSymbolicLink(tmp.resolve("published"), target);
        refused(link.toString(), "refusing --out " + link + ": it is a symbolic link; name a real folder (the link's"
                + " target, or a new or empty one)", tmp);
        err.getBuffer().setLength(0);
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
        refused(dangling.toString(), "refusing --out " + dangling + ": it is a symbolic link; name a real folder (the"
                + " link's target, or a new or empty one)", tmp);
        assertThat(tmp.resolve("nowhere")).doesNotExist();
    }

    // Checks that a folder of someone else's files (no marker) is refused, down to its sub-folders.
    @Test
    void foreignFolder() throws IOException {
        Path thesis = Files.createDirectories(tmp.resolve("thesis/sub"));
        Files.writeString(tmp.resolve("thesis/thesis.tex"), "text\n");
        Files.writeString(thesis.resolve("data.csv"), "1,2\n");
        refused(tmp.resolve("thesis").toString(), "refusing --out " + tmp.resolve("thesis") + ": it holds files that"
                + " Lectern did not write (it has no .lectern-site marker); build into a new or empty folder, or empty"
                + " this one yourself", tmp);
    }

    // Checks that a site from a Lectern before the marker is recognised, kept, and the way out named.
    @Test
    void olderLecternSite() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site/assets"));
        Files.writeString(tmp.resolve("site/index.html"),
                "<!DOCTYPE html><html><head><meta name=\"generator\" content=\"Lectern 0.9\"></head></html>\n");
        Files.writeString(tmp.resolve("site/404.html"), "<!DOCTYPE html><title>Not found</title>\n");
        Files.writeString(tmp.resolve("site/CNAME"), "course.example.org\n");
        Files.writeString(site.resolve("x.css"), "p{}\n");
        refused(tmp.resolve("site").toString(), "refusing --out " + tmp.resolve("site") + ": it holds a site built by"
                + " an older Lectern, without the .lectern-site marker that builds now write; move any file you added"
                + " to it (a CNAME ...) into content/, delete the folder once, and build again", tmp);
    }

    // Checks that a foreign folder where the swap keeps the previous site (.site.old) is refused, not deleted.
    @Test
    void foreignOldFolderBesideIt() throws IOException {
        Files.createDirectories(tmp.resolve(".site.old"));
        Files.writeString(tmp.resolve(".site.old/notes.txt"), "mine\n");
        refused(tmp.resolve("site").toString(), "refusing --out " + tmp.resolve("site") + ": the folder .site.old"
                + " beside it, where a build moves the previous site, holds files that Lectern did not write; move it away",
                tmp);
    }

    /** A folder as the command line would see it from {@code cwd}, with {@code home} as the home folder. */
    OutputFolder folder(String given, Path cwd, Path home) {
        return new OutputFolder(Path.of(given), List.of(new OutputFolder.Source("the content folder", "--content",
                content)), cwd, List.of(home));
    }

    /** Both layers refuse it with the message: the lock taken by the command line, and the writer itself. */
    void refusedBelowCli(OutputFolder f, String message, Path kept) {
        Map<String, String> before = Trees.snapshot(kept);
        assertThat(before).isNotEmpty();
        assertThatThrownBy(() -> OutputLock.acquire(f, Duration.ZERO, m -> {}).close())
                .isInstanceOf(OutputRefused.class).hasMessage(message);
        assertThatThrownBy(() -> new SiteWriter(f).begin()).isInstanceOf(OutputRefused.class).hasMessage(message);
        assertThat(Trees.snapshot(kept)).isEqualTo(before);
    }

    // Checks an empty --out (an unset shell variable), the current folder and a folder around it.
    @Test
    void emptyAndCurrentFolder() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("Makefile"), "all:\n");
        Path home = tmp.resolveSibling(tmp.getFileName() + "-home"); // outside every folder here
        refusedBelowCli(folder("", project, home),
                "--out is empty (an unset shell variable?); name the folder to build into, e.g. --out site", project);
        refusedBelowCli(folder(".", project, home),
                "refusing --out .: it is the current folder; build into a new folder below it, e.g. --out site", project);
        refusedBelowCli(folder("..", project, home),
                "refusing --out ..: it contains the current folder; build into a new folder below it, e.g. --out site", tmp);
    }

    // Checks the home folder (and a folder holding it) and the root folder.
    @Test
    void homeAndRoot() throws IOException {
        Files.createDirectories(tmp.resolve("home/.ssh"));
        Files.writeString(tmp.resolve("home/.ssh/id_ed25519"), "secret\n");
        Path home = tmp.resolve("home");
        Path project = tmp.resolve("project");
        refusedBelowCli(folder(home.toString(), project, home), "refusing --out " + home + ": it is your home folder;"
                + " build into a new or empty folder, e.g. --out site", home);
        Path around = tmp.resolve("home/..");
        refusedBelowCli(folder(around.toString(), project, home), "refusing --out " + around + ": it contains your"
                + " home folder; build into a new or empty folder, e.g. --out site", tmp);
        List<String> rootBefore;
        try (Stream<Path> s = Files.list(Path.of("/"))) {
            rootBefore = s.map(Path::toString).sorted().toList();
        }
        assertThatThrownBy(() -> OutputLock.acquire(folder("/", project, home), Duration.ZERO, m -> {}))
                .isInstanceOf(OutputRefused.class)
                .hasMessage("refusing --out /: it is the root folder; build into a new or empty folder, e.g. --out site");
        assertThatThrownBy(() -> new SiteWriter(folder("/", project, home)).begin()).isInstanceOf(OutputRefused.class);
        try (Stream<Path> s = Files.list(Path.of("/"))) {
            assertThat(s.map(Path::toString).sorted().toList()).isEqualTo(rootBefore);
        }
    }

    // Checks the folders a build may replace: a new one, an empty one, one it built (it carries the marker).
    @Test
    void newEmptyAndOwnFoldersAreBuilt() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        assertThat(new Build(site.options()).run().ok()).isTrue();
        assertThat(Files.readString(site.out().resolve(".lectern-site"))).startsWith("Lectern ")
                .contains("every build replaces it whole");
        assertThat(new Build(site.options()).run().ok()).isTrue(); // its own folder, with the marker
        SiteWriter.deleteTree(site.out());
        Files.createDirectories(site.out());
        assertThat(new Build(site.options()).run().ok()).isTrue(); // an empty one
        assertThat(site.out().resolve("index.html")).exists();
        // Nothing is left beside it: no work folder, no .site.old (a build through the command line leaves the
        // empty lock file .site.lock).
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("cache", "content", "site", "theme");
        }
    }

    // Checks that the site's folders follow the umask like any folder the user makes (0755 under umask 022),
    // not the private 0700 of a temporary folder, so a web server's workers can read them.
    @Test
    void outputFollowsTheUmask() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/a/b.md", "# B\n");
        assertThat(new Build(site.options()).run().ok()).isTrue();
        var plain = Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("made-by-hand")));
        assertThat(Files.getPosixFilePermissions(site.out())).isEqualTo(plain);
        assertThat(Files.getPosixFilePermissions(site.out().resolve("a/b"))).isEqualTo(plain);
        if (java.nio.file.attribute.PosixFilePermissions.toString(plain).equals("rwxr-xr-x")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(site.out().resolve("index.html")))).isEqualTo("rw-r--r--");
        }
    }

    // Checks the swap's leftovers: a stale work folder of Lectern's is removed, one that is not (no
    // marker, not empty) is left alone; a cut-short swap still brings the last good site back.
    @Test
    void swapLeftoversThatAreNotLecternsStay() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        assertThat(new Build(site.options()).run().ok()).isTrue();
        Path foreign = Files.createDirectories(tmp.resolve(".site.building-mine"));
        Files.writeString(foreign.resolve("draft.txt"), "mine\n");
        Map<String, String> before = Trees.snapshot(foreign);
        Path stale = Files.createDirectories(tmp.resolve(".site.building-99"));
        Files.write(stale.resolve(".lectern-site"), OutputFolder.marker());
        assertThat(new Build(site.options()).run().ok()).isTrue();
        assertThat(Trees.snapshot(foreign)).isEqualTo(before);
        assertThat(stale).doesNotExist();
        // Killed between "site -> .site.old" and "work -> site": the next build restores, then replaces it.
        Files.move(site.out(), tmp.resolve(".site.old"));
        new SiteWriter(OutputFolder.of(site.options())).recover();
        assertThat(site.out().resolve("index.html")).exists();
        assertThat(tmp.resolve(".site.old")).doesNotExist();
    }

    // Checks that a second build into a folder another build holds, with no time to wait (--wait 0), exits 2 with
    // one line and leaves the site as it was. (The wait itself, "waiting up to 1 s", is asserted by the test with
    // a lock held by another process below.)
    @Test
    void secondBuildWaitsThenGivesUp() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        theme = TestSite.THEME;
        cache = TestSite.CACHE;
        assertThat(build(site.out().toString())).isEqualTo(0);
        Map<String, String> before = Trees.snapshot(site.out());
        out.getBuffer().setLength(0);
        try (OutputLock held = OutputLock.acquire(OutputFolder.of(site.options()), Duration.ZERO, m -> {})) {
            assertThat(tmp.resolve(".site.lock")).exists();
            assertThat(build(site.out().toString())).isEqualTo(2);
        }
        assertThat(err.toString()).isEqualTo("lectern: another Lectern (process " + ProcessHandle.current().pid()
                + ") is writing --out " + site.out() + "; wait for it to finish (or stop its `lectern serve`), or build"
                + " into another folder" + System.lineSeparator());
        assertThat(Trees.snapshot(site.out())).isEqualTo(before);
        assertThat(tmp.resolve(".site.lock")).isEmptyFile();
    }

    // Checks that builds started together into one folder take turns: both succeed, the second says it waited.
    @Test
    void buildsTakeTurns() throws Exception {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        OutputLock held = OutputLock.acquire(OutputFolder.of(site.options()), Duration.ZERO, m -> {});
        StringWriter err2 = new StringWriter();
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> Main.run(new PrintWriter(new StringWriter(), true),
                new PrintWriter(err2, true), "build", "--content", content.toString(), "--theme",
                TestSite.THEME.toString(), "--out", site.out().toString(), "--cache", TestSite.CACHE.toString()));
        dev.lectern.testing.Waits.until("the second build saying it waits", Duration.ofSeconds(10),
                () -> !err2.toString().isEmpty());
        assertThat(err2.toString()).isEqualTo("lectern: another Lectern (process " + ProcessHandle.current().pid()
                + ") is writing " + site.out() + "; waiting up to 10 s" + System.lineSeparator());
        assertThat(second).isNotDone();
        held.close();
        assertThat(second.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(0);
        assertThat(site.out().resolve("index.html")).exists();
        assertThat(tmp.resolve(".site.lock")).isEmptyFile();
    }

    // Checks the lock between processes: while another JVM holds it, a build waits, says so, and gives up with
    // exit 2; once that process has exited (here: killed, without releasing it), a build goes ahead.
    @Test
    void lockHeldByAnotherProcess() throws Exception {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        theme = TestSite.THEME;
        cache = TestSite.CACHE;
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), site.out().toString())
                .redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            assertThat(lines.readLine()).isEqualTo("held");
            assertThat(build(site.out().toString(), "--wait", "1")).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("lectern: another Lectern (process " + holder.pid() + ") is writing "
                    + site.out() + "; waiting up to 1 s" + System.lineSeparator() + "lectern: another Lectern (process "
                    + holder.pid() + ") is writing --out " + site.out() + "; wait for it to finish (or stop its"
                    + " `lectern serve`), or build into another folder" + System.lineSeparator());
            assertThat(site.out()).doesNotExist();
        } finally {
            holder.destroyForcibly().waitFor();
        }
        err.getBuffer().setLength(0);
        assertThat(build(site.out().toString())).isEqualTo(0);
        assertThat(site.out().resolve("index.html")).exists();
    }

    /** Holds the lock of the folder in its arguments until killed (or until its input ends: the test's JVM is gone). */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            OutputLock lock = OutputLock.acquire(OutputFolder.alone(Path.of(args[0])), Duration.ZERO, m -> {});
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // nothing to do: the lock is held until the test kills this process
            }
            lock.close();
        }
    }

    // Checks the home of files a user keeps in the output: content/ is copied as it is, CNAME and verification
    // files included, on every build; of dot files only .nojekyll and .well-known/ are published.
    @Test
    void keptFilesLiveInContent() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n")
                .file("content/CNAME", "course.example.org\n")
                .file("content/google1234.html", "google-site-verification: google1234.html\n")
                .file("content/.nojekyll", "")
                .file("content/.well-known/security.txt", "Contact: mailto:security@example.org\n")
                .file("content/.well-known/.secret", "no\n")
                .file("content/.env", "SECRET=1\n")
                .file("content/img/.DS_Store", "x");
        for (int i = 0; i < 2; i++) {
            assertThat(new Build(site.options()).run().ok()).isTrue();
            assertThat(site.read("CNAME")).isEqualTo("course.example.org\n");
            assertThat(site.read("google1234.html")).startsWith("google-site-verification");
            assertThat(site.out().resolve(".nojekyll")).exists();
            assertThat(site.read(".well-known/security.txt")).startsWith("Contact:");
            assertThat(site.out().resolve(".well-known/.secret")).doesNotExist();
            assertThat(site.out().resolve(".env")).doesNotExist();
            assertThat(site.out().resolve("img/.DS_Store")).doesNotExist();
        }
    }
}
