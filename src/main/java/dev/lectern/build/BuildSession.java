package dev.lectern.build;

import dev.lectern.check.BrokenLinks;
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
import dev.lectern.quiz.QuizIndex;
import dev.lectern.render.AssetPaths;
import dev.lectern.render.OutputPage;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.PreviewScript;
import dev.lectern.render.QaCards;
import dev.lectern.render.SiteGenerator;
import dev.lectern.render.SiteView;
import dev.lectern.render.StudyPage;
import dev.lectern.render.Templates;
import dev.lectern.theme.Theme;
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
 *
 * <p>{@link #rebuildPages} lets files that no page needs to be shown (the search index, see {@link
 * SiteGenerator#canWait()}) trail the pages: the server can send the reload as soon as the pages are
 * written, then {@link #finishLater()} brings those files up to date. Until then they hold the
 * previous build's bytes, whole; the server holds requests for {@link #laterPaths()} meanwhile.
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
    private volatile CompletableFuture<Templates> nextTemplates;
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

    /** Each generator that can wait, with the paths it made the last time it ran. */
    private final Map<SiteGenerator, Set<String>> laterPathsBy = new IdentityHashMap<>();
    private volatile Set<String> laterPaths = Set.of();
    /** What {@link #finishLater()} needs: the waiting generators and the build's outputs; null: nothing waits. */
    private Later later;

    private record Later(List<SiteGenerator> generators, SiteGenerator.Context context, List<OutputPage> pages,
                         Map<String, byte[]> assets, Map<String, Path> files, Map<String, byte[]> generated) {}

    /** Stage 3's result: the pages, what generators saw, and the generators left for later. */
    private record Rendered(List<OutputPage> pages, SiteGenerator.Context context, List<SiteGenerator> waiting) {}

    public BuildSession(BuildOptions options) {
        options = Build.projectContent(options);
        this.options = options;
        this.stages = new Build(options);
        this.contentDir = options.contentDir().toAbsolutePath().normalize();
        this.themeDir = options.themeDir().toAbsolutePath().normalize();
        this.templateDir = themeDir.resolve("templates");
        this.output = new OutputSync(OutputFolder.of(options));
    }

    /** Whether a change to this source path can change the site (editors' temporary dot files cannot). */
    public boolean matters(Path source) {
        return SourceChanges.matters(source, contentDir);
    }

    /** How many builds were started, failed ones (and one that threw) included. */
    public synchronized int builds() {
        return number;
    }

    /** Where the site is served ({@code /} or e.g. {@code /course/}), as of the last build. */
    public String basePath() {
        return basePath;
    }

    /** Builds again after {@code changedSources} changed; {@code null}: unknown, start from nothing. */
    public synchronized Outcome rebuild(Set<Path> changedSources) {
        Outcome o = rebuildPages(changedSources);
        List<String> trailing = finishLater();
        if (trailing.isEmpty()) return o;
        List<String> changed = new ArrayList<>(o.changed());
        changed.addAll(trailing);
        return new Outcome(o.number(), o.result(), changed);
    }

    /**
     * The same, except that files of generators that {@linkplain SiteGenerator#canWait() can wait}
     * keep their previous bytes until {@link #finishLater()}; the outcome lists what was written so
     * far. (A generator that never ran, as in the first build, runs now.)
     */
    public synchronized Outcome rebuildPages(Set<Path> changedSources) {
        finishLater(); // never two builds' worth of waiting files
        return build(changedSources);
    }

    /**
     * Output paths ({@code search/index.js}) that may still hold the previous build's bytes between
     * {@link #rebuildPages} and {@link #finishLater()}.
     */
    public Set<String> laterPaths() {
        return laterPaths;
    }

    /**
     * Runs the generators the last {@link #rebuildPages} left waiting and writes what changed (each
     * file replaced whole); returns those output paths. Nothing to do after a failed build.
     */
    public synchronized List<String> finishLater() {
        Later l = later;
        if (l == null) return List.of();
        later = null;
        Map<String, byte[]> generated = l.generated();
        for (SiteGenerator g : l.generators()) {
            Set<String> placeholders = new HashSet<>(laterPathsBy.getOrDefault(g, Set.of()));
            Map<String, byte[]> made = generateFiles(g, l.context());
            for (Map.Entry<String, byte[]> f : made.entrySet()) {
                byte[] now = generated.get(f.getKey());
                // A later generator's or a page's file of the same path wins, as in a full build.
                if (now == null || now == OutputSync.LATER) generated.put(f.getKey(), f.getValue());
                placeholders.remove(f.getKey());
            }
            for (String gone : placeholders) generated.remove(gone, OutputSync.LATER);
        }
        try {
            List<String> changed = output.write(l.pages(), l.assets(), l.files(), generated, Set.of());
            lap("later");
            if (TRACE) System.err.println("trace: " + trace);
            return changed;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the site: " + e.getMessage(), e);
        }
    }

    /** Runs a generator that can wait into its own map (to learn its paths), then adds its files. */
    private Map<String, byte[]> generateFiles(SiteGenerator g, SiteGenerator.Context context) {
        Map<String, byte[]> own = Collections.synchronizedMap(new LinkedHashMap<>());
        g.generate(new SiteGenerator.Context(context.course(), context.pages(), context.renderer(),
                context.diagnostics(), context.outputPages(), own));
        laterPathsBy.put(g, Set.copyOf(own.keySet()));
        Set<String> all = new HashSet<>();
        for (Set<String> paths : laterPathsBy.values()) all.addAll(paths);
        laterPaths = Set.copyOf(all);
        return own;
    }

    private Outcome build(Set<Path> changedSources) {
        long start = System.nanoTime();
        number++;
        trace.setLength(0); // a failed build's stages are not printed
        lap("start");
        SourceChanges changes = SourceChanges.of(changedSources, contentDir, themeDir);
        Diagnostics diagnostics = new Diagnostics();
        Path content = options.contentDir();
        if (!Files.isDirectory(content)) {
            diagnostics.error(Build.display(content), 0, 0, Build.NO_CONTENT);
            return failed(diagnostics, List.of(), 0, 0, start);
        }
        if (changes.everything()) {
            loaded.clear();
            outputs.clear();
        } else {
            loaded.forget(changes.pages());
            loaded.forgetFolders(changes.all());
        }
        // Templates too: the blocks' markup (quizzes, diagrams) comes from the theme's partials.
        if (changes.everything() || changes.reparseAll() || changes.templates()) {
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
        nextTemplates = templates != null && !changes.everything() && !changes.templates()
                ? CompletableFuture.completedFuture(templates)
                : CompletableFuture.supplyAsync(() -> Templates.load(Theme.templates(themeDir), options.cacheDir()));
        // Dates come from git: read again only after a commit, checkout or reset (or when starting over).
        String head = GitHead.key(content);
        if (dates == null || changes.everything() || !head.equals(datesHead)) {
            dates = GitDates.of(content);
            datesHead = head;
        }

        lap("prepare");
        Course course = new ContentLoader(content, Build.display(content), options.drafts(), diagnostics)
                .excluding(options.outDir(), options.cacheDir()).withCache(loaded).load(config);
        loaded.keepOnly(course);
        if (Build.noPages(course, content, diagnostics)) return failed(diagnostics, List.of(), 0, 0, start);
        Path glossaryFile = content.resolve("glossary.yaml");
        if (glossary == null || changes.reparseAll() || changes.templates()) {
            Diagnostics own = new Diagnostics();
            glossary = Glossary.load(glossaryFile, Build.display(glossaryFile), own);
            glossaryDiagnostics = own.sorted();
            marker = new GlossaryMarker(glossary);
            // Kept while the glossary stays: generators may remember work between builds (the search index does).
            generators = Build.generators(glossary);
            laterPathsBy.clear();
        }
        diagnostics.addAll(glossaryDiagnostics);
        lap("load");
        List<RenderedPage> parsedPages = parse(course, diagnostics);
        lap("parse");
        List<RenderedPage> rendered = markTerms(course, parsedPages, diagnostics);
        lap("glossary");

        PublishedAssets assets = stages.publishAssets(config, diagnostics);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Course.StaticFile f : course.staticFiles()) files.put(f.outputPath(), f.file());
        Map<String, byte[]> generatedFiles = Collections.synchronizedMap(new LinkedHashMap<>());
        Rendered done;
        lap("assets");
        try {
            templates = nextTemplates.join();
            Build.checkLayouts(course, templates, diagnostics);
            done = render(course, rendered, templates, assets.paths(), generatedFiles, diagnostics);
        } catch (TemplateException | CompletionException e) {
            templates = null;
            stages.templateError(e, templateDir, diagnostics);
            return failed(diagnostics, List.of(), 0, 0, start);
        }
        List<OutputPage> pages = done.pages();
        OutputClashes.check(pages, files, generatedFiles, assets.files().keySet(), diagnostics);
        List<String> published = new ArrayList<>(assets.files().keySet());
        published.addAll(files.keySet());
        published.addAll(generatedFiles.keySet());
        lap("render+generate");
        SiteChecker checker = new SiteChecker(diagnostics, config.basePath(), checks).linksAsWarnings(stages.linksWarn(config));
        checker.check(pages, published);
        pages = BrokenLinks.unlink(pages, checker.broken());
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
        if (!done.waiting().isEmpty()) {
            later = new Later(done.waiting(), done.context(), pages, assets.files(), files, generatedFiles);
        }
        BuildResult result = new BuildResult(diagnostics.sorted(), pages, quizzes, diagrams, since(start), true);
        lap("result");
        if (TRACE && later == null) System.err.println("trace: " + trace);
        return new Outcome(number, result, changed);
    }

    /** Stage 2 with memory: a page is parsed again only if its source or one of its link targets changed. */
    private List<RenderedPage> parse(Course course, Diagnostics diagnostics) {
        if (markdown == null) markdown = new MarkdownRenderer(Build.blockKinds(options), config.rawHtml(), new Highlighter(),
                Build.partials(() -> nextTemplates));
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
    private Rendered render(Course course, List<RenderedPage> rendered, Templates templates,
                                    AssetPaths assets, Map<String, byte[]> generatedFiles, Diagnostics diagnostics) {
        Map<String, Integer> quizzesByUrl = new LinkedHashMap<>();
        for (RenderedPage p : rendered) quizzesByUrl.put(p.source().url(), Build.quizCount(p));
        SiteView site = new SiteView(course.config(), Version.current(), assets, options.preview(),
                QaCards.anyCards(rendered), StudyPage.of(rendered, QuizIndex::questions));
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
        nowShared.add(site.review());
        nowShared.add(site.study());
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
        List<SiteGenerator> waiting = new ArrayList<>();
        for (SiteGenerator g : generators) {
            Set<String> paths = laterPathsBy.get(g);
            if (!g.canWait()) {
                g.generate(context);
            } else if (paths == null) {
                generateFiles(g, context).forEach(context::addFile);
            } else {
                // Stand-ins keep its files in place (and published, for the check) until finishLater().
                for (String p : paths) context.addFile(p, OutputSync.LATER);
                waiting.add(g);
            }
            lap(g.getClass().getSimpleName());
        }
        if (options.preview()) generatedFiles.put(site.assets().outputPath(PreviewScript.ASSET), PreviewScript.bytes());
        return new Rendered(pages, context, waiting);
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
