package dev.lectern.cli;

import dev.lectern.build.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that builds shares: where content, theme and output live. */
public final class BuildOptionsMixin {
    @Option(names = "--content", paramLabel = "DIR", description = "Course sources (default: ${DEFAULT-VALUE}).",
            defaultValue = "content")
    Path content;

    @Option(names = "--theme", paramLabel = "DIR", description = "Templates and assets (default: ${DEFAULT-VALUE}).",
            defaultValue = "theme")
    Path theme;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "site")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", description = "Cache of compiled templates and laid-out diagrams (default: ${DEFAULT-VALUE}).",
            defaultValue = ".lectern-cache")
    Path cache;

    @Option(names = "--drafts", description = "Include pages marked `draft: true`.")
    boolean drafts;

    @Option(names = "--base-path", paramLabel = "P", description = "Serve the site under this path, e.g. /course/ (overrides site.yaml).")
    String basePath;

    @Option(names = "--strict", negatable = true, description = "A broken link fails the build (--no-strict: it is a"
            + " warning and the link is written as plain text). Default: `links:` of site.yaml, else strict.")
    Boolean strict;

    BuildOptions toOptions(boolean write, boolean preview) {
        return new BuildOptions(content, theme, out, cache, drafts, basePath, write, preview).withStrict(strict);
    }
}
