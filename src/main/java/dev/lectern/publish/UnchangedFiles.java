package dev.lectern.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
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
        if (!Files.isDirectory(previous)) return 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(fresh)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        try {
            return (int) files.parallelStream().filter(f -> keepTime(previous.resolve(fresh.relativize(f).toString()), f))
                    .count();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
