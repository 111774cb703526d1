package dev.lectern.pipeline;

import dev.lectern.publish.Precompressor;
import dev.lectern.publish.UnchangedFiles;
import dev.lectern.render.OutputPage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The write stage of a {@link BuildSession}: the first build is written whole and swapped in (as
 * {@link SiteWriter} does for every build); later builds change only the files whose bytes changed,
 * each replaced atomically, and remove the files that are no longer part of the site. It remembers
 * what it wrote, so comparing costs no reading.
 */
final class OutputSync {
    /** A file copied from the sources, known by where it came from. */
    private record Copied(Path source, long size, long modified) {}

    private final OutputFolder folder;
    private final Path out;
    /** Output path to what it holds (String page, byte[] generated file, Copied); null: unknown. */
    private Map<String, Object> written;

    OutputSync(OutputFolder folder) {
        this.folder = folder;
        this.out = folder.path();
    }

    /**
     * Writes one build; returns the output paths written or removed. {@code held} are generated files
     * whose generator runs after the pages ({@link BuildSession#rebuildPages}): they stay as they are
     * until the build that makes them. {@code touched} are source files the watcher saw change: copied
     * again even if their size and time look the same. With {@code compress}, the site is written whole
     * with a {@code .gz} beside every text file.
     */
    List<String> write(List<OutputPage> pages, Map<String, byte[]> assets, Map<String, Path> files,
                       Map<String, byte[]> generated, Set<String> held, Set<Path> touched, boolean compress)
            throws IOException {
        Map<String, Object> next = new LinkedHashMap<>();
        // Pages win over generated files, over copied files, over theme assets.
        next.putAll(assets);
        for (Map.Entry<String, Path> f : files.entrySet()) next.put(f.getKey(), copied(f.getValue()));
        for (String h : held) if (written != null && written.containsKey(h)) next.put(h, written.get(h));
        next.putAll(generated);
        for (OutputPage p : pages) next.put(p.path(), p.html());
        try {
            if (written == null || compress || !Files.isDirectory(out)) return writeWhole(next, compress);
            return update(next, touched);
        } catch (IOException | RuntimeException | Error e) {
            written = null; // the folder's state is unknown: write it whole next time
            throw e;
        }
    }

    /**
     * The whole site into a fresh folder, swapped in at the end. Files that did not change since the
     * last build keep their time, so caches and deploys see them as unchanged.
     */
    private List<String> writeWhole(Map<String, Object> next, boolean compress) throws IOException {
        SiteWriter writer = new SiteWriter(folder);
        Path work = writer.begin();
        try {
            putAll(work, next);
            if (compress) Precompressor.compressAll(work);
            UnchangedFiles.keepTimes(out, work);
            writer.commit(work);
        } catch (IOException | RuntimeException e) {
            writer.abandon(work);
            throw e;
        }
        List<String> changed = new ArrayList<>(next.keySet());
        if (written != null) for (String old : written.keySet()) if (!next.containsKey(old)) changed.add(old);
        written = new HashMap<>(next);
        return changed;
    }

    private List<String> update(Map<String, Object> next, Set<Path> touched) throws IOException {
        List<String> changed = new ArrayList<>();
        // Removals first: a removed file may be where a new folder goes.
        for (String old : List.copyOf(written.keySet())) {
            if (next.containsKey(old)) continue;
            Path f = out.resolve(old);
            Files.deleteIfExists(f);
            pruneEmptyFolders(f.getParent());
            written.remove(old);
            changed.add(old);
        }
        for (Map.Entry<String, Object> e : next.entrySet()) {
            Object before = written.get(e.getKey());
            Object now = e.getValue();
            if (same(before, now) && !(now instanceof Copied c && touched.contains(c.source()))) continue;
            put(out, e.getKey(), now, true);
            written.put(e.getKey(), now);
            changed.add(e.getKey());
        }
        return changed;
    }

    private static boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof byte[] x && b instanceof byte[] y) return Arrays.equals(x, y);
        return a != null && a.equals(b);
    }

    private static Copied copied(Path source) throws IOException {
        Path abs = source.toAbsolutePath().normalize();
        BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
        return new Copied(abs, a.size(), a.lastModifiedTime().toMillis());
    }

    /** Writes files into a fresh folder, in parallel: at thousands of pages one thread waiting on the file system is the bottleneck. */
    private static void putAll(Path root, Map<String, Object> files) throws IOException {
        try {
            files.entrySet().parallelStream().forEach(e -> {
                try {
                    put(root, e.getKey(), e.getValue(), false);
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
        } catch (java.io.UncheckedIOException x) {
            throw x.getCause();
        }
    }

    /** Writes one file; {@code atomic}: into a temporary file first, renamed over the old one. */
    private static void put(Path root, String path, Object content, boolean atomic) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        // Not createTempFile: its file would keep owner-only permissions after the rename.
        Path target = atomic ? f.resolveSibling("." + f.getFileName() + ".lectern-tmp") : f;
        try {
            if (content instanceof String html) Files.writeString(target, html);
            else if (content instanceof byte[] bytes) Files.write(target, bytes);
            else Files.copy(((Copied) content).source(), target, StandardCopyOption.REPLACE_EXISTING);
            if (atomic) move(target, f);
        } catch (IOException | RuntimeException e) {
            if (atomic) Files.deleteIfExists(target);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void pruneEmptyFolders(Path dir) throws IOException {
        while (dir != null && dir.startsWith(out) && !dir.equals(out)) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            dir = dir.getParent();
        }
    }
}
