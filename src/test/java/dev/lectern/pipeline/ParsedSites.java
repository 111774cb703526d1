package dev.lectern.pipeline;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.Course;
import dev.lectern.diag.Diagnostics;
import dev.lectern.glossary.Glossary;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.Templates;
import dev.lectern.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The course, every fixture site and every test corpus, loaded and through the Markdown stage (before
 * the glossary's marks), for tests that hold what the Markdown stage records to what the HTML says.
 */
public final class ParsedSites {
    private ParsedSites() {}

    /** One site: its course, glossary and pages as the Markdown stage gives them. */
    public record Site(String name, Course course, Glossary glossary, List<RenderedPage> pages) {}

    /** Every site, parsed with {@code cache} as the cache folder (for diagrams). */
    public static List<Site> all(Path cache) {
        List<Site> out = new ArrayList<>();
        out.add(parse("course", Path.of("content"), Path.of("theme"), cache));
        for (Path d : folders(Path.of("src/test/resources/sites"))) out.add(parse(d.getFileName().toString(), d.resolve("content"), d.resolve("theme"), cache));
        for (Path d : folders(Path.of("src/test/resources/corpora"))) out.add(parse(d.getFileName().toString(), d, d.resolve("theme"), cache));
        return out;
    }

    private static List<Path> folders(Path root) {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Site parse(String name, Path content, Path theme, Path cache) {
        BuildOptions options = Build.projectContent(BuildOptions.builder().content(content).theme(theme).cache(cache).build());
        BuildSession session = new BuildSession(options);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = session.loadConfig(diagnostics);
        Course course = new ContentLoader(options.contentDir(), name, false, diagnostics).load(config);
        Glossary glossary = Glossary.load(options.contentDir().resolve("glossary.yaml"), "glossary.yaml", diagnostics);
        Templates templates = Templates.load(Theme.templates(theme), cache);
        List<RenderedPage> pages = new ParseStage(options, false).run(course, 0, CompletableFuture.completedFuture(templates), 0,
                diagnostics, BuildProgress.NONE);
        return new Site(name, course, glossary, pages);
    }
}
