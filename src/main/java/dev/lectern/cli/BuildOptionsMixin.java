package dev.lectern.cli;

import dev.lectern.build.BuildOptions;
import dev.lectern.yaml.YamlReader;
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

    @Option(names = "--verbose", description = "With each YAML error, also print the YAML parser's own message.")
    void verbose(boolean on) {
        if (on) System.setProperty(YamlReader.VERBOSE, "true");
    }

    BuildOptions toOptions(boolean write, boolean preview) {
        return new BuildOptions(content, theme, out, cache, drafts, basePath, write, preview);
    }
}
