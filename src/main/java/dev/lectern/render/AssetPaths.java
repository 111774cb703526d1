package dev.lectern.render;

import java.util.Map;

/**
 * Maps a theme asset's path ({@code js/quiz.js}) to the path it is published under below the
 * site root ({@code assets/js/quiz.js}). Publishing may fingerprint names, so every template asks here.
 */
public record AssetPaths(Map<String, String> renamed) {
    public static final AssetPaths PLAIN = new AssetPaths(Map.of());

    public String outputPath(String assetPath) {
        return "assets/" + renamed.getOrDefault(assetPath, assetPath);
    }
}
