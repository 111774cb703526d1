package dev.lectern.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The small working course {@code lectern new DIR} writes: a home page, two sections, a page with a
 * diagram and one with a quiz, a glossary, {@code site.yaml} with every setting, a {@code .gitignore}
 * and a README. Shipped in the jar below {@code lectern-starter/}.
 */
public final class Starter {
    private static final String ROOT = "lectern-starter/";

    private Starter() {}

    /** Whether {@code dir} may receive a starter: it does not exist, or is an empty folder. */
    public static boolean canWrite(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Writes the starter into {@code dir} (which {@link #canWrite} allowed); returns the files written, relative. */
    public static List<String> write(Path dir) throws IOException {
        String title = title(dir);
        List<String> written = new ArrayList<>();
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : ClasspathTree.read(ROOT, "content/site.yaml").entrySet()) {
            // Maven leaves .gitignore files out of jars; the starter's is stored without its dot.
            String name = f.getKey().equals("gitignore") ? ".gitignore" : f.getKey();
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (name.equals("content/site.yaml")) text = text.replace("{{title}}", yamlEscape(title));
            else text = text.replace("{{title}}", title);
            Path to = dir.resolve(name);
            Files.createDirectories(to.getParent());
            Files.writeString(to, text, StandardCharsets.UTF_8);
            written.add(name);
        }
        return written;
    }

    /** A course title from its folder's name: {@code my-course} becomes {@code My course}. */
    static String title(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String s = name == null ? "" : name.toString().replaceAll("[-_]+", " ").strip();
        if (s.isEmpty()) return "My course";
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String yamlEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
