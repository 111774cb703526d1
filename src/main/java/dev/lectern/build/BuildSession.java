package dev.lectern.build;

import dev.lectern.check.SiteChecker;
import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.CodeHighlighter;
import dev.lectern.markdown.LinkTargets;
import dev.lectern.markdown.MarkdownRenderer;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.AssetPaths;
import dev.lectern.render.OutputPage;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.PreviewScript;
import dev.lectern.render.SiteGenerator;
import dev.lectern.render.SiteView;
import dev.lectern.render.Templates;
import gg.jte.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds the same site again and again for {@code lectern serve}, keeping what is expensive in
 * memory between builds: loaded and parsed pages, compiled templates, rendered pages, the checker's
 * parsed HTML, and what is on disk. A change to one page parses that page again (and the pages whose
 * links to other pages resolve differently now), renders it again, and renders every page again only
 * when something they all show changed (a title, the order, a heading, quiz counts, settings, a
 * template). It runs the same stages, block kinds and generators as {@link Build#run()}, and its
 * output is byte for byte that of a full build. A failed build writes nothing: the last good site stays.
 */
public final class BuildSession {
    /**
     * One finished build.
     *
     * @param number builds are numbered from 1, failed ones included
     * @param changed output paths ({@code dns/index.html}) this build wrote or removed
     */
    public record Outcome(int number, BuildResult result, List<String> changed) {}

    private final BuildOptions options;
    private final Build stages;
    private final Path contentDir;
    private final Path themeDir;
    private final Path templateDir;
    private final LoadedPages loaded = new LoadedPages();
    private final ParsedPages parsed = new ParsedPages();
    private final Map<String, RenderedOutput> outputs = new java.util.concurrent.ConcurrentHashMap<>();
    private final SiteChecker.Memory checks = new SiteChecker.Memory();
    private final OutputSync output;

    private SiteConfig config;
    private List<Diagnostic> configDiagnostics = List.of();
    private Templates templates;
    private Templates renderedWith;
    private AssetPaths renderedAssets;
    private List<Object> shared;
    private MarkdownRenderer markdown;
    private int number;
    private volatile String basePath = "/";

    private record RenderedOutput(RenderedPage source, OutputPage page) {}

    public BuildSession(BuildOptions options) {
        this.options = options;
        this.stages = new Build(options);
        this.contentDir = options.contentDir().toAbsolutePath().normalize();
        this.themeDir = options.themeDir().toAbsolutePath().normalize();
        this.templateDir = themeDir.resolve("templates");
        this.output = new OutputSync(options.outDir());
    }

    /** Where the site is served ({@code /} or e.g. {@code /course/}), as of the last build. */
    public String basePath() {
        return basePath;
    }

    private dev.lectern.glossary.Glossary glossary;
    private Map<String, String> dates;

    /** Builds again after {@code changedSources} changed; {@code null}: unknown, start from nothing. */
    public synchronized Outcome rebuild(Set<Path> changedSources) {
        long start = System.nanoTime();
        number++;
        SourceChanges changes = SourceChanges.of(changedSources, contentDir, themeDir);
        Diagnostics diagnostics = new Diagnostics();
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(Build.display(options.contentDir()), 0, 0, "content folder not found");
            return failed(diagnostics, List.of(), 0, 0, start);
        }
        if (changes.everything()) {
            loaded.clear();
            parsed.clear();
            outputs.clear();
        } else {
            loaded.forget(changes.pages());
        }
        if (changes.everything() || changes.reparseAll()) parsed.clear();
        if (config == null || changes.everything() || changes.config()) {
            Diagnostics own = new Diagnostics();
            config = stages.loadConfig(own);
            configDiagnostics = own.sorted();
            markdown = null;
            basePath = config.basePath();
        }
        diagnostics.addAll(configDiagnostics);
        CompletableFuture<Templates> nextTemplates = templates != null && !changes.everything() && !changes.templates()
                ? CompletableFuture.completedFuture(templates)
                : CompletableFuture.supplyAsync(() -> Templates.load(templateDir, options.cacheDir()));

        lap("start");
        Course course = new ContentLoader(options.contentDir(), Build.display(options.contentDir()), options.drafts(),
                diagnostics).withCache(loaded).load(config);
        loaded.keepOnly(course);
        lap("load");
        Path glossaryFile = contentDir.resolve("glossary.yaml");
        glossary = dev.lectern.glossary.Glossary.load(glossaryFile, Build.display(glossaryFile), diagnostics);
        if (dates == null || changes.everything()) dates = dev.lectern.content.GitDates.of(contentDir);
        List<RenderedPage> rendered = new dev.lectern.glossary.GlossaryMarker(glossary)
                .mark(course, parse(course, diagnostics), diagnostics);
        lap("parse");

        dev.lectern.publish.PublishedAssets assets = stages.publishAssets(diagnostics);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Course.StaticFile f : course.staticFiles()) files.put(f.outputPath(), f.file());
        Map<String, byte[]> generatedFiles = Collections.synchronizedMap(new LinkedHashMap<>(assets.files()));
        List<OutputPage> pages;
        try {
            templates = nextTemplates.join();
            pages = render(course, rendered, templates, assets.paths(), generatedFiles, diagnostics);
        } catch (TemplateException | CompletionException e) {
            templates = null;
            stages.templateError(e, options.themeDir().resolve("templates"), diagnostics);
            return failed(diagnostics, List.of(), 0, 0, start);
        }
        lap("render");
        List<String> published = new ArrayList<>(files.keySet());
        published.addAll(generatedFiles.keySet());
        new SiteChecker(diagnostics, config.basePath(), checks).check(pages, published);
        lap("check");
        int quizzes = rendered.stream().mapToInt(p -> (int) p.countBlocks("quiz")).sum();
        int diagrams = rendered.stream().mapToInt(p -> (int) p.countBlocks("diagram")).sum();
        if (diagnostics.hasErrors()) return failed(diagnostics, pages, quizzes, diagrams, start);
        List<String> changed;
        try {
            changed = output.write(pages, files, generatedFiles, changes.all());
        } catch (IOException e) {
            diagnostics.error(Build.display(options.outDir()), 0, 0, "cannot write the site: " + e.getMessage());
            return failed(diagnostics, pages, quizzes, diagrams, start);
        }
        lap("write");
        BuildResult result = new BuildResult(diagnostics.sorted(), pages, quizzes, diagrams, since(start), true);
        if (TRACE) System.err.println("trace: " + trace);
        trace.setLength(0);
        return new Outcome(number, result, changed);
    }

    /** Stage 2 with memory: a page is parsed again only if its source or one of its link targets changed. */
    private List<RenderedPage> parse(Course course, Diagnostics diagnostics) {
        if (markdown == null) {
            markdown = new MarkdownRenderer(Build.blockKinds(options), config.rawHtml(), new dev.lectern.highlight.Highlighter());
        }
        LinkTargets targets = source -> course.page(source).map(SourcePage::url).orElse(null);
        List<RenderedPage> out = course.pages().parallelStream()
                .map(p -> parsed.parse(p, targets, markdown, diagnostics)).toList();
        parsed.keepOnly(course);
        return out;
    }

    /** Stage 3 with memory: only pages whose parse changed are rendered, unless what every page shows changed. */
    private List<OutputPage> render(Course course, List<RenderedPage> rendered, Templates templates,
                                    AssetPaths assets, Map<String, byte[]> generatedFiles, Diagnostics diagnostics) {
        Map<String, Integer> quizzesByUrl = new LinkedHashMap<>();
        for (RenderedPage p : rendered) quizzesByUrl.put(p.source().url(), (int) p.countBlocks("quiz"));
        SiteView site = new SiteView(course.config(), Version.current(), assets, options.preview());
        PageRenderer renderer = new PageRenderer(course, templates, site, quizzesByUrl, dates);
        List<Object> nowShared = SharedParts.of(course, rendered);
        // Fingerprinted asset names are in every page: a changed asset renders them all again.
        boolean all = templates != renderedWith || !nowShared.equals(shared) || !assets.equals(renderedAssets);
        if (all) outputs.clear();
        List<OutputPage> pages = new ArrayList<>(rendered.parallelStream().map(r -> {
            RenderedOutput before = outputs.get(r.source().url());
            if (before != null && before.source() == r) return before.page();
            OutputPage page = renderer.render(r);
            outputs.put(r.source().url(), new RenderedOutput(r, page));
            return page;
        }).toList());
        Set<String> urls = new HashSet<>();
        for (RenderedPage r : rendered) urls.add(r.source().url());
        outputs.keySet().retainAll(urls);
        renderedWith = templates;
        renderedAssets = assets;
        shared = nowShared;
        SiteGenerator.Context context = new SiteGenerator.Context(course, rendered, renderer, diagnostics, pages,
                generatedFiles);
        for (SiteGenerator g : Build.generators(glossary)) g.generate(context);
        if (options.preview()) generatedFiles.put(site.assets().outputPath(PreviewScript.ASSET), PreviewScript.bytes());
        return pages;
    }

    private Outcome failed(Diagnostics d, List<OutputPage> pages, int quizzes, int diagrams, long start) {
        return new Outcome(number, new BuildResult(d.sorted(), pages, quizzes, diagrams, since(start), false), List.of());
    }

    private static final boolean TRACE = Boolean.getBoolean("lectern.trace");
    private final StringBuilder trace = new StringBuilder();
    private long lapStart = System.nanoTime();

    private void lap(String stage) {
        long now = System.nanoTime();
        if (!stage.equals("start")) trace.append(stage).append(' ').append((now - lapStart) / 1_000_000).append(" ms, ");
        lapStart = now;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
