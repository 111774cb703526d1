package dev.lectern.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** A folder of files shipped inside Lectern's jar (or its classes folder, in tests), read whole. */
final class ClasspathTree {
    private ClasspathTree() {}

    /**
     * Every file below {@code root} ({@code lectern-theme/}), by its path below it, with its bytes.
     *
     * @param marker a file known to be there ({@code templates/layout.jte}), to find the jar or folder
     */
    static Map<String, byte[]> read(String root, String marker) {
        URL url = ClasspathTree.class.getClassLoader().getResource(root + marker);
        if (url == null) throw new IllegalStateException(root + " is missing from Lectern's jar");
        Map<String, byte[]> out = new TreeMap<>();
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection c = (JarURLConnection) url.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = new JarFile(Path.of(c.getJarFileURL().toURI()).toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (e.isDirectory() || !e.getName().startsWith(root)) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put(e.getName().substring(root.length()), in.readAllBytes());
                        }
                    }
                }
            } else {
                Path dir = Path.of(url.toURI());
                for (int i = marker.split("/").length; i > 0; i--) dir = dir.getParent();
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.filter(Files::isRegularFile).toList()) {
                        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + " from Lectern's jar: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
