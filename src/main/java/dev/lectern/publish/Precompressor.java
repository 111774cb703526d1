package dev.lectern.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes {@code NAME.gz} next to every text file of a built site, for Nginx's {@code gzip_static} and
 * for CDNs that upload precompressed files: compressed once at build time at the best level instead
 * of on every request. No {@code .br}: Maven Central has no maintained pure-Java Brotli encoder
 * (see the README).
 */
public final class Precompressor {
    /** Text formats a site holds; images other than SVG, fonts and archives are compressed already. */
    static final Set<String> TEXT = Set.of("html", "css", "js", "mjs", "json", "svg", "xml", "txt", "map",
            "webmanifest", "csv", "md");

    private Precompressor() {}

    public static boolean isText(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && TEXT.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Compresses every text file below {@code root}, on all cores; returns how many {@code .gz} files it wrote. */
    public static int compressAll(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(p -> isText(p.getFileName().toString())).toList();
        }
        try {
            files.parallelStream().forEach(f -> {
                try {
                    writeNew(f.resolveSibling(f.getFileName() + ".gz"), Gzip.compress(Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files.size();
    }

    /**
     * Writes {@code bytes} as a new file: a file at that path (a copied {@code NAME.gz} of the content) is removed
     * first, never written into, for it may be a hard link to the previous site's file (see the pipeline's
     * {@code PreviousFiles}).
     */
    private static void writeNew(Path gz, byte[] bytes) throws IOException {
        try {
            Files.write(gz, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(gz);
            Files.write(gz, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }
}
