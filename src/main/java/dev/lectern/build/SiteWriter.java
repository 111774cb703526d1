package dev.lectern.build;

import dev.lectern.render.OutputPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Last stage: writes a complete site into a fresh folder beside the output folder, then swaps it
 * in. The output folder therefore only ever holds a whole build: a failed or killed build leaves
 * the previous one in place (a swap cut short is repaired by the next build).
 */
public final class SiteWriter {
    private final Path out;

    public SiteWriter(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Restores the last good site if a previous swap was cut short, and removes stale work folders. */
    public void recover() throws IOException {
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        Path old = sibling(".old");
        if (!Files.exists(out) && Files.isDirectory(old)) move(old, out);
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + out.getFileName() + ".building-") || n.equals(old.getFileName().toString())) {
                    deleteTree(p);
                }
            }
        }
    }

    /** A new, empty folder to build into. */
    public Path begin() throws IOException {
        recover();
        Files.createDirectories(out.getParent());
        return Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".building-");
    }

    /** Makes {@code work} the output folder. */
    public void commit(Path work) throws IOException {
        Path old = sibling(".old");
        deleteTree(old);
        if (Files.exists(out)) move(out, old);
        move(work, out);
        deleteTree(old);
    }

    public void abandon(Path work) {
        try {
            deleteTree(work);
        } catch (IOException ignored) {
            // a leftover work folder is removed by the next build's recover()
        }
    }

    public static void writeText(Path root, String path, String text) throws IOException {
        writeBytes(root, path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes pages in parallel: at thousands of pages, one thread waiting on the file system is the bottleneck. */
    public static void writePages(Path root, List<OutputPage> pages) throws IOException {
        try {
            pages.parallelStream().forEach(p -> {
                try {
                    writeText(root, p.path(), p.html());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static void writeBytes(Path root, String path, byte[] bytes) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
    }

    public static void copyAll(Map<String, Path> files, Path root) throws IOException {
        for (Map.Entry<String, Path> e : files.entrySet()) {
            Path f = root.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.copy(e.getValue(), f, StandardCopyOption.REPLACE_EXISTING);
        }
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
