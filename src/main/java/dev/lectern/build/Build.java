package dev.lectern.build;

import dev.lectern.blocks.BlockKinds;
import dev.lectern.check.SiteChecker;
import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.CodeHighlighter;
import dev.lectern.markdown.LinkTargets;
import dev.lectern.markdown.MarkdownRenderer;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.AssetPaths;
import dev.lectern.render.OutputPage;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.SiteView;
import dev.lectern.render.Templates;
import gg.jte.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the pipeline: load the content, render the Markdown (in parallel), put it in the theme's
 * templates, check the result, and only then write it. Reports every problem of the build at once.
 */
public final class Build {
    private static final Pattern TEMPLATE_POSITION = Pattern.compile(
            "(?:Failed to (?:compile|render) ([^\\s,]+), error at line (\\d+))|(?:error at ([^\\s:]+):(\\d+))");

    private final BuildOptions options;

    public Build(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Path content = options.contentDir();
        if (!Files.isDirectory(content)) {
            diagnostics.error(display(content), 0, 0, "content folder not found");
            return finish(diagnostics, List.of(), 0, 0, start, false);
        }
        Path templateDir = options.themeDir().resolve("templates");
        // Compiling templates (cold: about a second of javac) overlaps with loading and parsing.
        CompletableFuture<Templates> templates = CompletableFuture.supplyAsync(
                () -> Templates.load(templateDir, options.cacheDir()));

        SiteConfig config = SiteConfigLoader.load(content.resolve("site.yaml"), display(content.resolve("site.yaml")),
                diagnostics);
        if (options.basePath() != null) config = config.withBasePath(options.basePath());
        Course course = new ContentLoader(content, display(content), options.drafts(), diagnostics).load(config);

        MarkdownRenderer markdown = new MarkdownRenderer(BlockKinds.builtIn(), config.rawHtml(), CodeHighlighter.NONE);
        LinkTargets targets = source -> course.page(source).map(SourcePage::url).orElse(null);
        List<RenderedPage> rendered = course.pages().parallelStream()
                .map(p -> markdown.render(p, targets, diagnostics)).toList();

        Map<String, Path> assets = themeAssets(options.themeDir().resolve("assets"), diagnostics);
        Map<String, Path> files = new LinkedHashMap<>(assets);
        for (Course.StaticFile f : course.staticFiles()) files.put(f.outputPath(), f.file());

        Map<String, Integer> quizzesByUrl = new LinkedHashMap<>();
        for (RenderedPage p : rendered) quizzesByUrl.put(p.source().url(), (int) p.countBlocks("quiz"));
        SiteView site = new SiteView(config, Version.current(), AssetPaths.PLAIN, options.preview());
        List<OutputPage> pages;
        try {
            PageRenderer renderer = new PageRenderer(course, templates.join(), site, quizzesByUrl);
            pages = new ArrayList<>(rendered.parallelStream().map(renderer::render).toList());
            pages.add(renderer.renderGenerated("404.jte", "404.html", "404.html", "Page not found", "", Set.of(), true));
        } catch (TemplateException | CompletionException e) {
            templateError(e, templateDir, diagnostics);
            return finish(diagnostics, List.of(), 0, 0, start, false);
        }

        new SiteChecker(diagnostics, config.basePath()).check(pages, files.keySet());
        int quizzes = rendered.stream().mapToInt(p -> (int) p.countBlocks("quiz")).sum();
        int diagrams = rendered.stream().mapToInt(p -> (int) p.countBlocks("diagram")).sum();
        if (diagnostics.hasErrors() || !options.write()) {
            return finish(diagnostics, pages, quizzes, diagrams, start, false);
        }
        try {
            write(pages, files);
        } catch (IOException e) {
            diagnostics.error(display(options.outDir()), 0, 0, "cannot write the site: " + e.getMessage());
            return finish(diagnostics, pages, quizzes, diagrams, start, false);
        }
        return finish(diagnostics, pages, quizzes, diagrams, start, true);
    }

    private void write(List<OutputPage> pages, Map<String, Path> files) throws IOException {
        SiteWriter writer = new SiteWriter(options.outDir());
        Path work = writer.begin();
        try {
            SiteWriter.copyAll(files, work);
            for (OutputPage p : pages) SiteWriter.writeText(work, p.path(), p.html());
            writer.commit(work);
        } catch (IOException | RuntimeException e) {
            writer.abandon(work);
            throw e;
        }
    }

    /** Every file below {@code theme/assets}, keyed by its published path ({@code assets/css/lectern.css}). */
    private Map<String, Path> themeAssets(Path dir, Diagnostics diagnostics) {
        Map<String, Path> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(AssetPaths.PLAIN.outputPath(dir.relativize(f).toString().replace('\\', '/')), f);
            }
        } catch (IOException e) {
            diagnostics.error(display(dir), 0, 0, "cannot read theme assets: " + e.getMessage());
        }
        return out;
    }

    private void templateError(Exception e, Path templateDir, Diagnostics diagnostics) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(t.getMessage());
        Matcher m = TEMPLATE_POSITION.matcher(message);
        String firstLine = message.strip().split("\n")[0];
        if (m.find()) {
            String file = m.group(1) != null ? m.group(1) : m.group(3);
            String line = m.group(2) != null ? m.group(2) : m.group(4);
            String what = firstLine.replaceFirst("^Failed to (compile|render) [^,]+, error at (line \\d+|\\S+): ?", "");
            diagnostics.error(display(templateDir.resolve(file)), Integer.parseInt(line), 0, "template error: " + what);
        } else {
            diagnostics.error(display(templateDir), 0, 0, "template error: " + firstLine);
        }
    }

    private BuildResult finish(Diagnostics d, List<OutputPage> pages, int quizzes, int diagrams, long start,
                               boolean written) {
        return new BuildResult(d.sorted(), pages, quizzes, diagrams, Duration.ofNanos(System.nanoTime() - start),
                written);
    }

    /** A path as printed in diagnostics: relative to the working folder when it is below it. */
    static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return s.isEmpty() ? "." : s.replace('\\', '/');
    }
}
