package dev.lectern.build;

import dev.lectern.blocks.BlockKinds;
import dev.lectern.blocks.Markup;
import dev.lectern.check.BrokenLinks;
import dev.lectern.check.SiteChecker;
import dev.lectern.config.MkDocsConfig;
import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.GitDates;
import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.diagram.DiagramBlock;
import dev.lectern.diag.Diagnostics;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.GlossaryMarker;
import dev.lectern.glossary.GlossaryPage;
import dev.lectern.highlight.Highlighter;
import dev.lectern.markdown.LinkTargets;
import dev.lectern.markdown.MarkdownRenderer;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.publish.Fingerprints;
import dev.lectern.publish.HeadersFile;
import dev.lectern.publish.Precompressor;
import dev.lectern.publish.PublishedAssets;
import dev.lectern.publish.UnchangedFiles;
import dev.lectern.quiz.ProgressPage;
import dev.lectern.quiz.Quiz;
import dev.lectern.quiz.QuizBlock;
import dev.lectern.quiz.QuizIndex;
import dev.lectern.quiz.ReviewPage;
import dev.lectern.util.AssetMinifier;
import dev.lectern.render.AssetPaths;
import dev.lectern.render.NotFoundPage;
import dev.lectern.render.OutputPage;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.PreviewScript;
import dev.lectern.render.QaCards;
import dev.lectern.render.SiteGenerator;
import dev.lectern.render.SiteView;
import dev.lectern.render.StudyPage;
import dev.lectern.render.Templates;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SearchPage;
import dev.lectern.sitemap.Sitemap;
import dev.lectern.theme.Theme;
import gg.jte.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the pipeline: load the content, render the Markdown (in parallel), put it in the theme's
 * templates, add the generated pages, check the result, and only then write it. Reports every
 * problem of the build at once.
 */
public final class Build {
    private static final Pattern TEMPLATE_POSITION = Pattern.compile(
            "(?:Failed to (?:compile|render) ([^\\s,]+), error at line (\\d+))|(?:error at ([^\\s:]+):(\\d+))");

    private final BuildOptions options;

    public Build(BuildOptions options) {
        this.options = projectContent(options);
    }

    /**
     * The options with the content folder an MkDocs project names: a folder holding {@code mkdocs.yml}
     * (and no {@code site.yaml}) builds its {@code docs_dir}.
     */
    public static BuildOptions projectContent(BuildOptions options) {
        MkDocsConfig.Project mkdocs = MkDocsConfig.find(options.contentDir());
        return mkdocs == null || mkdocs.docsDir().equals(options.contentDir()) ? options
                : options.withContent(mkdocs.docsDir());
    }

    /** The fenced-block kinds of every build; diagrams keep laid-out SVG in the cache folder. */
    static BlockKinds blockKinds(BuildOptions options) {
        return BlockKinds.builtIn().register(new QuizBlock())
                .register(new DiagramBlock(options.cacheDir().resolve("diagrams"), Version.current()));
    }

    /** Quizzes on a page: quiz blocks, and diagrams with {@code quiz: auto} (their data is the quiz). */
    static int quizCount(RenderedPage p) {
        return (int) p.blocks().stream().filter(b -> b.output().data() instanceof Quiz).count();
    }

    /** Pages and files made from the whole course, in the order they run. */
    static List<SiteGenerator> generators(Glossary glossary) {
        GlossaryPage glossaryPage = new GlossaryPage(glossary);
        return List.of(new NotFoundPage(), new ProgressPage(), new ReviewPage(), glossaryPage, new SearchPage(),
                new SearchIndex(List.of(glossaryPage)), new Sitemap(), new HeadersFile());
    }

    public BuildResult run() {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Path content = options.contentDir();
        if (!Files.isDirectory(content)) {
            diagnostics.error(display(content), 0, 0, NO_CONTENT);
            return finish(diagnostics, List.of(), 0, 0, start, false);
        }
        Path templateDir = options.themeDir().resolve("templates");
        // Compiling templates (cold: about a second of javac) overlaps with loading and parsing.
        CompletableFuture<Templates> templates = CompletableFuture.supplyAsync(
                () -> Templates.load(Theme.templates(options.themeDir()), options.cacheDir()));

        // One git call for every page's "last updated" date, while the pages are parsed.
        CompletableFuture<Map<String, String>> dates = CompletableFuture.supplyAsync(() -> GitDates.of(content));
        SiteConfig config = loadConfig(diagnostics);
        Course course = new ContentLoader(content, display(content), options.drafts(), diagnostics)
                .excluding(options.outDir(), options.cacheDir()).load(config);
        if (noPages(course, content, diagnostics)) return finish(diagnostics, List.of(), 0, 0, start, false);
        Path glossaryFile = content.resolve("glossary.yaml");
        Glossary glossary = Glossary.load(glossaryFile, display(glossaryFile), diagnostics);
        List<RenderedPage> rendered = new GlossaryMarker(glossary).mark(course, parse(course, partials(() -> templates), diagnostics),
                diagnostics);

        PublishedAssets assets = publishAssets(config, diagnostics);
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, byte[]> generatedFiles = Collections.synchronizedMap(new LinkedHashMap<>());
        for (Course.StaticFile f : course.staticFiles()) files.put(f.outputPath(), f.file());
        List<OutputPage> pages;
        try {
            checkLayouts(course, templates.join(), diagnostics);
            pages = render(course, rendered, templates.join(), assets.paths(), dates.join(), glossary, generatedFiles,
                    diagnostics);
        } catch (TemplateException | CompletionException e) {
            templateError(e, templateDir, diagnostics);
            return finish(diagnostics, List.of(), 0, 0, start, false);
        }

        OutputClashes.check(pages, files, generatedFiles, assets.files().keySet(), diagnostics);
        List<String> published = new ArrayList<>(assets.files().keySet());
        published.addAll(files.keySet());
        published.addAll(generatedFiles.keySet());
        SiteChecker checker = new SiteChecker(diagnostics, config.basePath()).linksAsWarnings(linksWarn(config));
        checker.check(pages, published);
        pages = BrokenLinks.unlink(pages, checker.broken());
        int quizzes = rendered.stream().mapToInt(Build::quizCount).sum();
        int diagrams = rendered.stream().mapToInt(p -> (int) p.countBlocks("diagram")).sum();
        if (diagnostics.hasErrors() || !options.write()) {
            return finish(diagnostics, pages, quizzes, diagrams, start, false);
        }
        try {
            write(pages, assets.files(), files, generatedFiles,
                    (options.compress() || config.compress()) && !options.preview());
        } catch (IOException e) {
            diagnostics.error(display(options.outDir()), 0, 0, "cannot write the site: " + e.getMessage());
            return finish(diagnostics, pages, quizzes, diagrams, start, false);
        }
        return finish(diagnostics, pages, quizzes, diagrams, start, true);
    }

    static final String NO_CONTENT = "content folder not found; start a course with `lectern new DIR`"
            + " (or name the folder with --content DIR)";

    /** A course without a page is an error that says how to start one (rather than a site of generated pages only). */
    static boolean noPages(Course course, Path content, Diagnostics diagnostics) {
        // Folders without an index get a generated one; a course of generated pages only has no page.
        if (course.pages().stream().anyMatch(p -> p.file() != null)) return false;
        diagnostics.error(display(content), 0, 0, "no pages: the content folder has no Markdown page"
                + " (drafts are left out without --drafts); write content/index.md, or start a course with `lectern new DIR`");
        return true;
    }

    /** Whether broken links are warnings: {@code --strict}/{@code --no-strict}, else {@code links:} of the settings. */
    boolean linksWarn(SiteConfig config) {
        return options.strict() != null ? !options.strict() : config.linksWarn();
    }

    SiteConfig loadConfig(Diagnostics diagnostics) {
        Path file = options.contentDir().resolve("site.yaml");
        MkDocsConfig.Project mkdocs = MkDocsConfig.find(options.contentDir());
        SiteConfig config = mkdocs != null ? MkDocsConfig.load(mkdocs.file(), display(mkdocs.file()), diagnostics)
                : SiteConfigLoader.load(file, display(file), diagnostics);
        return options.basePath() != null ? config.withBasePath(options.basePath()) : config;
    }

    /** Stage 2: every page's Markdown to HTML, in parallel. */
    private List<RenderedPage> parse(Course course, Markup partials, Diagnostics diagnostics) {
        MarkdownRenderer markdown = new MarkdownRenderer(blockKinds(options), course.config().rawHtml(), new Highlighter(),
                partials);
        LinkTargets targets = source -> course.page(source).map(SourcePage::url).orElse(null);
        return course.pages().parallelStream().map(p -> markdown.render(p, targets, diagnostics)).toList();
    }

    /**
     * The theme's partials for the blocks' markup (quizzes, diagrams), waiting for the templates on first
     * use, so compiling them still overlaps with loading. Templates that fail to load are reported by the
     * render stage; the blocks then write nothing.
     */
    static Markup partials(java.util.function.Supplier<CompletableFuture<Templates>> templates) {
        return (template, model) -> {
            Templates t;
            try {
                t = templates.get().join();
            } catch (CompletionException e) {
                return "";
            }
            return t.partials().render(template, model);
        };
    }

    /** A page's {@code layout} must name a template of the theme. */
    static void checkLayouts(Course course, Templates templates, Diagnostics diagnostics) {
        List<String> known = templates.layouts();
        for (SourcePage p : course.pages()) {
            String layout = p.meta().layout();
            if (layout != null && !known.contains(layout)) {
                diagnostics.error(p.displayPath(), p.meta().layoutLine(), p.meta().layoutColumn(),
                        dev.lectern.diag.DidYouMean.unknownKey("layout", layout, known)
                                .replace("expected one of", "the theme has"));
            }
        }
    }

    /** Stage 3: pages into templates, then the generated pages and files. */
    private List<OutputPage> render(Course course, List<RenderedPage> rendered, Templates templates,
                                    AssetPaths assets, Map<String, String> dates, Glossary glossary,
                                    Map<String, byte[]> generatedFiles, Diagnostics diagnostics) {
        Map<String, Integer> quizzesByUrl = new LinkedHashMap<>();
        for (RenderedPage p : rendered) quizzesByUrl.put(p.source().url(), quizCount(p));
        SiteView site = new SiteView(course.config(), Version.current(), assets, options.preview(),
                QaCards.anyCards(rendered), StudyPage.of(rendered, QuizIndex::questions));
        PageRenderer renderer = new PageRenderer(course, templates, site, quizzesByUrl, dates);
        List<OutputPage> pages = new ArrayList<>(rendered.parallelStream().map(renderer::render).toList());
        SiteGenerator.Context context = new SiteGenerator.Context(course, rendered, renderer, diagnostics, pages,
                generatedFiles);
        for (SiteGenerator g : generators(glossary)) g.generate(context);
        if (options.preview()) generatedFiles.put(site.assets().outputPath(PreviewScript.ASSET), PreviewScript.bytes());
        return pages;
    }

    /**
     * Stage 5: the whole site into a fresh folder, swapped in at the end. Files that did not change
     * since the last build keep their time, so caches and deploys see them as unchanged.
     */
    private void write(List<OutputPage> pages, Map<String, byte[]> assets, Map<String, Path> files,
                       Map<String, byte[]> generatedFiles, boolean compress) throws IOException {
        SiteWriter writer = new SiteWriter(OutputFolder.of(options));
        Path work = writer.begin();
        try {
            for (Map.Entry<String, byte[]> f : assets.entrySet()) SiteWriter.writeBytes(work, f.getKey(), f.getValue());
            SiteWriter.copyAll(files, work);
            for (Map.Entry<String, byte[]> f : generatedFiles.entrySet()) SiteWriter.writeBytes(work, f.getKey(), f.getValue());
            SiteWriter.writePages(work, pages);
            if (compress) Precompressor.compressAll(work);
            UnchangedFiles.keepTimes(options.outDir(), work);
            writer.commit(work);
        } catch (IOException | RuntimeException e) {
            writer.abandon(work);
            throw e;
        }
    }

    /**
     * The theme's assets as published: minified and fingerprinted, names hashed from the published bytes
     * (a new minifier never changes a file under its old name). Preview builds publish them as written,
     * under their own names, so `lectern serve` can swap a changed stylesheet in place and authors read
     * their own CSS in the browser's tools.
     */
    PublishedAssets publishAssets(SiteConfig config, Diagnostics diagnostics) {
        Path assetDir = options.themeDir().resolve("assets");
        Map<String, byte[]> sources;
        try {
            sources = Theme.assets(options.themeDir()).files();
        } catch (UncheckedIOException e) {
            diagnostics.error(display(assetDir), 0, 0, "cannot read theme assets: " + e.getCause().getMessage());
            sources = Map.of();
        }
        sources = withSiteAssets(sources, config, diagnostics);
        return options.preview()
                ? Fingerprints.publish(sources, display(assetDir), diagnostics, false, (path, bytes) -> bytes)
                : Fingerprints.publish(sources, display(assetDir), diagnostics, true, AssetMinifier::minify);
    }


    /**
     * The theme's assets plus those of site.yaml: the {@code accent_color} palette, and the files of
     * {@code extra_css} and {@code extra_js} (below {@code site/}, with the content files their
     * {@code url(...)}s name), so they are minified and fingerprinted as the theme's are.
     */
    private Map<String, byte[]> withSiteAssets(Map<String, byte[]> theme, SiteConfig config, Diagnostics diagnostics) {
        SiteConfig.ThemeSettings t = config.theme();
        if (t.accentColor() == null && t.extraCss().isEmpty() && t.extraJs().isEmpty()) return theme;
        Map<String, byte[]> all = new java.util.TreeMap<>(theme);
        if (t.accentColor() != null) {
            all.put(SiteView.ACCENT_ASSET, t.accentColor().css().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path content = options.contentDir();
        List<String> files = new ArrayList<>(t.extraJs());
        files.addAll(t.extraCss());
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i);
            try {
                byte[] bytes = Files.readAllBytes(content.resolve(path));
                all.put(SiteView.extraAsset(path), bytes);
                if (!path.endsWith(".css")) continue;
                String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
                for (String ref : Fingerprints.cssReferences(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))) {
                    String target = dev.lectern.util.Urls.resolve(folder, ref.replaceFirst("[?#].*$", ""));
                    if (target != null && !files.contains(target) && !target.startsWith(".")
                            && Files.isRegularFile(content.resolve(target))) {
                        files.add(target);
                    }
                }
            } catch (IOException e) {
                diagnostics.error(display(content.resolve(path)), 0, 0, "cannot read: " + e.getMessage());
            }
        }
        return all;
    }

    private static final Pattern JAVAC_POSITION = Pattern.compile("(?m)^(\\S+\\.jte):(\\d+)$");
    private static final Pattern JAVAC_ERROR = Pattern.compile("(?m)\\.java:\\d+: error: (.*)$");
    private static final Pattern JAVAC_SYMBOL = Pattern.compile("(?m)^\\s*symbol:\\s*(.*)$");

    /** Turns jte's parse errors and javac's compile errors into one diagnostic at the template's line. */
    void templateError(Exception e, Path templateDir, Diagnostics diagnostics) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(t.getMessage());
        String firstLine = message.strip().split("\n")[0];
        Matcher javac = JAVAC_POSITION.matcher(message);
        if (javac.find()) {
            Matcher err = JAVAC_ERROR.matcher(message);
            Matcher symbol = JAVAC_SYMBOL.matcher(message);
            String what = (err.find() ? err.group(1).strip() : firstLine) + (symbol.find() ? " (" + symbol.group(1).strip() + ")" : "");
            diagnostics.error(templateFile(templateDir, javac.group(1)), Integer.parseInt(javac.group(2)), 0,
                    "template error: " + what);
            return;
        }
        Matcher m = TEMPLATE_POSITION.matcher(message);
        if (m.find()) {
            String file = m.group(1) != null ? m.group(1) : m.group(3);
            String line = m.group(2) != null ? m.group(2) : m.group(4);
            String what = firstLine.replaceFirst("^Failed to (compile|render) [^,]+, error at (line \\d+|\\S+): ?", "");
            diagnostics.error(templateFile(templateDir, file), Integer.parseInt(line), 0, "template error: " + what);
        } else {
            diagnostics.error(display(templateDir), 0, 0, "template error: " + firstLine);
        }
    }

    /** A template as shown in messages: the theme folder's file, or the built-in theme's that it did not override. */
    private static String templateFile(Path templateDir, String name) {
        Path own = templateDir.resolve(name);
        return Files.exists(own) ? display(own) : "(built-in theme)/templates/" + name;
    }

    private BuildResult finish(Diagnostics d, List<OutputPage> pages, int quizzes, int diagrams, long start,
                               boolean written) {
        return new BuildResult(d.sorted(), pages, quizzes, diagrams, Duration.ofNanos(System.nanoTime() - start),
                written);
    }

    /** A path as printed in diagnostics: relative to the working folder when it is below it. */
    public static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return s.isEmpty() ? "." : s.replace('\\', '/');
    }
}
