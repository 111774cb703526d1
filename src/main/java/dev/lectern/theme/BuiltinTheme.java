package dev.lectern.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The theme that comes with Lectern: the repository's {@code theme/} folder, packaged into the jar
 * below {@code lectern-theme/}. Its templates are also compiled into the jar ({@code
 * dev.lectern.theme.builtin}, by jte's Maven plugin), so a course that overrides none needs no javac.
 */
public final class BuiltinTheme {
    static final String ROOT = "lectern-theme/";
    /** The package of the precompiled built-in templates. */
    public static final String PACKAGE = "dev.lectern.theme.builtin";

    private static volatile Map<String, byte[]> files;

    private BuiltinTheme() {}

    /** Every file of the built-in theme ({@code templates/layout.jte}, {@code assets/css/lectern.css}) and its bytes. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> f = files;
        if (f == null) {
            f = Collections.unmodifiableMap(read());
            files = f;
        }
        return f;
    }

    private static Map<String, byte[]> read() {
        URL marker = BuiltinTheme.class.getClassLoader().getResource(ROOT + "templates/layout.jte");
        if (marker == null) throw new IllegalStateException("the built-in theme is missing from Lectern's jar");
        Map<String, byte[]> out = new TreeMap<>();
        try {
            if (marker.getProtocol().equals("jar")) {
                JarURLConnection c = (JarURLConnection) marker.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = new JarFile(Path.of(c.getJarFileURL().toURI()).toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (e.isDirectory() || !e.getName().startsWith(ROOT)) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put(e.getName().substring(ROOT.length()), in.readAllBytes());
                        }
                    }
                }
            } else {
                // Running from classes (tests): templates/layout.jte is two levels below the root.
                Path root = Path.of(marker.toURI()).getParent().getParent();
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path p : s.filter(Files::isRegularFile).toList()) {
                        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in theme: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
