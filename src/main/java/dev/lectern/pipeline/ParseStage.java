package dev.lectern.pipeline;

import dev.lectern.blocks.BlockKinds;
import dev.lectern.blocks.Markup;
import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diagram.DiagramBlock;
import dev.lectern.highlight.Highlighter;
import dev.lectern.markdown.LinkTargets;
import dev.lectern.markdown.MarkdownRenderer;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.quiz.QuizBlock;
import dev.lectern.render.Templates;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stage 2: each page's Markdown to HTML (in parallel), with its headings, links and blocks. Its inputs
 * are the source page, the {@code raw_html} setting, the version of the other files a page may take in
 * while parsing (snippets, images; the session counts their changes), and the URLs of the pages it links to: links
 * are rewritten to URLs while parsing (and a missing target reported then), so the URLs it asked for
 * are kept with the result, which counts again only while each of them is still the same.
 */
final class ParseStage {
    /** What a parse reads up front. */
    private record Input(SourcePage source, boolean rawHtml, int filesVersion, int templatesVersion) {}

    /** A parsed page, the diagnostics of its parse, and the link targets it looked up (source to URL). */
    private record Parsed(RenderedPage page, List<Diagnostic> diagnostics, Map<String, String> lookups) {}

    private final BlockKinds kinds;
    private final Memo<Input, Parsed> memo;
    private MarkdownRenderer markdown;
    private boolean markdownRawHtml;
    /** The theme's templates of the current run: the blocks' markup (quizzes, diagrams) comes from its partials. */
    private volatile CompletableFuture<Templates> templates;

    /** @param remember keep results for the next build (see {@link Memo#Memo(boolean)}) */
    ParseStage(BuildOptions options, boolean remember) {
        this.kinds = blockKinds(options);
        this.memo = new Memo<>(remember);
    }

    /** The fenced-block kinds of every build; diagrams keep laid-out SVG in the cache folder. */
    static BlockKinds blockKinds(BuildOptions options) {
        return BlockKinds.builtIn().register(new QuizBlock())
                .register(new DiagramBlock(options.cacheDir().resolve("diagrams"), Version.current()));
    }

    /**
     * @param filesVersion changes whenever a file that pages may read while parsing changed
     * @param templates the theme's templates, still loading perhaps (the blocks wait for them on first use)
     * @param templatesVersion changes whenever the templates are loaded again
     */
    List<RenderedPage> run(Course course, int filesVersion, CompletableFuture<Templates> templates, int templatesVersion,
                           Diagnostics diagnostics, BuildProgress progress) {
        MarkdownRenderer renderer = start(course, templates);
        boolean rawHtml = course.config().rawHtml();
        LinkTargets targets = source -> course.page(source).map(SourcePage::url).orElse(null);
        // The same source paths with the same URLs as the last run: every link target a page looked up is the same.
        List<String> urls = new java.util.ArrayList<>(2 * course.pages().size());
        for (SourcePage p : course.pages()) {
            urls.add(p.sourcePath());
            urls.add(p.url());
        }
        boolean sameUrls = urls.equals(lastUrls);
        lastUrls = urls;
        List<RenderedPage> out = course.pages().parallelStream().map(p -> {
            Parsed parsed = memo.apply(p.sourcePath(), new Input(p, rawHtml, filesVersion, templatesVersion), in -> parse(renderer, in.source(), targets),
                    known -> sameUrls || sameTargets(known.lookups(), targets));
            diagnostics.addAll(parsed.diagnostics());
            progress.page();
            return parsed.page();
        }).toList();
        memo.sweep();
        return out;
    }

    /** The source paths and URLs of the last run's pages, in order ({@link Course#page} looks them up). */
    private List<String> lastUrls = List.of();

    /** Readies the Markdown renderer of this run (made again when {@code raw_html} changed). */
    private MarkdownRenderer start(Course course, CompletableFuture<Templates> templates) {
        this.templates = templates;
        boolean rawHtml = course.config().rawHtml();
        if (markdown == null || markdownRawHtml != rawHtml) {
            markdown = new MarkdownRenderer(kinds, rawHtml, new Highlighter(), partials(() -> this.templates));
            markdownRawHtml = rawHtml;
        }
        return markdown;
    }

    /**
     * For one build that parses pages one at a time ({@code lectern build}, which renders and writes each page
     * right after): a page's parse, its diagnostics added to {@code diagnostics}; nothing is remembered.
     */
    Function<SourcePage, RenderedPage> parser(Course course, CompletableFuture<Templates> templates, Diagnostics diagnostics) {
        MarkdownRenderer renderer = start(course, templates);
        LinkTargets targets = source -> course.page(source).map(SourcePage::url).orElse(null);
        return p -> {
            Diagnostics own = new Diagnostics();
            RenderedPage page = renderer.render(p, targets, own);
            diagnostics.addAll(own.sorted());
            return page;
        };
    }

    /**
     * The theme's partials for the blocks' markup (quizzes, diagrams), waiting for the templates on first
     * use, so compiling them still overlaps with loading. Templates that fail to load are reported by the
     * render stage; the blocks then write nothing.
     */
    static Markup partials(Supplier<CompletableFuture<Templates>> templates) {
        return new Markup() {
            @Override
            public String render(String template, Object model) {
                Templates t = loaded();
                return t == null ? "" : t.partials().render(template, model);
            }

            @Override
            public String render(String template, Object model, Found found) {
                Templates t = loaded();
                return t == null ? "" : t.partials().render(template, model, found);
            }

            @Override
            public String text(String template, Map<String, Object> params) {
                Templates t = loaded();
                return t == null ? "" : t.text(template, params);
            }

            private Templates loaded() {
                try {
                    return templates.get().join();
                } catch (CompletionException e) {
                    return null;
                }
            }
        };
    }

    /**
     * A page of the last run parsed again with the links of these URLs (as written) as text ({@code links:
     * warn}); its diagnostics were reported by the run.
     */
    RenderedPage unlinked(Course course, SourcePage page, Map<String, String> reasons) {
        LinkTargets targets = source -> course.page(source).map(SourcePage::url).orElse(null);
        return markdown.render(page, targets, new Diagnostics(), reasons);
    }

    private static Parsed parse(MarkdownRenderer markdown, SourcePage page, LinkTargets targets) {
        Map<String, String> lookups = new HashMap<>();
        LinkTargets recording = source -> {
            String url = targets.pageUrlOfSource(source);
            synchronized (lookups) {
                lookups.put(source, url);
            }
            return url;
        };
        Diagnostics own = new Diagnostics();
        RenderedPage rendered = markdown.render(page, recording, own);
        return new Parsed(rendered, own.sorted(), Collections.unmodifiableMap(lookups));
    }

    private static boolean sameTargets(Map<String, String> lookups, LinkTargets targets) {
        for (Map.Entry<String, String> e : lookups.entrySet()) {
            if (!Objects.equals(e.getValue(), targets.pageUrlOfSource(e.getKey()))) return false;
        }
        return true;
    }
}
