package dev.lectern.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gives each file of a fresh build that is byte for byte the same as in the previous build the
 * previous file's modification time. Output is reproducible, so most files of a rebuild are
 * unchanged; keeping their time keeps Nginx's ETag and Last-Modified, readers' caches and
 * {@code rsync}'s quick check (size and time) valid, so a deploy only moves what changed.
 */
public final class UnchangedFiles {
    private UnchangedFiles() {}

    /** Returns how many files kept their time. */
    public static int keepTimes(Path previous, Path fresh) throws IOException {
        return keepTimes(previous, fresh, Set.of());
    }

    /**
     * The same for the files of {@code fresh} but those at the paths in {@code done} (relative, with
     * {@code /}), which were compared as they were written ({@link #keepTime(Path, Path, byte[])}).
     */
    public static int keepTimes(Path previous, Path fresh, Set<String> done) throws IOException {
        if (!Files.isDirectory(previous)) return 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(fresh)) {
            files = s.filter(f -> !done.contains(fresh.relativize(f).toString()) && Files.isRegularFile(f)).toList();
        }
        try {
            return (int) files.parallelStream().filter(f -> keepTime(previous.resolve(fresh.relativize(f).toString()), f))
                    .count();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Gives {@code fresh}, just written with {@code bytes}, the time of {@code old} if that is a file of the same
     * bytes; returns whether it did. Only {@code old} is read, and only when its size is that of {@code bytes}:
     * comparing as each file is written spares walking and reading the fresh site back at the swap
     * (docs/performance.md, "Start-up and small sites").
     */
    public static boolean keepTime(Path old, Path fresh, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(old)) return false;
        BasicFileAttributes a = Files.readAttributes(old, BasicFileAttributes.class);
        if (!a.isRegularFile() || a.size() != bytes.length) return false;
        if (!Arrays.equals(Files.readAllBytes(old), bytes)) return false;
        Files.setLastModifiedTime(fresh, a.lastModifiedTime());
        return true;
    }

    private static boolean keepTime(Path old, Path f) {
        try {
            if (!Files.isRegularFile(old) || Files.size(old) != Files.size(f)) return false;
            if (!Arrays.equals(Files.readAllBytes(old), Files.readAllBytes(f))) return false;
            FileTime t = Files.getLastModifiedTime(old);
            Files.setLastModifiedTime(f, t);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
