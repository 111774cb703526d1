package dev.lectern.pipeline;

import dev.lectern.check.BrokenLinks;
import dev.lectern.check.SiteChecker;
import dev.lectern.config.MkDocsConfig;
import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.Course;
import dev.lectern.content.GitDates;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.glossary.Glossary;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.publish.PublishedAssets;
import dev.lectern.render.OutputPage;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.PreviewScript;
import dev.lectern.render.SiteGenerator;
import dev.lectern.render.Templates;
import dev.lectern.search.SearchIndex;
import dev.lectern.theme.Theme;
import gg.jte.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The pipeline, for {@code lectern build} (one build, memory empty: {@link Build#run()}) and for
 * {@code lectern serve} (the same site again and again): load the content, parse each page's
 * Markdown, mark the glossary's terms, put each page in the theme's templates, add the generated
 * pages and files, check the result, and only then write it. Every problem of a build is reported
 * at once; a failed build writes nothing, so the last good site stays.
 *
 * <p>Between builds it keeps what it read from disk (settings, pages, glossary, compiled templates,
 * git dates), read again only when the watcher reports a change to it, and each stage's results in a
 * {@link Memo} keyed by the stage's inputs: a change to one page parses and renders that page again,
 * and every page whose template is given something new (a title in the outline, settings, a
 * template). One stage a file: {@link ParseStage}, {@link GlossaryStage}, {@link RenderStage},
 * {@link GenerateStage}, {@link AssetsStage}, the check ({@link SiteChecker}) and {@link OutputSync}.
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

    static final String NO_CONTENT = "content folder not found; start a course with `lectern new DIR`"
            + " (or name the folder with --content DIR)";

    /** A file read from disk with the diagnostics of reading it. */
    private record Read<T>(T value, List<Diagnostic> diagnostics) {}

    /** What {@link #finishLater()} needs: the waiting generators and the build's outputs. */
    private record Later(GenerateStage.Waiting waiting, SiteGenerator.Context context, List<OutputPage> pages,
                         Map<String, byte[]> assets, Map<String, Path> files, Map<String, byte[]> generated,
                         boolean compress) {}

    private final BuildOptions options;
    private final Path contentDir;
    private final Path themeDir;

    // What was read from disk, read again when the watcher reports a change to it.
    private final LoadedPages loaded = new LoadedPages();
    private Read<SiteConfig> config;
    private Read<Glossary> glossary;
    private Templates templates;
    private CompletableFuture<Map<String, String>> dates;
    private String datesHead;
    /** Counts changes to files a page may read while parsing (snippets, images, data files). */
    private int filesVersion;
    /** Goes up whenever the templates are loaded again. */
    private int templatesVersion;

    // The stages, each with its memory.
    private final ParseStage parse;
    private final GlossaryStage marks;
    private final RenderStage render;
    private GenerateStage generate;
    /** False for one build ({@link Build#run()}): the stages keep nothing for a next one. */
    private final boolean remember;
    private final SiteChecker.Memory checks = new SiteChecker.Memory();
    private final OutputClashes clashes = new OutputClashes();
    private final OutputSync output;

    private int number;
    private volatile String basePath = "/";
    private Later later;
    private BuildProgress progress = BuildProgress.NONE;

    public BuildSession(BuildOptions options) {
        this(options, true);
    }

    /** @param remember false: one build only, whose stages keep nothing for a next build (see {@link Memo}) */
    BuildSession(BuildOptions options, boolean remember) {
        options = Build.projectContent(options);
        this.options = options;
        this.contentDir = options.contentDir().toAbsolutePath().normalize();
        this.themeDir = options.themeDir().toAbsolutePath().normalize();
        this.remember = remember;
        this.parse = new ParseStage(options, remember);
        this.marks = new GlossaryStage(remember);
        this.render = new RenderStage(remember);
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

    /** The settings of the last build (null before the first). */
    public synchronized SiteConfig config() {
        return config == null ? null : config.value();
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
        GenerateStage g = generate;
        return g == null ? Set.of() : g.laterPaths();
    }

    /**
     * Runs the generators the last {@link #rebuildPages} left waiting and writes what changed (each
     * file replaced whole); returns those output paths. Nothing to do after a failed build.
     */
    public synchronized List<String> finishLater() {
        Later l = later;
        if (l == null) return List.of();
        later = null;
        generate.finish(l.waiting(), l.context(), l.generated());
        try {
            List<String> changed = output.write(l.pages(), l.assets(), l.files(), l.generated(), Set.of(), Set.of(),
                    l.compress());
            lap("later");
            if (TRACE) System.err.println("trace: " + trace);
            return changed;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the site: " + e.getMessage(), e);
        }
    }

    /** Tells {@code p} each stage and page of the following builds as they go (for a progress line). */
    public BuildSession withProgress(BuildProgress p) {
        this.progress = p;
        return this;
    }

    /**
     * The work folder of a one-shot build that writes ({@code lectern build}), open from the render stage
     * to the write stage: each page goes there as soon as it is rendered, so no build holds every page's
     * HTML. Null for {@code lectern serve} (which keeps what it wrote to compare) and builds that do not write.
     */
    private OutputSync.Streamed streamed;

    private Outcome build(Set<Path> changedSources) {
        try {
            return buildOnce(changedSources);
        } finally {
            if (streamed != null) streamed.abandon(); // a no-op once the site is swapped in
            streamed = null;
            // A build that ended early leaves nothing running (the assets stage writes into the cache folder).
            if (assetsPending != null) assetsPending.handle((value, failure) -> null).join();
            assetsPending = null;
        }
    }

    /** The assets stage of the build under way, which runs beside the others (see {@link #buildOnce}). */
    private CompletableFuture<?> assetsPending;

    private Outcome buildOnce(Set<Path> changedSources) {
        long start = System.nanoTime();
        number++;
        trace.setLength(0); // a failed build's stages are not printed
        lap("start");
        SourceChanges changes = SourceChanges.of(changedSources, contentDir, themeDir);
        Diagnostics diagnostics = new Diagnostics();
        Path content = options.contentDir();
        if (!Files.isDirectory(content)) {
            diagnostics.error(Build.display(content), 0, 0, NO_CONTENT);
            return failed(diagnostics, List.of(), 0, 0, start);
        }

        // Stage 1: what is on disk (settings, pages, glossary, templates, dates), read again where it changed.
        if (changes.everything()) loaded.clear();
        else {
            loaded.forget(changes.pages());
            loaded.forgetFolders(changes.all());
        }
        if (changes.reparseAll()) filesVersion++;
        if (config == null || changes.config()) {
            Diagnostics own = new Diagnostics();
            config = new Read<>(loadConfig(own), own.sorted());
            basePath = config.value().basePath();
        }
        SiteConfig settings = config.value();
        diagnostics.addAll(config.diagnostics());
        // The theme's assets are published meanwhile, their diagnostics added where the stage was.
        Diagnostics assetDiagnostics = new Diagnostics();
        CompletableFuture<PublishedAssets> nextAssets = CompletableFuture.supplyAsync(
                () -> AssetsStage.run(options, settings, assetDiagnostics));
        assetsPending = nextAssets;
        CompletableFuture<Templates> nextTemplates;
        if (templates != null && !changes.templates()) nextTemplates = CompletableFuture.completedFuture(templates);
        else {
            nextTemplates = CompletableFuture.supplyAsync(() -> Templates.load(Theme.templates(themeDir), options.cacheDir()));
            templatesVersion++; // the blocks' markup comes from the theme's partials: pages are parsed again
        }
        // Dates come from git: read again only after a commit, checkout or reset (or when starting over).
        String head = GitHead.key(content);
        if (dates == null || changes.everything() || !head.equals(datesHead)) {
            dates = CompletableFuture.supplyAsync(() -> GitDates.of(content));
            datesHead = head;
        }
        lap("prepare");
        progress.stage("loading", 0);
        // A build that writes once streams its pages (see StreamStage), and its course keeps no page's Markdown.
        streamed = openStream(diagnostics);
        LeanPages lean = streamed == null ? null : new LeanPages();
        Course course = new ContentLoader(content, Build.display(content), options.drafts(), diagnostics)
                .excluding(options.outDir(), options.cacheDir()).withCache(lean != null ? lean : loaded).load(settings);
        loaded.keepOnly(course);
        if (noPages(course, content, diagnostics)) return failed(diagnostics, List.of(), 0, 0, start);
        if (glossary == null || changes.reparseAll()) {
            Path file = content.resolve("glossary.yaml");
            Diagnostics own = new Diagnostics();
            glossary = new Read<>(Glossary.load(file, Build.display(file), own), own.sorted());
        }
        diagnostics.addAll(glossary.diagnostics());
        if (generate == null || !generate.glossary().equals(glossary.value())) generate = new GenerateStage(glossary.value(), remember);
        lap("load");

        // Stage 2: Markdown to HTML, then the glossary's marks. A build that writes once does it page by page
        // as it renders (StreamStage): here only the pages whose parse tells every page something.
        List<RenderedPage> pages;
        StreamStage.Known known = null;
        Function<SourcePage, RenderedPage> parseOne = null;
        Set<Integer> termsUsed = ConcurrentHashMap.newKeySet();
        if (streamed == null) {
            progress.stage("parsing", course.pages().size());
            pages = parse.run(course, filesVersion, nextTemplates, templatesVersion, diagnostics, progress);
            lap("parse");
            pages = marks.run(course, glossary.value(), nextTemplates, templatesVersion, pages, diagnostics); // the unmarked pages are garbage now
            lap("glossary");
        } else {
            Function<SourcePage, RenderedPage> parser = parse.parser(course, nextTemplates, diagnostics);
            UnaryOperator<RenderedPage> marker = marks.marker(glossary.value(), nextTemplates, termsUsed);
            parseOne = p -> marker.apply(parser.apply(lean.full(p, diagnostics)));
            progress.stage("parsing", course.pages().size()); // the others are counted as they are rendered
            known = StreamStage.parseEarly(course.pages(), lean::early, parseOne, progress);
            pages = known.pages();
            lap("parse (pages with site-wide facts)");
        }
        PublishedAssets assets = joined(nextAssets);
        diagnostics.addAll(assetDiagnostics.sorted());
        Map<String, Path> files = new LinkedHashMap<>();
        for (Course.StaticFile f : course.staticFiles()) files.put(f.outputPath(), f.file());
        lap("assets");

        // Stages 3 and 4: pages into templates, then the generated pages and files.
        Map<String, byte[]> generatedFiles = Collections.synchronizedMap(new LinkedHashMap<>());
        List<OutputPage> outputPages;
        SiteGenerator.Context context;
        GenerateStage.Waiting waiting;
        try {
            templates = nextTemplates.join();
            RenderStage.checkLayouts(course, templates, diagnostics);
            PageRenderer renderer = render.renderer(course, pages, templates, assets.paths(), dates.join(),
                    options.preview());
            progress.stage("rendering", pages.size());
            OutputSync.Streamed into = streamed;
            if (into == null) {
                outputPages = render.run(pages, renderer, progress);
                lap("render (" + render.rendered + " pages)");
            } else {
                SearchIndex.Feed search = generate.searchFeed((path, bytes) -> generatedFiles.put(path, into.file(path, bytes)));
                pages = null; // the known pages are taken out one by one
                StreamStage.Result r = StreamStage.run(course.pages(), known, parseOne, renderer, into, search, progress);
                known = null;
                pages = r.pages();
                outputPages = r.outputPages();
                marks.report(course, pages, termsUsed, diagnostics);
                lap("parse, render, write (" + pages.size() + " pages)");
            }
            context = new SiteGenerator.Context(course, pages, renderer, diagnostics, outputPages, generatedFiles);
            waiting = generate.run(context, true, () -> lap("generate"));
            if (options.preview()) {
                generatedFiles.put(assets.paths().outputPath(PreviewScript.ASSET), PreviewScript.bytes());
            }
        } catch (TemplateException | CompletionException e) {
            templates = null;
            TemplateErrors.report(e, themeDir.resolve("templates"), diagnostics);
            return failed(diagnostics, List.of(), 0, 0, start);
        }

        // Stage 5: the check, over everything the site will hold.
        progress.stage("checking links", 0);
        List<String> generatedPaths = new ArrayList<>(generatedFiles.keySet());
        generatedPaths.addAll(waiting.paths());
        clashes.check(outputPages, files, generatedPaths, assets.files().keySet(), diagnostics);
        List<String> published = new ArrayList<>(assets.files().keySet());
        published.addAll(files.keySet());
        published.addAll(generatedPaths);
        SiteChecker checker = new SiteChecker(diagnostics, settings.basePath(), checks).linksAsWarnings(linksWarn(settings));
        checker.check(outputPages, published);
        TemplateErrors.unrecorded(outputPages, themeDir.resolve("templates"), diagnostics);
        PageRenderer renderer = context.renderer();
        OutputSync.Streamed into = streamed;
        List<OutputPage> checked = outputPages;
        outputPages = BrokenLinks.unlink(outputPages, checker.broken(), (page, reasons) -> {
            RenderedPage again = marks.mark(parse.unlinked(course,
                    lean == null ? page.source() : lean.full(page.source(), diagnostics), reasons));
            return new BrokenLinks.Remade(again, renderer.body(again));
        }, into == null ? OutputPage::html : into::html, words -> templates.text(BrokenLinks.WORDS, words));
        outputPages = GenerateStage.reviewAgain(checked, outputPages, context);
        lap("check");
        RenderStage.Counts counts = render.counts(pages);
        int quizzes = counts.quizzes();
        int diagrams = counts.diagrams();
        if (diagnostics.hasErrors() || !options.write()) return failed(diagnostics, outputPages, quizzes, diagrams, start);

        // Stage 6: write what changed (the first build: the whole site, swapped in).
        boolean compress = (options.compress() || settings.compress()) && !options.preview();
        progress.stage("writing", 0);
        List<String> changed;
        try {
            changed = into != null ? into.finish(outputPages, assets.files(), files, generatedFiles, compress)
                    : output.write(outputPages, assets.files(), files, generatedFiles, waiting.paths(), changes.all(),
                    compress);
        } catch (IOException e) {
            diagnostics.error(Build.display(options.outDir()), 0, 0, "cannot write the site: " + e.getMessage());
            return failed(diagnostics, outputPages, quizzes, diagrams, start);
        }
        lap("write");
        if (!waiting.generators().isEmpty()) {
            later = new Later(waiting, context, outputPages, assets.files(), files, generatedFiles, compress);
        }
        BuildResult result = new BuildResult(diagnostics.sorted(), outputPages, quizzes, diagrams, since(start), true);
        if (TRACE && later == null) System.err.println("trace: " + trace);
        return new Outcome(number, result, changed);
    }

    /**
     * The work folder pages are written into as they are rendered, for a one-shot build that writes and has
     * no error so far; else null (the pages are held until the write stage, which also reports an output
     * folder it may not replace, as it always did).
     */
    private OutputSync.Streamed openStream(Diagnostics diagnostics) {
        if (remember || !options.write() || diagnostics.hasErrors()) return null;
        try {
            return output.stream();
        } catch (IOException e) {
            return null;
        }
    }

    SiteConfig loadConfig(Diagnostics diagnostics) {
        Path file = options.contentDir().resolve("site.yaml");
        MkDocsConfig.Project mkdocs = MkDocsConfig.find(options.contentDir());
        SiteConfig c = mkdocs != null ? MkDocsConfig.load(mkdocs.file(), Build.display(mkdocs.file()), diagnostics)
                : SiteConfigLoader.load(file, Build.display(file), diagnostics);
        return options.basePath() != null ? c.withBasePath(options.basePath()) : c;
    }

    /** Whether broken links are warnings: {@code --strict}/{@code --no-strict}, else {@code links:} of the settings. */
    private boolean linksWarn(SiteConfig c) {
        return options.strict() != null ? !options.strict() : c.linksWarn();
    }

    /** A course without a page is an error that says how to start one (rather than a site of generated pages only). */
    private static boolean noPages(Course course, Path content, Diagnostics diagnostics) {
        // Folders without an index get a generated one; a course of generated pages only has no page.
        if (course.pages().stream().anyMatch(p -> p.file() != null)) return false;
        diagnostics.error(Build.display(content), 0, 0, "no pages: the content folder has no Markdown page"
                + " (drafts are left out without --drafts); write content/index.md, or start a course with `lectern new DIR`");
        return true;
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

    /** A future's value, or what it threw, as it threw it. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
