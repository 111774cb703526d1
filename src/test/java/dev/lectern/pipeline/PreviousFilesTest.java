package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.publish.Gzip;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild into the previous output takes over the previous site's unchanged files by hard links
 * ({@link PreviousFiles}): the same inode where the file system allows it, and never a write into one: a file
 * that changes is a new file, the previous site's copy keeps its bytes (held open here, its inode outlives the
 * old site's removal), in {@code lectern build}, a page written again, a precompressed file and {@code serve}'s
 * incremental writes. Whatever is linked or not, the site is byte for byte a fresh build's and keeps the times
 * of unchanged files.
 */
class PreviousFilesTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void hardLinksHere() throws IOException {
        Path a = Files.writeString(tmp.resolve("probe"), "x");
        try {
            Files.createLink(tmp.resolve("probe-link"), a);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "this file system has no hard links: " + e);
        } finally {
            Files.deleteIfExists(tmp.resolve("probe-link"));
            Files.delete(a);
        }
    }

    @AfterEach
    void linkerBack() {
        PreviousFiles.linker = Files::createLink;
    }

    private static Object inode(Path f) throws IOException {
        return Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    /** Every file of a site (the marker too) but the search index's shards, which follow the words: path to inode. */
    private static Map<String, Object> inodes(Path site) throws IOException {
        Map<String, Object> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String path = site.relativize(f).toString();
                if (!path.startsWith("search/t/") && !path.startsWith("search/x/")) m.put(path, inode(f));
            }
        }
        return m;
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                m.put(site.relativize(f).toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        m.remove(OutputFolder.MARKER); // names the version, the same in both
        return m;
    }

    /** The bytes of an open file, read through its descriptor: the inode it was opened on, whatever its names. */
    private static String held(FileChannel c) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) c.size());
        c.read(b, 0);
        return new String(b.array(), StandardCharsets.UTF_8);
    }

    private static TestSite threePages(Path root) {
        return TestSite.create(root).file("content/site.yaml", "title: Links\n")
                .file("content/index.md", "# Home\n\n[A](a.md) and [B](b.md)\n\n![dot](img/dot.png)\n")
                .file("content/a.md", "# A\n\nFirst text of A.\n")
                .file("content/b.md", "# B\n\nText of B.\n")
                .file("content/img/dot.png", "not really a PNG\n");
    }

    /** Asserts that {@code site} holds what a build of its content into a new folder holds. */
    private void sameAsFreshBuild(TestSite site, String name) throws IOException {
        Path copy = tmp.resolve(name);
        try (Stream<Path> s = Files.walk(site.root().resolve("content"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve("content").resolve(site.root().resolve("content").relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        TestSite fresh = TestSite.create(copy).build();
        assertThat(fresh.result().ok()).isTrue();
        assertThat(contents(site.out())).isEqualTo(contents(fresh.out()));
    }

    // Checks that a rebuild takes over every unchanged file (page, generated file, theme asset, copied image) as the
    // same inode, with its time, and that the one changed page is a new file while the old one keeps its bytes.
    @Test
    void rebuildLinksUnchangedFilesAndWritesChangedOnesAnew() throws IOException {
        TestSite site = threePages(tmp.resolve("s")).build();
        assertThat(site.result().ok()).isTrue();
        Map<String, Object> before = inodes(site.out());
        FileTime bTime = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(site.out().resolve("b/index.html"), bTime);
        String oldA = site.read("a/index.html");
        try (FileChannel heldA = FileChannel.open(site.out().resolve("a/index.html"), StandardOpenOption.READ)) {
            site.file("content/a.md", "# A\n\nSecond text of A.\n").build();
            assertThat(site.result().ok()).isTrue();
            Map<String, Object> after = inodes(site.out());
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String path : after.keySet()) {
                if (path.equals("a/index.html") || path.equals(OutputFolder.MARKER) || path.startsWith("search/")) {
                    continue;
                }
                assertThat(after.get(path)).as(path + " is the previous site's file").isEqualTo(before.get(path));
            }
            assertThat(after.get("img/dot.png")).isEqualTo(before.get("img/dot.png"));
            assertThat(after.get("b/index.html")).isEqualTo(before.get("b/index.html"));
            assertThat(Files.getLastModifiedTime(site.out().resolve("b/index.html"))).isEqualTo(bTime);
            assertThat(after.get("a/index.html")).as("a changed page is a new file").isNotEqualTo(before.get("a/index.html"));
            assertThat(site.read("a/index.html")).contains("Second text of A.");
            assertThat(held(heldA)).as("the previous site's page keeps its bytes").isEqualTo(oldA);
            assertThat(Files.readAttributes(site.out().resolve("b/index.html"), "unix:nlink").get("nlink"))
                    .as("the swapped-out site is gone: one name again").isEqualTo(1);
        }
        sameAsFreshBuild(site, "fresh");
    }

    // Checks a page written twice into the work folder (links: warn, a broken link removed after the check): its
    // first write is the previous site's unchanged page, linked; the second must replace it, not write into it.
    @Test
    void pageWrittenAgainAfterTheCheckIsANewFile() throws IOException {
        TestSite site = TestSite.create(tmp.resolve("s")).file("content/site.yaml", "title: Warn\nlinks: warn\n")
                .file("content/index.md", "# Home\n\n[A](a.md) [B](b.md)\n")
                .file("content/a.md", "# A\n\nSee [the part](b.md#part).\n")
                .file("content/b.md", "# B\n\n## Part\n\nText.\n").build();
        assertThat(site.result().ok()).isTrue();
        Object aBefore = inode(site.out().resolve("a/index.html"));
        String oldA = site.read("a/index.html");
        assertThat(oldA).contains("href=\"../b/#part\"");
        try (FileChannel heldA = FileChannel.open(site.out().resolve("a/index.html"), StandardOpenOption.READ)) {
            // B's heading is renamed: A's rendering is the same bytes as before (linked), then unlinked and written again
            site.file("content/b.md", "# B\n\n## Piece\n\nText.\n").build();
            assertThat(site.result().ok()).isTrue();
            assertThat(site.printed()).anyMatch(d -> d.contains("a.md") && d.contains("#part"));
            assertThat(site.read("a/index.html")).doesNotContain("href=\"../b/#part\"");
            assertThat(held(heldA)).as("the previous site's page keeps its bytes").isEqualTo(oldA);
            assertThat(inode(site.out().resolve("a/index.html"))).isNotEqualTo(aBefore);
        }
        sameAsFreshBuild(site, "fresh");
    }

    // Checks a copied NAME.gz that the precompression replaces: linked first (its bytes are the previous site's),
    // then replaced by a new file, so the previous one keeps its time, which the new one is given back.
    @Test
    void precompressionReplacesALinkedFile() throws IOException {
        byte[] text = "Notes, the same every build.\n".getBytes(StandardCharsets.UTF_8);
        TestSite site = TestSite.create(tmp.resolve("s")).file("content/site.yaml", "title: Gz\ncompress: true\n")
                .file("content/index.md", "# Home\n");
        Files.write(site.root().resolve("content/notes.txt"), text);
        Files.write(site.root().resolve("content/notes.txt.gz"), Gzip.compress(text));
        site.build();
        assertThat(site.result().ok()).isTrue();
        Path gz = site.out().resolve("notes.txt.gz");
        assertThat(Files.readAllBytes(gz)).isEqualTo(Gzip.compress(text));
        FileTime old = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(gz, old);
        site.build();
        assertThat(site.result().ok()).isTrue();
        assertThat(Files.readAllBytes(gz)).isEqualTo(Gzip.compress(text));
        assertThat(Files.getLastModifiedTime(gz)).as("an unchanged file keeps its time").isEqualTo(old);
    }

    // Checks serve's incremental writes after a first build that linked the previous site's files: a changed page
    // replaces its file (a rename), never writing into the linked inode, which keeps its bytes.
    @Test
    void serveRebuildNeverWritesThroughALink() throws Exception {
        TestSite site = threePages(tmp.resolve("s")).build();
        assertThat(site.result().ok()).isTrue();
        Path a = site.out().resolve("a/index.html");
        BuildSession session = new BuildSession(site.options());
        try (FileChannel heldSite = FileChannel.open(a, StandardOpenOption.READ)) {
            String built = held(heldSite);
            assertThat(session.rebuild(null).result().ok()).isTrue();
            Object linked = inode(a);
            try (FileChannel heldA = FileChannel.open(a, StandardOpenOption.READ)) {
                String first = held(heldA);
                site.file("content/a.md", "# A\n\nEdited while serving.\n");
                BuildSession.Outcome o = session.rebuild(Set.of(site.root().resolve("content/a.md")));
                assertThat(o.result().ok()).isTrue();
                assertThat(o.changed()).contains("a/index.html");
                assertThat(Files.readString(a)).contains("Edited while serving.");
                assertThat(held(heldA)).as("the file the first build took over keeps its bytes").isEqualTo(first);
                assertThat(inode(a)).isNotEqualTo(linked);
                assertThat(held(heldSite)).isEqualTo(built);
            }
        }
    }

    // Checks that when no link can be made (another file system, EPERM), every file is written, with the same
    // bytes and the unchanged files' times, and none is the previous site's inode.
    @Test
    void linkFailureFallsBackToWriting() throws IOException {
        TestSite site = threePages(tmp.resolve("s")).build();
        assertThat(site.result().ok()).isTrue();
        Map<String, Object> before = inodes(site.out());
        FileTime bTime = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(site.out().resolve("b/index.html"), bTime);
        Files.setLastModifiedTime(site.out().resolve("img/dot.png"), bTime);
        AtomicInteger tries = new AtomicInteger();
        PreviousFiles.linker = (link, existing) -> {
            tries.incrementAndGet();
            throw new FileSystemException(link.toString(), existing.toString(), "Invalid cross-device link");
        };
        site.file("content/a.md", "# A\n\nSecond text of A.\n").build();
        assertThat(site.result().ok()).as(site.printed().toString()).isTrue();
        // Files are written on several threads at once (the common pool's, the caller's, the assets'): those
        // already linking when the first failure comes may try too, one each, and no file after them.
        int threads = ForkJoinPool.getCommonPoolParallelism() + 2;
        assertThat(tries.get()).as("linking is given up after the first failure")
                .isBetween(1, Math.min(threads, before.size() - 1));
        Map<String, Object> after = inodes(site.out());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String path : after.keySet()) assertThat(after.get(path)).as(path).isNotEqualTo(before.get(path));
        assertThat(Files.getLastModifiedTime(site.out().resolve("b/index.html"))).isEqualTo(bTime);
        assertThat(Files.getLastModifiedTime(site.out().resolve("img/dot.png"))).isEqualTo(bTime);
        sameAsFreshBuild(site, "fresh");
    }

    // Checks the files a rebuild does not take over though their bytes are the same: one with another name (a
    // user's hard link: it could change under the site), other permissions than a write would give, a symbolic
    // link. Each is written anew, and the user's file is not touched.
    @Test
    void onlyFilesLikeOnesLecternWritesAreLinked() throws IOException {
        TestSite site = threePages(tmp.resolve("s")).build();
        assertThat(site.result().ok()).isTrue();
        Path index = site.out().resolve("index.html");
        Path mine = tmp.resolve("my-copy.html");
        Files.createLink(mine, index);
        Object mineInode = inode(mine);
        String mineBytes = Files.readString(mine);
        Path b = site.out().resolve("b/index.html");
        Object bInode = inode(b);
        Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("rw-------"));
        Path img = site.out().resolve("img/dot.png");
        Path elsewhere = Files.copy(img, tmp.resolve("dot-elsewhere.png"));
        Files.delete(img);
        Files.createSymbolicLink(img, elsewhere);
        Object aInode = inode(site.out().resolve("a/index.html"));

        site.build();
        assertThat(site.result().ok()).isTrue();
        assertThat(inode(index)).as("a file with two names").isNotEqualTo(mineInode);
        assertThat(inode(mine)).isEqualTo(mineInode);
        assertThat(Files.readString(mine)).isEqualTo(mineBytes);
        assertThat(Files.readAttributes(mine, "unix:nlink").get("nlink")).isEqualTo(1);
        assertThat(inode(b)).as("other permissions").isNotEqualTo(bInode);
        assertThat(Files.getPosixFilePermissions(b)).isEqualTo(Files.getPosixFilePermissions(site.out().resolve("a/index.html")));
        assertThat(Files.isSymbolicLink(img)).isFalse();
        assertThat(Files.isRegularFile(img, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(inode(site.out().resolve("a/index.html"))).as("the others are linked").isEqualTo(aInode);
        sameAsFreshBuild(site, "fresh");
    }

    // Checks that a build that fails after linking some files leaves the previous site whole, its files with one
    // name each again (so the next build can take them over) and no work folder.
    @Test
    void failedBuildLeavesThePreviousSiteAndItsFilesAlone() throws IOException {
        TestSite site = threePages(tmp.resolve("s")).build();
        assertThat(site.result().ok()).isTrue();
        Map<String, Object> before = inodes(site.out());
        Map<String, String> bytes = contents(site.out());
        site.file("content/b.md", "# B\n\n[broken](nowhere.md)\n").build();
        assertThat(site.result().ok()).isFalse();
        assertThat(inodes(site.out())).isEqualTo(before);
        assertThat(contents(site.out())).isEqualTo(bytes);
        try (Stream<Path> s = Files.walk(site.out())) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAttributes(f, "unix:nlink").get("nlink")).as(f.toString()).isEqualTo(1);
            }
        }
        try (Stream<Path> s = Files.list(site.root())) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.building"));
        }
    }
}
