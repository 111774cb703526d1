package dev.lectern.testing;

import dev.lectern.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What tests that compare a build with another compare: its files and its diagnostics as printed. */
public final class Snapshots {
    private Snapshots() {}

    /** Every regular file below {@code dir} by relative path, its bytes as ISO-8859-1; empty when there is no folder. */
    public static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) return files;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** The diagnostics as a build prints them. */
    public static List<String> formatted(List<Diagnostic> ds) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : ds) out.add(d.format());
        return out;
    }
}
