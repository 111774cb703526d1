package dev.lectern.pipeline;

import dev.lectern.content.SourcePage;
import dev.lectern.markdown.PageRefs;
import dev.lectern.markdown.PageText;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.OutputPage;
import dev.lectern.render.PageRenderer;
import dev.lectern.search.SearchIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Stages 2 and 3 of a build that writes once ({@code lectern build}), page by page, so that memory does not
 * grow with the site: each page is parsed, marked, rendered, written into the work folder and given to the
 * search index in one go, and only its records stay (its URL, title, headings, links, ids, blocks; see
 * {@link #slim}). Its Markdown body, HTML and text are garbage as soon as the next page starts.
 *
 * <p>Every page's template is given facts of the whole site: the outline's quiz counts, the study list (titles
 * and question counts), whether any Q&amp;A cards exist. Those come from parsing, so the pages that can
 * change them ({@link #early}: a quiz or diagram block, a snippet, {@code layout: qa}) are parsed first and
 * kept until they are rendered; every other page is known to have none (no quiz, its title the one the
 * loader read), and stands in for itself ({@link #unparsed}) until its turn. That is checked when it is parsed.
 */
final class StreamStage {
    private StreamStage() {}

    /**
     * Whether parsing a page may tell the site something the loader could not know: its quizzes (only a fenced
     * block whose first word is {@code quiz} or {@code diagram} makes one; a snippet ({@code --8<--}) may bring
     * one in, or the page's title), or its question cards ({@code layout: qa}). Any mention counts.
     */
    static boolean early(SourcePage p) {
        String m = p.markdown();
        return "qa".equals(p.layout()) || m.contains("quiz") || m.contains("diagram") || m.contains("8<-");
    }

    /** A page not parsed yet, as the site's facts see it: no quiz, no card, the loader's title. */
    static RenderedPage unparsed(SourcePage p) {
        return new RenderedPage(p, p.title(), "", List.of(), List.of(), List.of(), Set.of(), PageText.EMPTY,
                PageRefs.NONE);
    }

    /**
     * The site's facts before rendering: every {@link #early} page parsed (in parallel), an {@link #unparsed}
     * stand-in for each other one, in course order; {@code parsed} tells which is which. {@link #run} takes the
     * pages out one by one.
     */
    record Known(RenderedPage[] array, boolean[] parsed) {
        List<RenderedPage> pages() {
            return Arrays.asList(array);
        }
    }

    static Known parseEarly(List<SourcePage> sources, java.util.function.Predicate<SourcePage> early,
                            java.util.function.Function<SourcePage, RenderedPage> parse, BuildProgress progress) {
        int n = sources.size();
        boolean[] parsed = new boolean[n];
        RenderedPage[] pages = new RenderedPage[n];
        for (int i = 0; i < n; i++) {
            parsed[i] = early.test(sources.get(i));
            if (!parsed[i]) pages[i] = unparsed(sources.get(i));
        }
        int[] todo = IntStream.range(0, n).filter(i -> parsed[i]).toArray();
        // Each worker takes the next page: with ranges of pages, a core sat idle while the other parsed the last range.
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, ForkJoinPool.getCommonPoolParallelism() + 1).parallel().forEach(w -> {
            for (int k; (k = next.getAndIncrement()) < todo.length; ) {
                pages[todo[k]] = parse.apply(sources.get(todo[k]));
                progress.page();
            }
        });
        return new Known(pages, parsed);
    }

    /** What the stage leaves: every page's records, and its output file without its HTML, in course order. */
    record Result(List<RenderedPage> pages, List<OutputPage> outputPages) {}

    /**
     * Parses (where not done yet), renders, writes and indexes every page, in course order on every core.
     *
     * @param known what {@link #parseEarly} returned
     * @param parse a page's parse with its glossary marks
     */
    static Result run(List<SourcePage> sources, Known known,
                      java.util.function.Function<SourcePage, RenderedPage> parse, PageRenderer renderer,
                      OutputSync.Streamed into, SearchIndex.Feed search, BuildProgress progress) {
        int n = sources.size();
        RenderedPage[] waiting = known.array();
        RenderedPage[] kept = new RenderedPage[n];
        OutputPage[] out = new OutputPage[n];
        Map<PageRefs.Target, PageRefs.Target> targets = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        // Pages are taken in course order, so the search index (which writes them in that order) waits for few.
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1;
        // A worker that fails stops the others and keeps its failure: no worker throws out of the forEach, which would
        // return (and let the caller remove the work folder) while the others are still writing pages into it.
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failed = new java.util.concurrent.atomic.AtomicReference<>();
        IntStream.range(0, workers).parallel().forEach(w -> {
            try {
                work(sources, known, parse, renderer, into, search, progress, waiting, kept, out, targets, next);
            } catch (RuntimeException e) {
                next.set(n);
                if (!failed.compareAndSet(null, e)) failed.get().addSuppressed(e);
            }
        });
        if (failed.get() != null) throw failed.get();
        return new Result(new ArrayList<>(Arrays.asList(kept)), new ArrayList<>(Arrays.asList(out)));
    }

    /** One worker: takes the next page in course order until none is left, and parses, renders, writes and indexes it. */
    private static void work(List<SourcePage> sources, Known known, java.util.function.Function<SourcePage, RenderedPage> parse,
                             PageRenderer renderer, OutputSync.Streamed into, SearchIndex.Feed search, BuildProgress progress,
                             RenderedPage[] waiting, RenderedPage[] kept, OutputPage[] out,
                             Map<PageRefs.Target, PageRefs.Target> targets, AtomicInteger next) {
        int n = sources.size();
            for (int i; (i = next.getAndIncrement()) < n; ) {
                SourcePage source = sources.get(i);
                RenderedPage page = waiting[i];
                waiting[i] = null;
                if (!known.parsed()[i]) {
                    page = parse.apply(source);
                    if (RenderStage.quizCount(page) != 0 || !Objects.equals(page.title(), source.title())) {
                        throw new IllegalStateException(source.displayPath() + ": parsed with a quiz or title the site did not count");
                    }
                }
                OutputPage o = into.page(renderer.render(page));
                search.page(i, page);
                kept[i] = slim(page, source);
                out[i] = new OutputPage(o.path(), o.url(), null, kept[i], compact(o.refs(), targets), o.bodyAt(),
                        o.bodyLength());
                progress.page();
            }
    }

    /**
     * A rendered page's records, without its body and text: what the generated pages, the check and {@code
     * links: warn} read, with the course's own {@code source} (which the generated pages find by identity; the page
     * was parsed from a copy holding its Markdown, see {@link LeanPages}). A Q&amp;A page keeps its body and text:
     * the Review page is made from them.
     */
    static RenderedPage slim(RenderedPage p, SourcePage source) {
        if ("qa".equals(source.layout())) {
            return new RenderedPage(source, p.title(), p.bodyHtml(), p.headings(), p.links(), p.blocks(), p.assets(),
                    p.text(), p.refs());
        }
        PageRefs refs = p.refs() == null ? null : new PageRefs(p.refs().ids(), List.of());
        return new RenderedPage(source, p.title(), "", p.headings(), p.links(), p.blocks(), p.assets(),
                PageText.EMPTY, refs);
    }

    /**
     * The records of a page's theme part as the check reads them: its ids, and its link targets without their
     * place in the page, each one object that every page linking there alike shares (the outline's links).
     */
    static PageRefs compact(PageRefs refs, Map<PageRefs.Target, PageRefs.Target> shared) {
        if (refs == null) return null;
        List<PageRefs.Target> targets = new ArrayList<>(refs.targets().size());
        for (PageRefs.Target t : refs.targets()) {
            PageRefs.Target bare = new PageRefs.Target(t.tag(), t.url(), -1, t.copied());
            targets.add(shared.computeIfAbsent(bare, k -> k));
        }
        return new PageRefs(Set.copyOf(refs.ids()), List.copyOf(targets));
    }
}
