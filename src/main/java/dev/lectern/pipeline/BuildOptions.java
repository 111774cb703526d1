package dev.lectern.pipeline;

import java.nio.file.Path;

/**
 * What to build: folders and switches from the command line. Made with {@link #builder()} (each value
 * named, the rest as {@link #defaults()}), changed with {@link #toBuilder()} or a {@code with...} method.
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

    /** Folders as the README describes them, relative to the working folder; no drafts, writes the site. */
    public static BuildOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().content(contentDir).theme(themeDir).out(outDir).cache(cacheDir).drafts(drafts)
                .basePath(basePath).write(write).preview(preview).compress(compress).strict(strict);
    }

    public BuildOptions withWrite(boolean w) {
        return toBuilder().write(w).build();
    }

    public BuildOptions withOut(Path out) {
        return toBuilder().out(out).build();
    }

    public BuildOptions withCompress(boolean c) {
        return toBuilder().compress(c).build();
    }

    public BuildOptions withStrict(Boolean s) {
        return toBuilder().strict(s).build();
    }

    public BuildOptions withContent(Path content) {
        return toBuilder().content(content).build();
    }

    /** Named values for {@link BuildOptions}; what is not set is as in {@link #defaults()}. */
    public static final class Builder {
        private Path contentDir = Path.of("content");
        private Path themeDir = Path.of("theme");
        private Path outDir = Path.of("site");
        private Path cacheDir = Path.of(".lectern-cache");
        private boolean drafts;
        private String basePath;
        private boolean write = true;
        private boolean preview;
        private boolean compress;
        private Boolean strict;

        private Builder() {}

        public Builder content(Path dir) {
            contentDir = dir;
            return this;
        }

        public Builder theme(Path dir) {
            themeDir = dir;
            return this;
        }

        public Builder out(Path dir) {
            outDir = dir;
            return this;
        }

        public Builder cache(Path dir) {
            cacheDir = dir;
            return this;
        }

        public Builder drafts(boolean on) {
            drafts = on;
            return this;
        }

        public Builder basePath(String path) {
            basePath = path;
            return this;
        }

        public Builder write(boolean on) {
            write = on;
            return this;
        }

        public Builder preview(boolean on) {
            preview = on;
            return this;
        }

        public Builder compress(boolean on) {
            compress = on;
            return this;
        }

        public Builder strict(Boolean on) {
            strict = on;
            return this;
        }

        public BuildOptions build() {
            return new BuildOptions(contentDir, themeDir, outDir, cacheDir, drafts, basePath, write, preview, compress,
                    strict);
        }
    }
}
