package dev.lectern.publish;

import dev.lectern.render.AssetPaths;
import java.util.Map;

/**
 * The theme's assets as they are published: the names templates link to, and the bytes to write.
 *
 * @param paths theme asset path ({@code css/lectern.css}) to its fingerprinted name ({@code css/lectern.3f2a9c1e.css})
 * @param files path below the site root ({@code assets/css/lectern.3f2a9c1e.css}) to the file's bytes, in name order
 */
public record PublishedAssets(AssetPaths paths, Map<String, byte[]> files) {}
