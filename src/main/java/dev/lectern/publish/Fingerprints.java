package dev.lectern.publish;

import dev.lectern.util.Urls;
import dev.lectern.diag.Diagnostics;
import dev.lectern.render.AssetPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publishes the theme's assets under names that carry a hash of their content
 * ({@code css/lectern.css} becomes {@code css/lectern.3f2a9c1e.css}), so servers and CDNs can cache them
 * for a year: a changed file gets a new name. References inside CSS ({@code url(...)}, {@code @import})
 * are rewritten first, so a stylesheet's hash also changes when an image or font it uses changes.
 * Templates reach the new names through {@link AssetPaths}; JavaScript that loads an asset at run time
 * gets the href from its template, in a data attribute.
 */
public final class Fingerprints {
    /** {@code url(x)}, {@code url('x')}, {@code url("x")} and {@code @import "x"}. */
    private static final Pattern CSS_REFERENCE = Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\")\\s]+)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3");
    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|/|#).*");
    static final int HASH_LENGTH = 8;

    private final Map<String, byte[]> sources;
    private final String displayDir;
    private final Diagnostics diagnostics;
    private final BiFunction<String, byte[], byte[]> finish;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, byte[]> published = new HashMap<>();
    private final Deque<String> visiting = new ArrayDeque<>();

    private Fingerprints(Map<String, byte[]> sources, String displayDir, Diagnostics diagnostics,
                         BiFunction<String, byte[], byte[]> finish) {
        this.sources = sources;
        this.displayDir = displayDir;
        this.diagnostics = diagnostics;
        this.finish = finish;
    }

    /**
     * Reads every file below {@code dir} (the theme's {@code assets} folder) and fingerprints it; with
     * {@code fingerprint} false (preview builds, whose server swaps changed stylesheets in place by
     * name) every asset keeps its name. {@code finish} turns a file's bytes (given its path) into the
     * published ones, minified for example; the hash is taken from its result.
     */
    public static PublishedAssets publish(Path dir, String displayDir, Diagnostics diagnostics, boolean fingerprint,
                                          BiFunction<String, byte[], byte[]> finish) {
        Map<String, byte[]> sources = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    sources.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            } catch (IOException e) {
                diagnostics.error(displayDir, 0, 0, "cannot read theme assets: " + e.getMessage());
            }
        }
        return publish(sources, displayDir, diagnostics, fingerprint, finish);
    }

    /** The same for assets given as path to bytes (the theme's, built-in and overriding files merged). */
    public static PublishedAssets publish(Map<String, byte[]> sources, String displayDir, Diagnostics diagnostics,
                                          boolean fingerprint, BiFunction<String, byte[], byte[]> finish) {
        return fingerprint ? of(sources, displayDir, diagnostics, finish) : plain(sources, finish);
    }

    /** The relative references of a stylesheet ({@code url(...)}, {@code @import}), as written. */
    public static List<String> cssReferences(String css) {
        List<String> out = new ArrayList<>();
        Matcher m = CSS_REFERENCE.matcher(css);
        while (m.find()) {
            String ref = m.group(2) != null ? m.group(2) : m.group(4);
            if (!EXTERNAL.matcher(ref).matches()) out.add(ref);
        }
        return out;
    }

    /** Every asset under its own name. */
    static PublishedAssets plain(Map<String, byte[]> sources, BiFunction<String, byte[], byte[]> finish) {
        Map<String, String> same = new TreeMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : new TreeMap<>(sources).entrySet()) {
            same.put(e.getKey(), e.getKey());
            files.put("assets/" + e.getKey(), finish.apply(e.getKey(), e.getValue()));
        }
        return new PublishedAssets(new AssetPaths(Collections.unmodifiableMap(same)), files);
    }

    /** Fingerprints assets given as theme asset path to content. */
    public static PublishedAssets of(Map<String, byte[]> sources, String displayDir, Diagnostics diagnostics,
                                     BiFunction<String, byte[], byte[]> finish) {
        Fingerprints f = new Fingerprints(sources, displayDir, diagnostics, finish);
        Map<String, String> renamed = new TreeMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : new TreeMap<>(sources).keySet()) {
            String name = f.name(path);
            renamed.put(path, name);
            files.put("assets/" + name, f.published.get(path));
        }
        return new PublishedAssets(new AssetPaths(Collections.unmodifiableMap(renamed)), files);
    }

    /** The published name of an asset, computing it (and those it references) on first use. */
    private String name(String path) {
        String done = names.get(path);
        if (done != null) return done;
        visiting.push(path);
        byte[] bytes = sources.get(path);
        if (path.endsWith(".css")) bytes = rewriteCss(path, bytes);
        bytes = finish.apply(path, bytes);
        visiting.pop();
        String name = withHash(path, hash(bytes));
        names.put(path, name);
        published.put(path, bytes);
        return name;
    }

    /** Points every relative reference of a stylesheet at the fingerprinted file. */
    private byte[] rewriteCss(String path, byte[] bytes) {
        String css = new String(bytes, StandardCharsets.UTF_8);
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        Matcher m = CSS_REFERENCE.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (m.find()) {
            int group = m.group(2) != null ? 2 : 4;
            String ref = m.group(group);
            String replacement = ref;
            if (!EXTERNAL.matcher(ref).matches()) {
                int cut = indexOfAny(ref, '?', '#');
                String file = cut < 0 ? ref : ref.substring(0, cut);
                String target = Urls.resolve(folder, file);
                if (target != null && visiting.contains(target)) {
                    List<String> chain = new ArrayList<>(visiting);
                    Collections.reverse(chain);
                    error(path, css, m.start(group), "stylesheets refer to each other in a cycle: "
                            + String.join(" -> ", chain) + " -> " + target);
                } else if (target != null && sources.containsKey(target)) {
                    String name = name(target);
                    String base = file.substring(0, file.lastIndexOf('/') + 1);
                    replacement = base + name.substring(name.lastIndexOf('/') + 1) + (cut < 0 ? "" : ref.substring(cut));
                } else {
                    error(path, css, m.start(group), "`" + ref + "` names no file below " + displayDir);
                }
            }
            String whole = m.group();
            int offset = m.start(group) - m.start();
            m.appendReplacement(out, Matcher.quoteReplacement(
                    whole.substring(0, offset) + replacement + whole.substring(offset + ref.length())));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void error(String path, String css, int at, String message) {
        int lineStart = css.lastIndexOf('\n', at - 1) + 1;
        int line = (int) css.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        diagnostics.error(displayDir + "/" + path, line, at - lineStart + 1, message);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** {@code css/lectern.css} + hash = {@code css/lectern.3f2a9c1e.css}; a name without extension gets it at the end. */
    static String withHash(String path, String hash) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) return path + "." + hash;
        return path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    /** The first {@value #HASH_LENGTH} hex digits of the content's SHA-256. */
    static String hash(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < HASH_LENGTH / 2; i++) hex.append(String.format("%02x", d[i]));
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
