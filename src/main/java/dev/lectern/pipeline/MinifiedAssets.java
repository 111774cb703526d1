package dev.lectern.pipeline;

import dev.lectern.util.AssetMinifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BiFunction;

/**
 * {@link AssetMinifier#minify}, its results kept across builds in {@code <cache>/assets/<sha-256>.css}
 * (or {@code .js}). Minifying the theme's stylesheets and scripts was a tenth of a small site's build,
 * and they rarely change. The key is the file's bytes, its kind and the minifier itself (the bytes of
 * its classes), so a changed file or a changed minifier never meets an old result. A cache that cannot
 * be read or written only costs time: the file is minified again.
 */
final class MinifiedAssets implements BiFunction<String, byte[], byte[]> {
    /** The classes whose code decides a minified result. */
    private static final String[] MINIFIER = {"AssetMinifier", "JsMinifier", "JsMinifier$Token", "JsMinifier$Type",
            "JsMinifier$1"};
    private static final byte[] CODE = code();

    private final Path dir;

    /** @param dir the folder of the minified files, or null for none */
    MinifiedAssets(Path dir) {
        this.dir = CODE == null ? null : dir;
    }

    @Override
    public byte[] apply(String name, byte[] bytes) {
        String kind = name.endsWith(".css") ? "css" : name.endsWith(".js") ? "js" : null;
        if (kind == null || dir == null) return AssetMinifier.minify(name, bytes);
        Path file = dir.resolve(key(kind, bytes) + "." + kind);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // not minified yet (or unreadable): minify it below
        }
        byte[] minified = AssetMinifier.minify(name, bytes);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "minified", ".tmp");
            Files.write(tmp, minified);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // the cache only saves time
        }
        return minified;
    }

    static String key(String kind, byte[] bytes) {
        MessageDigest md = sha256();
        md.update(CODE);
        md.update(kind.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(bytes);
        return HexFormat.of().formatHex(md.digest());
    }

    /** A digest of the minifier's class files, or null when one cannot be read (then nothing is cached). */
    private static byte[] code() {
        MessageDigest md = sha256();
        for (String c : MINIFIER) {
            try (InputStream in = AssetMinifier.class.getResourceAsStream(c + ".class")) {
                if (in == null) return null;
                md.update(in.readAllBytes());
            } catch (IOException e) {
                return null;
            }
        }
        return md.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
