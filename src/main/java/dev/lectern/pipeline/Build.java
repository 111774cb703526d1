package dev.lectern.pipeline;

import dev.lectern.config.MkDocsConfig;
import java.nio.file.Path;

/**
 * One build: a {@link BuildSession} that starts with empty memory, builds once and keeps nothing for a
 * next build (each stage's results are garbage once the next stage has them). The pipeline and
 * its stages are described there; {@code lectern serve} runs the very same lines again and again.
 */
public final class Build {
    private final BuildOptions options;
    private BuildProgress progress = BuildProgress.NONE;

    public Build(BuildOptions options) {
        this.options = options;
    }

    /** Tells {@code p} each stage and page as the build goes (for a progress line). */
    public Build withProgress(BuildProgress p) {
        this.progress = p;
        return this;
    }

    /**
     * The options with the content folder an MkDocs project names: a folder holding {@code mkdocs.yml}
     * (and no {@code site.yaml}) builds its {@code docs_dir}.
     */
    public static BuildOptions projectContent(BuildOptions options) {
        MkDocsConfig.Project mkdocs = MkDocsConfig.find(options.contentDir());
        return mkdocs == null || mkdocs.docsDir().equals(options.contentDir()) ? options
                : options.withContent(mkdocs.docsDir());
    }

    public BuildResult run() {
        return new BuildSession(options, false).withProgress(progress).rebuild(null).result();
    }

    /** A path as printed in diagnostics: relative to the working folder when it is below it. */
    public static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return s.isEmpty() ? "." : s.replace('\\', '/');
    }
}
