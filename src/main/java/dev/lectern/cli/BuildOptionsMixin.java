package dev.lectern.cli;

import dev.lectern.build.BuildOptions;
import dev.lectern.build.ProjectRoot;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command that builds shares: where content, theme and output live. Folders not
 * given are those of the project folder ({@link ProjectRoot}): the nearest of the working folder and
 * its parents that holds {@code content/site.yaml}, else the working folder.
 */
public final class BuildOptionsMixin {
    @Option(names = "--content", paramLabel = "DIR", description = "Course sources (default: content, in the project folder).")
    Path content;

    @Option(names = "--theme", paramLabel = "DIR", description = "Templates and assets laid over the built-in theme, file by file (default: theme, in the project folder).")
    Path theme;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site, in the project folder).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", description = "Cache of compiled templates and laid-out diagrams (default: .lectern-cache, in the project folder).")
    Path cache;

    @Option(names = "--drafts", description = "Include pages marked `draft: true`.")
    boolean drafts;

    @Option(names = "--base-path", paramLabel = "P", description = "Serve the site under this path, e.g. /course/ (overrides site.yaml).")
    String basePath;

    @Option(names = "--strict", negatable = true, description = "A broken link fails the build (--no-strict: it is a"
            + " warning and the link is written as plain text). Default: `links:` of site.yaml, else strict.")
    Boolean strict;

    BuildOptions toOptions(boolean write, boolean preview) {
        Path root = ProjectRoot.find(Path.of(""));
        return new BuildOptions(or(content, root, "content"), or(theme, root, "theme"), or(out, root, "site"),
                or(cache, root, ".lectern-cache"), drafts, basePath, write, preview).withStrict(strict);
    }

    static Path or(Path given, Path root, String name) {
        return given != null ? given : root.resolve(name);
    }
}
