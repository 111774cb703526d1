package dev.lectern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every byte of a folder (or file, or link) as a map, to show that a refused build touched nothing. */
public final class Trees {
    private Trees() {}

    /**
     * Relative path to what is there: {@code dir}, {@code link -> target} (links are not followed),
     * or the SHA-256 of a file's bytes with its permissions; the root itself is {@code ""}.
     */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return m;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) m.put(root.relativize(p).toString(), describe(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** Copies the folder {@code from} to {@code to}, which must not hold what it copies. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    private static String describe(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) return "link -> " + Files.readSymbolicLink(p);
        String mode = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).toString();
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return "dir " + mode;
        try {
            return "file " + mode + " " + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
