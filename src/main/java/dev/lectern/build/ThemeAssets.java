package dev.lectern.build;

import dev.lectern.diag.Diagnostics;
import dev.lectern.publish.Fingerprints;
import dev.lectern.render.AssetMinifier;
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
        PublishedAssets hashed = Fingerprints.publish(dir, displayDir, diagnostics, !preview);
        if (preview) return hashed; // as written: what the author edits is what the browser shows
        // Names are hashed from the sources; the bytes published are the minified ones.
        return new PublishedAssets(hashed.paths(), AssetMinifier.minify(hashed.files()));
    }
}
