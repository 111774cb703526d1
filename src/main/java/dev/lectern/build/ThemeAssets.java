package dev.lectern.build;

import dev.lectern.diag.Diagnostics;
import dev.lectern.publish.Fingerprints;
import dev.lectern.publish.PublishedAssets;
import dev.lectern.render.AssetPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's assets as a build publishes them: fingerprinted names for a site that is deployed; for
 * a preview ({@code lectern serve}) the names stay as they are, so that a changed stylesheet can be
 * swapped into open pages without touching a single page (fingerprints would rename it in every
 * page). The fingerprinting runs in a preview too, for its diagnostics.
 */
final class ThemeAssets {
    private ThemeAssets() {}

    static PublishedAssets publish(Path dir, String displayDir, boolean preview, Diagnostics diagnostics) {
        if (!preview) return Fingerprints.publish(dir, displayDir, diagnostics);
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
        Fingerprints.of(sources, displayDir, diagnostics);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : sources.entrySet()) files.put(AssetPaths.PLAIN.outputPath(e.getKey()), e.getValue());
        return new PublishedAssets(AssetPaths.PLAIN, files);
    }
}
