package dev.lectern.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A course's theme: the built-in theme with the files of the course's theme folder laid over it,
 * file by file. {@code theme/templates/partials/footer.jte} replaces that template only, {@code
 * theme/assets/css/lectern.css} that stylesheet only; any other file is added. A theme folder that
 * does not exist changes nothing.
 */
public final class Theme {
    private Theme() {}

    /**
     * One part of the theme ({@code templates} or {@code assets}).
     *
     * @param files path below the part's folder to bytes, built-in and overriding files merged
     * @param overridden the paths whose bytes come from the theme folder and differ from the built-in ones
     * @param dir the theme folder's part ({@code theme/templates}), which may not exist
     */
    public record Layer(Map<String, byte[]> files, Set<String> overridden, Path dir) {}

    public static Layer templates(Path themeDir) {
        return layer(themeDir, "templates");
    }

    public static Layer assets(Path themeDir) {
        return layer(themeDir, "assets");
    }

    private static Layer layer(Path themeDir, String part) {
        Map<String, byte[]> files = new TreeMap<>();
        String prefix = part + "/";
        for (Map.Entry<String, byte[]> e : BuiltinTheme.files().entrySet()) {
            if (e.getKey().startsWith(prefix)) files.put(e.getKey().substring(prefix.length()), e.getValue());
        }
        Set<String> overridden = new TreeSet<>();
        Path dir = themeDir.resolve(part);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    Path rel = dir.relativize(f);
                    if (hidden(rel)) continue;
                    String name = rel.toString().replace('\\', '/');
                    byte[] bytes = Files.readAllBytes(f);
                    byte[] builtin = files.put(name, bytes);
                    if (builtin == null || !Arrays.equals(builtin, bytes)) overridden.add(name);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
        return new Layer(Collections.unmodifiableMap(files), Collections.unmodifiableSet(overridden), dir);
    }

    /** Editors' backup and swap files (dot files) are not part of a theme. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }
}
