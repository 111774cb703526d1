package dev.lectern.cli;

import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.ProjectRoot;
import dev.lectern.pipeline.OutputFolder;
import dev.lectern.pipeline.OutputLock;
import dev.lectern.pipeline.OutputRefused;
import java.io.IOException;
import java.io.PrintWriter;
import dev.lectern.yaml.YamlReader;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that builds shares: where content, theme and output live. Folders not
 * given are those of the project folder ({@link ProjectRoot}): the nearest of the working folder and
 * its parents that holds {@code content/site.yaml}, else the working folder. Each option is declared
 * once, in the part that names what it is about; commands that need only some take those parts
 * ({@code export-quizzes} the {@link Sources}, {@code nginx-config} the {@link Content} and {@link Site}).
 */
public final class BuildOptionsMixin {
    @Mixin
    Sources sources;

    @Mixin
    Site site;

    @Option(names = "--strict", negatable = true, description = "A broken link fails the build (--no-strict: it is a"
            + " warning and the link is written as plain text). Default: `links:` of site.yaml, else strict.")
    Boolean strict;

    @Option(names = "--wait", paramLabel = "SECONDS", description = "How long to wait for another Lectern writing the same output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int waitSeconds;

    BuildOptions toOptions(boolean write, boolean preview) {
        Path root = ProjectRoot.find(Path.of(""));
        return sources.builder(root).out(site.out(root)).basePath(site.basePath).write(write).preview(preview)
                .strict(strict).build();
    }

    /** {@code --content}: the course's sources. */
    static final class Content {
        @Option(names = "--content", paramLabel = "DIR", description = "Course sources (default: content, in the project folder).")
        Path content;

        Path content(Path root) {
            return or(content, root, "content");
        }
    }

    /** What a build reads: the content, the theme, the cache, drafts or not. */
    static final class Sources {
        @Mixin
        Content content;

        @Option(names = "--theme", paramLabel = "DIR", description = "Templates and assets laid over the built-in theme, file by file (default: theme, in the project folder).")
        Path theme;

        @Option(names = "--cache", paramLabel = "DIR", description = "Cache of compiled templates and laid-out diagrams (default: .lectern-cache, in the project folder).")
        Path cache;

        @Option(names = "--drafts", description = "Include pages marked `draft: true`.")
        boolean drafts;

        @Option(names = "--verbose", description = "With each YAML error, also print the YAML parser's own message.")
        void verbose(boolean on) {
            if (on) System.setProperty(YamlReader.VERBOSE, "true");
        }

        /** Options for a build of these sources; folders not given are those of the project folder {@code root}. */
        BuildOptions.Builder builder(Path root) {
            return BuildOptions.builder().content(content.content(root)).theme(or(theme, root, "theme"))
                    .cache(or(cache, root, ".lectern-cache")).drafts(drafts);
        }
    }

    /** The built site: its folder, and the path it is served under. */
    static final class Site {
        @Option(names = "--out", paramLabel = "DIR", description = "The site folder: where the site is built (default: site, in the project folder).")
        Path out;

        @Option(names = "--base-path", paramLabel = "P", converter = BasePathConverter.class, description = "Serve the site under this path, e.g. /course/ (overrides base_path of site.yaml).")
        String basePath;

        Path out(Path root) {
            return or(out, root, "site");
        }
    }

    static Path or(Path given, Path root, String name) {
        return given != null ? given : root.resolve(name);
    }

    /**
     * Checks the output folder and takes its lock ({@link OutputLock}); on refusal prints one line
     * and returns null (the command exits 2).
     */
    OutputLock claimOutput(BuildOptions options, PrintWriter err) {
        try {
            if (waitSeconds < 0) throw new OutputRefused("--wait must be 0 or more seconds, not " + waitSeconds);
            return OutputLock.acquire(OutputFolder.of(options), Duration.ofSeconds(waitSeconds),
                    message -> {
                        err.println("lectern: " + message);
                        err.flush();
                    });
        } catch (IOException e) {
            err.println("lectern: " + (e instanceof OutputRefused ? e.getMessage()
                    : "cannot lock the output folder " + options.outDir() + ": " + e.getMessage()));
            err.flush();
            return null;
        }
    }

    /** {@code --base-path}: a plain URL path or a usage error. */
    static final class BasePathConverter implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String problem = dev.lectern.config.SiteConfig.basePathProblem(value);
            if (problem != null) throw new picocli.CommandLine.TypeConversionException(problem);
            return value;
        }
    }
}
