package dev.lectern.build;

import dev.lectern.check.SiteChecker;
import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.GitDates;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.GlossaryMarker;
import dev.lectern.highlight.Highlighter;
import dev.lectern.publish.PublishedAssets;
import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, RenderedOutput> outputs = new ConcurrentHashMap<>();
    private final SiteChecker.Memory checks = new SiteChecker.Memory();
    private final OutputSync output;

    private SiteConfig config;
    private List<Diagnostic> configDiagnostics = List.of();
    private Templates templates;
    private Templates renderedWith;
    private AssetPaths renderedAssets;
    private List<Object> shared;
    private Map<RenderedPage, Object> sharedParts = new IdentityHashMap<>();
    private MarkdownRenderer markdown;
    private int number;
    private volatile String basePath = "/";

    private record RenderedOutput(RenderedPage source, OutputPage page) {}

    private record Marked(RenderedPage source, RenderedPage page, Set<Integer> used) {}

    private final Map<String, Marked> marked = new ConcurrentHashMap<>();
    private Glossary glossary;
    private List<Diagnostic> glossaryDiagnostics = List.of();
    private GlossaryMarker marker;
    private List<SiteGenerator> generators;
    private Map<String, String> dates;
    private String datesHead;

    public BuildSession(BuildOptions options) {
        this.options = options;
        this.stages = new Build(options);
        this.contentDir = options.contentDir().toAbsolutePath().normalize();
        this.themeDir = options.themeDir().toAbsolutePath().normalize();
        this.templateDir = themeDir.resolve("templates");
        this.output = new OutputSync(options.outDir());
    }

    /** Whether a change to this source path can change the site (editors' temporary dot files cannot). */
    public boolean matters(Path source) {
        return SourceChanges.matters(source, contentDir);
    }

    /** Where the site is served ({@code /} or e.g. {@code /course/}), as of the last build. */
    public String basePath() {
        return basePath;
    }

    /** Builds again after {@code changedSources} changed; {@code null}: unknown, start from nothing. */
    public synchronized Outcome rebuild(Set<Path> changedSources) {
        long start = System.nanoTime();
        number++;
        SourceChanges changes = SourceChanges.of(changedSources, contentDir, themeDir);
        Diagnostics diagnostics = new Diagnostics();
        Path content = options.contentDir();
        if (!Files.isDirectory(content)) {
            diagnostics.error(Build.display(content), 0, 0, "content folder not found");
            return failed(diagnostics, List.of(), 0, 0, start);
        }
        if (changes.everything()) {
            loaded.clear();
            outputs.clear();
        } else {
            loaded.forget(changes.pages());
        }
        if (changes.everything() || changes.reparseAll()) {
            parsed.clear();
            marked.clear();
        }
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
        // Dates come from git: read again only after a commit, checkout or reset (or when starting over).
        String head = GitHead.key(content);
        if (dates == null || changes.everything() || !head.equals(datesHead)) {
            dates = GitDates.of(content);
            datesHead = head;
        }

        lap("start");
        Course course = new ContentLoader(content, Build.display(content), options.drafts(), diagnostics)
                .withCache(loaded).load(config);
        loaded.keepOnly(course);
        Path glossaryFile = content.resolve("glossary.yaml");
        if (glossary == null || changes.reparseAll()) {
            Diagnostics own = new Diagnostics();
            glossary = Glossary.load(glossaryFile, Build.display(glossaryFile), own);
            glossaryDiagnostics = own.sorted();
            marker = new GlossaryMarker(glossary);
            // Kept while the glossary stays: generators may remember work between builds (the search index does).
            generators = Build.generators(glossary);
        }
        diagnostics.addAll(glossaryDiagnostics);
        lap("load");
        List<RenderedPage> parsedPages = parse(course, diagnostics);
        lap("parse");
        List<RenderedPage> rendered = markTerms(course, parsedPages, diagnostics);
        lap("glossary");

        PublishedAssets assets = stages.publishAssets(diagnostics);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Course.StaticFile f : course.staticFiles()) files.put(f.outputPath(), f.file());
        Map<String, byte[]> generatedFiles = Collections.synchronizedMap(new LinkedHashMap<>());
        List<OutputPage> pages;
        lap("assets");
        try {
            templates = nextTemplates.join();
            Build.checkLayouts(course, templates, diagnostics);
            pages = render(course, rendered, templates, assets.paths(), generatedFiles, diagnostics);
        } catch (TemplateException | CompletionException e) {
            templates = null;
            stages.templateError(e, templateDir, diagnostics);
            return failed(diagnostics, List.of(), 0, 0, start);
        }
        List<String> published = new ArrayList<>(assets.files().keySet());
        published.addAll(files.keySet());
        published.addAll(generatedFiles.keySet());
        lap("render+generate");
        new SiteChecker(diagnostics, config.basePath(), checks).check(pages, published);
        lap("check");
        int quizzes = rendered.stream().mapToInt(Build::quizCount).sum();
        int diagrams = rendered.stream().mapToInt(p -> (int) p.countBlocks("diagram")).sum();
        if (diagnostics.hasErrors()) return failed(diagnostics, pages, quizzes, diagrams, start);
        List<String> changed;
        try {
            changed = output.write(pages, assets.files(), files, generatedFiles, changes.all());
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
        if (markdown == null) markdown = new MarkdownRenderer(Build.blockKinds(options), config.rawHtml(), new Highlighter());
        LinkTargets targets = source -> course.page(source).map(SourcePage::url).orElse(null);
        List<RenderedPage> out = course.pages().parallelStream()
                .map(p -> parsed.parse(p, targets, markdown, diagnostics)).toList();
        parsed.keepOnly(course);
        return out;
    }

    /** The glossary's first-use marks, with memory: a page is marked again only when its parse changed. */
    private List<RenderedPage> markTerms(Course course, List<RenderedPage> pages, Diagnostics diagnostics) {
        Set<Integer> used = ConcurrentHashMap.newKeySet();
        List<RenderedPage> out = pages.parallelStream().map(p -> {
            Marked known = marked.get(p.source().sourcePath());
            if (known == null || known.source() != p) {
                Set<Integer> own = new HashSet<>();
                known = new Marked(p, marker.markPage(p, own), Set.copyOf(own));
                marked.put(p.source().sourcePath(), known);
            }
            used.addAll(known.used());
            return known.page();
        }).toList();
        Set<String> sources = new HashSet<>();
        for (RenderedPage p : pages) sources.add(p.source().sourcePath());
        marked.keySet().retainAll(sources);
        marker.report(course, pages, used, diagnostics);
        return out;
    }

    /** Stage 3 with memory: only pages whose parse changed are rendered, unless what every page shows changed. */
    private List<OutputPage> render(Course course, List<RenderedPage> rendered, Templates templates,
                                    AssetPaths assets, Map<String, byte[]> generatedFiles, Diagnostics diagnostics) {
        Map<String, Integer> quizzesByUrl = new LinkedHashMap<>();
        for (RenderedPage p : rendered) quizzesByUrl.put(p.source().url(), Build.quizCount(p));
        SiteView site = new SiteView(course.config(), Version.current(), assets, options.preview());
        PageRenderer renderer = new PageRenderer(course, templates, site, quizzesByUrl, dates);
        Map<RenderedPage, Object> parts = new IdentityHashMap<>();
        for (RenderedPage r : rendered) {
            Object known = sharedParts.get(r);
            if (known != null) parts.put(r, known);
        }
        List<Object> nowShared = SharedParts.of(course, rendered, parts);
        sharedParts = parts;
        nowShared.add(assets);
        nowShared.add(dates);
        boolean all = templates != renderedWith || !nowShared.equals(shared);
        if (all) outputs.clear();
        lap(all ? "shared(all)" : "shared");
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
        lap("render");
        for (SiteGenerator g : generators) {
            g.generate(context);
            lap(g.getClass().getSimpleName());
        }
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
