package dev.lectern.pipeline;

import dev.lectern.publish.Precompressor;
import dev.lectern.publish.UnchangedFiles;
import dev.lectern.render.OutputPage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
        boolean whole = written == null || compress || !Files.isDirectory(out);
        // Pages win over generated files, over held ones (as written), over copied files, over theme assets.
        next.putAll(assets);
        for (Map.Entry<String, Path> f : files.entrySet()) next.put(f.getKey(), copied(f.getValue()));
        if (whole) {
            for (String h : held) if (written != null && written.containsKey(h)) next.put(h, written.get(h));
        } else if (!held.isEmpty()) {
            // held files stay as written: not compared (thousands of search files), only kept (see update)
            next.keySet().removeIf(k -> held.contains(k) && written.containsKey(k));
        }
        next.putAll(generated);
        for (OutputPage p : pages) next.put(p.path(), p.html());
        try {
            if (whole) return writeWhole(next, compress);
            return update(next, held, touched);
        } catch (IOException | RuntimeException | Error e) {
            written = null; // the folder's state is unknown: write it whole next time
            throw e;
        }
    }

    /**
     * A one-shot build's work folder, opened before the pages are rendered so that each page is written
     * as soon as it is made (and its HTML is garbage then); {@link Streamed#finish} writes the rest and
     * swaps the folder in exactly as {@link #write} does, {@link Streamed#abandon} removes it.
     */
    Streamed stream() throws IOException {
        SiteWriter writer = new SiteWriter(folder);
        Path work = writer.begin();
        return new Streamed(writer, work, PreviousFiles.of(out, work));
    }

    /**
     * A site written while it is built: pages go into the work folder as they are rendered; nothing is in
     * the output folder before {@link #finish}, so a build that fails (or throws) leaves the last good site.
     */
    /** Shown each page's HTML as it is written (StreamStageTest watches that nothing keeps it); null: none. */
    static volatile java.util.function.Consumer<String> watch;

    final class Streamed {
        /** The bytes of a generated file written already ({@link #file}), by identity. */
        static final byte[] WRITTEN = new byte[0];

        private final SiteWriter writer;
        private final Path work;
        private final PreviousFiles previous;
        /** Paths written so far (pages, and generated files written as they were made). */
        private final Set<String> paths = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** Paths whose file was compared with the output folder's as it was written ({@link #putFresh}). */
        private final Set<String> compared = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private boolean done;

        private Streamed(SiteWriter writer, Path work, PreviousFiles previous) {
            this.writer = writer;
            this.work = work;
            this.previous = previous;
        }

        /** Writes a page into the work folder; returns it without its HTML. */
        OutputPage page(OutputPage p) {
            try {
                putFresh(work, previous, p.path(), p.html(), compared);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            paths.add(p.path());
            java.util.function.Consumer<String> w = watch;
            if (w != null) w.accept(p.html());
            return new OutputPage(p.path(), p.url(), null, p.source(), p.refs(), p.bodyAt(), p.bodyLength());
        }

        /**
         * Writes a generated file into the work folder now; returns {@link #WRITTEN}, which stands for its bytes
         * among the generated files given to {@link #finish}.
         */
        byte[] file(String path, byte[] bytes) {
            try {
                putFresh(work, previous, path, bytes, compared);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            paths.add(path);
            return WRITTEN;
        }

        /** A page's HTML: its own, or for a page written already, read back from the work folder. */
        String html(OutputPage p) {
            if (p.html() != null) return p.html();
            try {
                return Files.readString(work.resolve(p.path()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * Writes the rest of the site (the pages that still have their HTML, generated files, copied files,
         * theme assets; what was written already wins over a file of lower rank, as in {@link #write}) and
         * swaps the folder in.
         */
        List<String> finish(List<OutputPage> pages, Map<String, byte[]> assets, Map<String, Path> files,
                            Map<String, byte[]> generated, boolean compress) throws IOException {
            Map<String, Object> rest = new LinkedHashMap<>();
            rest.putAll(assets);
            for (Map.Entry<String, Path> f : files.entrySet()) rest.put(f.getKey(), copied(f.getValue()));
            rest.putAll(generated);
            // A generated file written already outranks copied files and assets (a later one of its path replaced it).
            rest.values().removeIf(v -> v == WRITTEN);
            // Pages outrank every other file of their path: one written already stays.
            for (OutputPage p : pages) if (p.html() == null) rest.remove(p.path());
            for (OutputPage p : pages) if (p.html() != null) rest.put(p.path(), p.html());
            done = true;
            fillAndSwap(writer, work, previous, rest, compress, compared);
            List<String> changed = new ArrayList<>(paths);
            for (String p : rest.keySet()) if (!paths.contains(p)) changed.add(p);
            written = null; // one build only: nothing is kept for a next one
            return changed;
        }

        /** Removes the work folder of a build that does not finish (a failed one); the output folder stays. */
        void abandon() {
            if (done) return;
            done = true;
            writer.abandon(work);
        }
    }

    /**
     * Writes {@code files} into the work folder, compresses it if asked, keeps the times of unchanged files and
     * swaps it in; on any failure the work folder is removed and the output folder stays as it was.
     */
    private void fillAndSwap(SiteWriter writer, Path work, PreviousFiles previous, Map<String, Object> files,
                             boolean compress, Set<String> compared) throws IOException {
        try {
            SiteWriter.eachInParallel(files.entrySet(), e -> putFresh(work, previous, e.getKey(), e.getValue(), compared));
            if (compress) {
                Precompressor.compressAll(work);
                // a NAME.gz beside a text file is the compression's new file now, to be compared at the swap
                compared.removeIf(p -> p.endsWith(".gz") && Precompressor.isText(p.substring(0, p.length() - 3)));
            }
            UnchangedFiles.keepTimes(out, work, compared);
            writer.commit(work);
        } catch (IOException | RuntimeException e) {
            writer.abandon(work);
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
        fillAndSwap(writer, work, PreviousFiles.of(out, work), next, compress,
                java.util.concurrent.ConcurrentHashMap.newKeySet());
        List<String> changed = new ArrayList<>(next.keySet());
        if (written != null) for (String old : written.keySet()) if (!next.containsKey(old)) changed.add(old);
        written = new HashMap<>(next);
        return changed;
    }

    /** Writes what changed since the last build ({@code next}; {@code held}: those written stay as they are). */
    private List<String> update(Map<String, Object> next, Set<String> held, Set<Path> touched) throws IOException {
        List<String> changed = new ArrayList<>();
        // Removals first: a removed file may be where a new folder goes.
        for (String old : List.copyOf(written.keySet())) {
            if (next.containsKey(old) || held.contains(old)) continue;
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

    /**
     * Puts one file into a fresh work folder (in parallel with others: at thousands of pages one thread waiting
     * on the file system is the bottleneck). A file whose bytes are those of the output folder's file at its path
     * is that file, hard-linked ({@link PreviousFiles}), if it can be; else it is written, and a page or generated
     * file of the same bytes gets that file's time ({@link UnchangedFiles}). Either way its path goes into
     * {@code compared}, but a copied file's that was not linked: copied files are compared at the swap.
     */
    private void putFresh(Path work, PreviousFiles previous, String path, Object content, Set<String> compared)
            throws IOException {
        Path fresh = work.resolve(path);
        if (content instanceof Copied c) {
            if (previous.linkCopy(path, fresh, c.source())) compared.add(path);
            else put(work, path, content, false);
            return;
        }
        String html = content instanceof String h ? h : null;
        byte[] bytes = null;
        if (previous.active()) {
            bytes = bytesOf(content);
            if (previous.link(path, fresh, bytes, html)) {
                compared.add(path);
                return;
            }
        }
        put(work, path, content, false);
        Path old = out.resolve(path);
        if (Files.isRegularFile(old)) {
            // Files.writeString wrote these bytes (it refuses what they would replace, a lone surrogate).
            UnchangedFiles.keepTime(old, fresh, bytes != null ? bytes : bytesOf(content));
        }
        compared.add(path);
    }

    /**
     * Writes one file as a new file, never into an existing one, which may be a hard link to a file of the previous
     * site ({@link PreviousFiles}): {@code atomic}, or when the path exists already (a page written again in the
     * same work folder), into a temporary file first, renamed over the old one.
     */
    private static void put(Path root, String path, Object content, boolean atomic) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        if (!atomic) {
            try {
                writeNew(f, content);
                return;
            } catch (FileAlreadyExistsException e) {
                // replaced below
            }
        }
        // Not createTempFile: its file would keep owner-only permissions after the rename.
        Path target = f.resolveSibling("." + f.getFileName() + ".lectern-tmp");
        try {
            Files.deleteIfExists(target);
            writeNew(target, content);
            move(target, f);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /** A page's HTML in UTF-8, or a generated file's bytes. */
    private static byte[] bytesOf(Object content) {
        return content instanceof String html ? html.getBytes(java.nio.charset.StandardCharsets.UTF_8) : (byte[]) content;
    }

    /** Makes {@code f}, which must not exist, with {@code content}. */
    private static void writeNew(Path f, Object content) throws IOException {
        if (content instanceof String html) Files.writeString(f, html, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        else if (content instanceof byte[] bytes) Files.write(f, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        else Files.copy(((Copied) content).source(), f);
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
