package dev.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arrows between Lectern's packages go one way: no package reaches, through others, back to itself,
 * and {@code dev.lectern.util} (HTML escaping, URLs, asset minifying ...) uses none of ours. Read from
 * the sources: every mention of {@code dev.lectern.PACKAGE.} (imports, static imports and names
 * written out in full) is an arrow.
 */
class PackageArrowsTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/lectern");
    private static final Pattern MENTION = Pattern.compile("\\bdev\\.lectern\\.([a-z]\\w*)\\.([A-Za-z]\\w*)");

    // Checks that no package of ours depends, directly or through others, on itself.
    @Test
    void noPackageCycle() {
        Map<String, Map<String, Set<String>>> arrows = arrows(SOURCES);
        assertThat(arrows).containsKeys("markdown", "util");
        assertThat(cycles(arrows)).as("package cycles (package -> package: file -> class)").isEmpty();
    }

    // Checks that the shared package depends on no package of ours.
    @Test
    void utilUsesNothingOfOurs() {
        assertThat(arrows(SOURCES).getOrDefault("util", Map.of())).isEmpty();
    }

    // Checks that the scan finds a cycle when there is one (so the test above can fail).
    @Test
    void aCycleIsFound() {
        Map<String, Map<String, Set<String>>> arrows = new TreeMap<>();
        arrows.put("a", new TreeMap<>(Map.of("b", Set.of("A.java -> B"))));
        arrows.put("b", new TreeMap<>(Map.of("c", Set.of("B.java -> C"))));
        arrows.put("c", new TreeMap<>(Map.of("a", Set.of("C.java -> A"))));
        arrows.put("d", new TreeMap<>(Map.of("a", Set.of("D.java -> A"))));
        assertThat(cycles(arrows)).containsExactly("a -> b: [A.java -> B]; b -> c: [B.java -> C]; c -> a: [C.java -> A]");
    }

    /** package -> package it mentions -> "File.java -> Class" for each mention. */
    static Map<String, Map<String, Set<String>>> arrows(Path root) {
        Map<String, Map<String, Set<String>>> arrows = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                Map<String, Set<String>> out = arrows.computeIfAbsent(pkg, k -> new TreeMap<>());
                Matcher m = MENTION.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(1).equals(pkg)) continue;
                    out.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(f.getFileName() + " -> " + m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return arrows;
    }

    /** Each strongly connected group of two or more packages, described by the arrows of one cycle through it. */
    static List<String> cycles(Map<String, Map<String, Set<String>>> arrows) {
        List<String> found = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (String start : arrows.keySet()) {
            if (reported.contains(start)) continue;
            List<String> path = shortestPathBack(arrows, start);
            if (path == null) continue;
            reported.addAll(path);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < path.size(); i++) {
                String from = path.get(i);
                String to = path.get((i + 1) % path.size());
                parts.add(from + " -> " + to + ": " + arrows.get(from).get(to));
            }
            found.add(String.join("; ", parts));
        }
        return found;
    }

    /** The packages of a shortest cycle from {@code start} back to it, or null. */
    private static List<String> shortestPathBack(Map<String, Map<String, Set<String>>> arrows, String start) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : arrows.getOrDefault(at, Map.of()).keySet()) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(at));
                    for (String p = cameFrom.get(at); p != null; p = cameFrom.get(p)) path.add(0, p);
                    return path;
                }
                if (!cameFrom.containsKey(next) && !next.equals(start)) {
                    cameFrom.put(next, at);
                    queue.add(next);
                }
            }
        }
        return null;
    }
}
