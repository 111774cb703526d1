package dev.lectern.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Laid-out SVG kept across builds in {@code <cache>/diagrams/<sha-256>.svg}, keyed by the block's
 * text, its id and Lectern's version, so an unchanged diagram is never laid out twice. A cache that
 * cannot be read or written only costs time: the diagram is laid out again.
 */
final class LayoutCache {
    /** Bump when the layout or the SVG changes shape, so old entries are not reused. */
    static final String REVISION = "11";

    private final Path dir;

    /** @param dir the cache folder, or null for no cache */
    LayoutCache(Path dir) {
        this.dir = dir;
    }

    static String key(String version, String id, String text, String... words) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((version + "\u0000" + REVISION + "\u0000" + id + "\u0000" + text).getBytes(StandardCharsets.UTF_8));
            // the drawing's words come from the theme: another translation is another drawing
            for (String w : words) md.update(("\u0000" + w).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<String> get(String key) {
        if (dir == null) return Optional.empty();
        Path f = dir.resolve(key + ".svg");
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void put(String key, String svg) {
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.writeString(tmp, svg);
            try {
                Files.move(tmp, dir.resolve(key + ".svg"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(key + ".svg"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a read-only or full cache folder only means laying out again next time
        }
    }
}
