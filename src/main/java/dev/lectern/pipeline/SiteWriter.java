package dev.lectern.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Last stage: writes a complete site into a fresh folder beside the output folder, then swaps it
 * in. The output folder therefore only ever holds a whole build: a failed or killed build leaves
 * the previous one in place (a swap cut short is repaired by the next build). It replaces only a
 * folder that {@link OutputFolder} allows, and every folder it makes carries the marker from the
 * start, so it also removes only work folders that are its own.
 */
public final class SiteWriter {
    private static final AtomicLong NEXT = new AtomicLong();

    private final OutputFolder folder;
    private final Path out;

    public SiteWriter(Path out) {
        this(OutputFolder.alone(out));
    }

    public SiteWriter(OutputFolder folder) {
        this.folder = folder;
        this.out = folder.path();
    }

    /** Restores the last good site if a previous swap was cut short, and removes stale work folders. */
    public void recover() throws IOException {
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        Path old = sibling(".old");
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && marked(old)) move(old, out);
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                boolean work = n.startsWith("." + out.getFileName() + ".building-") || n.equals(old.getFileName().toString());
                // A folder of that name that is not Lectern's (no marker, not empty) is left alone.
                if (work && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && OutputFolder.isOurs(p)) deleteTree(p);
            }
        }
    }

    /** A new folder to build into, holding only the marker; refuses an output folder that is not Lectern's. */
    public Path begin() throws IOException {
        folder.check();
        recover();
        Files.createDirectories(out.getParent());
        // Not createTempDirectory: its folder is private (0700), and the rename would make the site so;
        // a plain folder follows the umask, as any folder the user makes.
        while (true) {
            Path work = sibling(".building-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet());
            try {
                Files.createDirectory(work);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            Files.write(work.resolve(OutputFolder.MARKER), OutputFolder.marker());
            return work;
        }
    }

    /** Makes {@code work} the output folder. */
    public void commit(Path work) throws IOException {
        Path old = sibling(".old");
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            if (!OutputFolder.isOurs(old)) throw new OutputRefused("refusing to replace " + old + ": Lectern did not write it");
            deleteTree(old);
        }
        // Checked again: the folder may have changed while the site was built.
        folder.check();
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) move(out, old);
        move(work, out);
        deleteSwappedOut(old);
    }

    /** Threads that remove a swapped-out site's files: each unlink may wait on the disk, so more than the cores. */
    private static final int DELETERS = 8;

    /**
     * Removes the site a swap replaced: its files on {@link #DELETERS} threads at once, then its folders, deepest
     * first (a level at a time, on the threads too). One file at a time, a 10,000-page site took 12 to 50 s to remove on a busy machine whose disk frees
     * blocks as files go (ext4 mounted with {@code discard}); see docs/performance.md, "Start-up and small sites".
     */
    static void deleteSwappedOut(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                files.add(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                folders.add(d); // after everything in it: deepest first
                return FileVisitResult.CONTINUE;
            }
        });
        removeAll(files);
        // The folders a level at a time, deepest first, each level on the threads too: removing a folder frees its
        // block, which waits on the disk as a file's does (1,021 page folders one by one: 1-2 s on a busy machine).
        TreeMap<Integer, List<Path>> levels = new TreeMap<>(Comparator.reverseOrder());
        for (Path d : folders) levels.computeIfAbsent(d.getNameCount(), k -> new ArrayList<>()).add(d);
        for (List<Path> level : levels.values()) removeAll(level);
    }

    private static void removeAll(List<Path> paths) throws IOException {
        if (paths.size() < 64) {
            for (Path p : paths) Files.deleteIfExists(p);
        } else {
            eachInParallel(paths, DELETERS, Files::deleteIfExists);
        }
    }

    private static boolean marked(Path dir) {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(dir.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    public void abandon(Path work) {
        try {
            deleteTree(work);
        } catch (IOException ignored) {
            // a leftover work folder is removed by the next build's recover()
        }
    }

    /** A write of one item. */
    interface Write<T> {
        void to(T item) throws IOException;
    }

    /**
     * Runs {@code write} on every item in parallel and returns once every write has finished; then the first
     * failure (in the items' order) is thrown, with the others suppressed. A parallel {@code forEach} would
     * rethrow as soon as one item fails while other threads may still be writing into the folder that the
     * caller is about to remove, leaving part of it behind.
     */
    static <T> void eachInParallel(Collection<T> items, Write<T> write) throws IOException {
        throwFirst(items.parallelStream().map(item -> attempt(write, item)).filter(Objects::nonNull).toList());
    }

    /**
     * {@link #eachInParallel(Collection, Write)} on a pool of its own of {@code threads} threads, for writes that
     * wait on the disk rather than the CPU, so that more of them than the cores can wait at once.
     */
    static <T> void eachInParallel(Collection<T> items, int threads, Write<T> write) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lectern-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Exception>> results = new ArrayList<>(items.size());
            for (T item : items) results.add(pool.submit(() -> attempt(write, item)));
            List<Exception> failed = new ArrayList<>();
            for (Future<Exception> result : results) {
                Exception e = result.get();
                if (e != null) failed.add(e);
            }
            throwFirst(failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + items.size() + " writes");
        } catch (ExecutionException e) { // attempt() catches what a write throws; this is an Error
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Exception attempt(Write<T> write, T item) {
        try {
            write.to(item);
            return null;
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }

    /** Throws the first of {@code failed}, with the others suppressed; nothing when it is empty. */
    private static void throwFirst(List<Exception> failed) throws IOException {
        if (failed.isEmpty()) return;
        Exception first = failed.get(0);
        for (Exception e : failed.subList(1, failed.size())) first.addSuppressed(e);
        if (first instanceof IOException io) throw io;
        throw (RuntimeException) first;
    }

    private Path sibling(String suffix) {
        return out.resolveSibling("." + out.getFileName() + suffix);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
