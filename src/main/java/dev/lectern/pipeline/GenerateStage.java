package dev.lectern.pipeline;

import dev.lectern.diag.Diagnostics;
import dev.lectern.glossary.Glossary;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.glossary.GlossaryPage;
import dev.lectern.publish.HeadersFile;
import dev.lectern.quiz.ProgressPage;
import dev.lectern.quiz.ReviewPage;
import dev.lectern.render.NotFoundPage;
import dev.lectern.render.OutlineFiles;
import dev.lectern.render.OutputPage;
import dev.lectern.render.SiteGenerator;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SearchPage;
import dev.lectern.sitemap.Sitemap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Stage 4: the pages and files made from the whole course (404, review, progress, glossary, search,
 * sitemap, headers), in their order. A generator whose files no page needs to be shown ({@link
 * SiteGenerator#canWait()}, the search index) may be left waiting: its files keep their previous bytes
 * until {@link #finish}, so {@code lectern serve} can send the reload first. One that never ran runs at once.
 */
final class GenerateStage {
    /**
     * Generators left waiting by a build, by their place in the list, and the paths their files had
     * the last time they ran (held as they are until then).
     */
    record Waiting(List<Integer> generators, Set<String> paths) {
        static final Waiting NONE = new Waiting(List.of(), Set.of());
    }

    private final Glossary glossary;
    private final List<SiteGenerator> generators;
    /** Each generator that can wait, by its place in the list, with the paths it made the last time it ran. */
    private final Map<Integer, Set<String>> pathsBy = new HashMap<>();
    private volatile Set<String> laterPaths = Set.of();

    /** @param remember generators may keep work for the next build (false: one build only) */
    GenerateStage(Glossary glossary, boolean remember) {
        this.glossary = glossary;
        GlossaryPage glossaryPage = new GlossaryPage(glossary);
        // Kept while the glossary stays: generators may remember work between builds (the search index does).
        this.search = new SearchIndex(List.of(glossaryPage), remember);
        this.generators = List.of(new NotFoundPage(), new ProgressPage(), new ReviewPage(), glossaryPage,
                new SearchPage(), search, new Sitemap(), new HeadersFile(), new OutlineFiles());
    }

    private final SearchIndex search;

    /** These generators, in this order, and no search feed (for tests). */
    GenerateStage(List<SiteGenerator> generators) {
        this.glossary = Glossary.empty();
        this.search = null;
        this.generators = List.copyOf(generators);
    }

    /** The search index's feed for a build that gives it each page as it is rendered (see {@link SearchIndex#feed}). */
    SearchIndex.Feed searchFeed(java.util.function.BiConsumer<String, byte[]> sink) {
        return search.feed(sink);
    }

    Glossary glossary() {
        return glossary;
    }

    /** Output paths that may still hold the previous build's bytes until {@link #finish}. */
    Set<String> laterPaths() {
        return laterPaths;
    }

    /**
     * Runs the generators into {@code context}; with {@code mayWait}, those that can wait and ran before wait.
     * Generators run at the same time, except one that {@linkplain SiteGenerator#readsGenerated() reads what the
     * others made}, which waits for those before it (in a small build the search index and the Review page were
     * most of this stage, one after the other). Each makes its pages, files and diagnostics into a context of
     * its own; they join {@code context} in the generators' order, and from a generator that throws only what it
     * reported goes in, then its exception: the same as when they run one after the other. (The search index of
     * a one-shot build writes its files through its feed's sink instead, see {@link #searchFeed}.)
     */
    Waiting run(SiteGenerator.Context context, boolean mayWait, Runnable lap) {
        List<Integer> waiting = new ArrayList<>();
        List<Integer> now = new ArrayList<>();
        for (int i = 0; i < generators.size(); i++) {
            Set<String> paths = pathsBy.get(i);
            if (generators.get(i).canWait() && paths != null && mayWait) {
                waiting.add(i);
            } else {
                now.add(i);
            }
        }
        for (int from = 0; from < now.size(); ) {
            int to = from + 1;
            if (!generators.get(now.get(from)).readsGenerated()) {
                while (to < now.size() && !generators.get(now.get(to)).readsGenerated()) to++;
            }
            List<Integer> together = now.subList(from, to);
            Made[] made = new Made[together.size()];
            IntStream.range(0, made.length).parallel().forEach(k -> made[k] = make(together.get(k), context));
            for (int k = 0; k < made.length; k++) join(together.get(k), made[k], context);
            lap.run();
            from = to;
        }
        if (waiting.isEmpty()) return Waiting.NONE;
        // one generator waiting (the search index): its paths as kept, not a copy of thousands
        if (waiting.size() == 1) return new Waiting(List.copyOf(waiting), pathsBy.get(waiting.get(0)));
        Set<String> held = new HashSet<>();
        for (int i : waiting) held.addAll(pathsBy.get(i));
        return new Waiting(List.copyOf(waiting), Set.copyOf(held));
    }

    /** What one generator made into a context of its own, and what it threw (null if nothing). */
    private record Made(SiteGenerator.Context own, Throwable failure) {}

    /** Runs generator {@code i} into a context of its own; one that reads the others' pages gets a copy of them. */
    private Made make(int i, SiteGenerator.Context context) {
        SiteGenerator g = generators.get(i);
        List<OutputPage> pages = new ArrayList<>();
        if (g.readsGenerated()) {
            synchronized (context.outputPages()) {
                pages.addAll(context.outputPages());
            }
        }
        SiteGenerator.Context own = new SiteGenerator.Context(context.course(), context.pages(), context.renderer(),
                new Diagnostics(), pages, Collections.synchronizedMap(new LinkedHashMap<>()));
        try {
            g.generate(own);
            return new Made(own, null);
        } catch (RuntimeException | Error e) {
            return new Made(own, e);
        }
    }

    /**
     * Adds what generator {@code i} made to {@code context}, as if it had run there: a generator that can wait
     * keeps the paths of its files (and, failing, adds none, which it makes into a map of its own); then throws
     * what it threw.
     */
    private void join(int i, Made made, SiteGenerator.Context context) {
        SiteGenerator g = generators.get(i);
        SiteGenerator.Context own = made.own();
        List<OutputPage> pages = own.outputPages();
        if (g.readsGenerated()) pages = pages.subList(context.outputPages().size(), pages.size());
        if (made.failure() == null || !g.canWait()) {
            pages.forEach(context::addPage);
            own.outputFiles().forEach(context::addFile);
        }
        if (made.failure() == null && g.canWait()) keepPaths(i, own.outputFiles().keySet());
        context.diagnostics().addAll(own.diagnostics().sorted());
        if (made.failure() instanceof RuntimeException e) throw e;
        if (made.failure() instanceof Error e) throw e;
    }

    /**
     * Runs the generators a build left waiting, adding their files to {@code generated} (a file of
     * the same path made by a later generator stays, as in a build where nothing waits).
     */
    void finish(Waiting waiting, SiteGenerator.Context context, Map<String, byte[]> generated) {
        for (int i : waiting.generators()) {
            for (Map.Entry<String, byte[]> f : ownFiles(i, context).entrySet()) generated.putIfAbsent(f.getKey(), f.getValue());
        }
    }

    /**
     * The pages with the Review page made again from {@code after}'s Q&amp;A pages when the check made one of them again
     * without its broken links ({@code links: warn}, {@link dev.lectern.check.BrokenLinks}; {@code before}: the same
     * pages as they were, in the same order), so that its copies follow their pages: a broken link is text there too.
     * Its warnings were given the first time.
     */
    static List<OutputPage> reviewAgain(List<OutputPage> before, List<OutputPage> after, SiteGenerator.Context context) {
        Map<String, RenderedPage> remade = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            RenderedPage was = before.get(i).source();
            RenderedPage now = after.get(i).source();
            if (was != now && now != null && "qa".equals(now.source().layout())) remade.put(now.source().url(), now);
        }
        if (remade.isEmpty()) return after;
        List<RenderedPage> pages = new ArrayList<>(context.pages().size());
        for (RenderedPage p : context.pages()) pages.add(remade.getOrDefault(p.source().url(), p));
        List<OutputPage> made = new ArrayList<>();
        new ReviewPage().generate(new SiteGenerator.Context(context.course(), pages, context.renderer(), new Diagnostics(),
                made, new LinkedHashMap<>()));
        if (made.isEmpty()) return after;
        OutputPage review = made.get(0);
        List<OutputPage> out = new ArrayList<>(after.size());
        for (OutputPage p : after) out.add(p.path().equals(review.path()) && p.source() == null ? review : p);
        return out;
    }

    /** Runs a generator that can wait into its own map (to learn its paths). */
    private Map<String, byte[]> ownFiles(int i, SiteGenerator.Context context) {
        Map<String, byte[]> own = Collections.synchronizedMap(new LinkedHashMap<>());
        generators.get(i).generate(new SiteGenerator.Context(context.course(), context.pages(), context.renderer(),
                context.diagnostics(), context.outputPages(), own));
        keepPaths(i, own.keySet());
        return own;
    }

    /** Keeps the paths generator {@code i} (one that can wait) made this time. */
    private void keepPaths(int i, Set<String> paths) {
        pathsBy.put(i, Set.copyOf(paths));
        Set<String> all = new HashSet<>();
        for (Set<String> p : pathsBy.values()) all.addAll(p);
        laterPaths = Set.copyOf(all);
    }
}
