package dev.lectern.build;

import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.diag.Diagnostics;
import dev.lectern.render.OutputPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the same site again and again for {@code lectern serve}, numbering each build and telling
 * which output files changed. A failed build writes nothing: the last good site stays.
 */
public final class BuildSession {
    /**
     * One finished build.
     *
     * @param changed output paths ({@code dns/index.html}) written or removed by this build
     */
    public record Outcome(int number, BuildResult result, List<String> changed) {}

    private final BuildOptions options;
    private int number;
    private Map<String, String> lastPages = Map.of();
    private volatile String basePath = "/";

    public BuildSession(BuildOptions options) {
        this.options = options;
    }

    /** Rebuilds after {@code changedSources} changed ({@code null}: unknown, check everything). */
    public synchronized Outcome rebuild(Set<Path> changedSources) {
        BuildResult result = new Build(options).run();
        basePath = config().basePath();
        number++;
        List<String> changed = new ArrayList<>();
        if (result.written()) {
            Map<String, String> pages = new HashMap<>();
            for (OutputPage p : result.pages()) {
                pages.put(p.path(), p.html());
                if (!p.html().equals(lastPages.get(p.path()))) changed.add(p.path());
            }
            for (String old : lastPages.keySet()) if (!pages.containsKey(old)) changed.add(old);
            lastPages = pages;
        }
        return new Outcome(number, result, changed);
    }

    /** Where the site is served ({@code /} or e.g. {@code /course/}), as of the last build. */
    public String basePath() {
        return basePath;
    }

    private SiteConfig config() {
        Path file = options.contentDir().resolve("site.yaml");
        SiteConfig config = SiteConfigLoader.load(file, Build.display(file), new Diagnostics());
        return options.basePath() != null ? config.withBasePath(options.basePath()) : config;
    }
}
