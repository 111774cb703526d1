package dev.lectern.build;

import java.nio.file.Path;

/**
 * What to build: folders and switches from the command line.
 *
 * @param basePath overrides {@code base_path} of site.yaml when not null
 * @param write false for {@code lectern check}: everything but writing
 * @param preview the build is for {@code lectern serve} (adds the live-reload client)
 * @param compress also write {@code .gz} files (as {@code compress: true} in site.yaml does)
 * @param strict {@code --strict} (true: a broken link fails the build) or {@code --no-strict} (false: it
 *     is a warning); null leaves it to {@code links:} of site.yaml
 */
public record BuildOptions(Path contentDir, Path themeDir, Path outDir, Path cacheDir, boolean drafts,
                           String basePath, boolean write, boolean preview, boolean compress, Boolean strict) {

    public BuildOptions(Path contentDir, Path themeDir, Path outDir, Path cacheDir, boolean drafts,
                        String basePath, boolean write, boolean preview, boolean compress) {
        this(contentDir, themeDir, outDir, cacheDir, drafts, basePath, write, preview, compress, null);
    }

    public BuildOptions(Path contentDir, Path themeDir, Path outDir, Path cacheDir, boolean drafts,
                        String basePath, boolean write, boolean preview) {
        this(contentDir, themeDir, outDir, cacheDir, drafts, basePath, write, preview, false);
    }

    /** Folders as the README describes them, relative to the working folder. */
    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("theme"), Path.of("site"), Path.of(".lectern-cache"),
                false, null, true, false);
    }

    public BuildOptions withWrite(boolean w) {
        return new BuildOptions(contentDir, themeDir, outDir, cacheDir, drafts, basePath, w, preview, compress, strict);
    }

    public BuildOptions withOut(Path out) {
        return new BuildOptions(contentDir, themeDir, out, cacheDir, drafts, basePath, write, preview, compress, strict);
    }

    public BuildOptions withCompress(boolean c) {
        return new BuildOptions(contentDir, themeDir, outDir, cacheDir, drafts, basePath, write, preview, c, strict);
    }

    public BuildOptions withStrict(Boolean s) {
        return new BuildOptions(contentDir, themeDir, outDir, cacheDir, drafts, basePath, write, preview, compress, s);
    }

    public BuildOptions withContent(Path content) {
        return new BuildOptions(content, themeDir, outDir, cacheDir, drafts, basePath, write, preview, compress, strict);
    }
}
