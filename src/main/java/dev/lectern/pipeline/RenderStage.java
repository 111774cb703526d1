package dev.lectern.pipeline;

import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.DidYouMean;
import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.quiz.Quiz;
import dev.lectern.quiz.QuizIndex;
import dev.lectern.render.AssetPaths;
import dev.lectern.render.OutputPage;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.QaCards;
import dev.lectern.render.SiteView;
import dev.lectern.render.StudyPage;
import dev.lectern.render.Templates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Stage 3: each page into the theme's templates, with the outline, breadcrumbs, table of contents
 * and previous/next links around it (in parallel). A page's input is what its template is given
 * ({@link PageRenderer.Input}: the template and the whole view, site-wide facts included), so a page
 * is rendered again exactly when something its template can read changed.
 */
final class RenderStage {
    private final Memo<PageRenderer.Input, Templates.Recorded> memo;
    private final boolean remember;

    /** @param remember keep results for the next build (see {@link Memo#Memo(boolean)}) */
    RenderStage(boolean remember) {
        this.memo = new Memo<>(remember);
        this.remember = remember;
    }

    /**
     * The last build's site-wide view, handed out again while the new one is equal: every page's view
     * holds it, and comparing the same object is immediate (comparing two equal ones, with the list of
     * all pages, for each page would not be).
     */
    private SiteView site;
    /** The last build's renderer, whose outline (and the lists it made) the next one may take over. */
    private PageRenderer last;

    /**
     * What the renderer's set-up takes from one page: its URL, quiz count, row of the study list (none or one)
     * and whether it has Q&amp;A cards.
     */
    private record Summary(String url, int quizzes, List<StudyPage> study, boolean cards, int diagrams) {
        static Summary of(RenderedPage p) {
            return new Summary(p.source().url(), quizCount(p), StudyPage.of(List.of(p), QuizIndex::questions),
                    QaCards.anyCards(List.of(p)), diagramCount(p));
        }
    }

    /** A page's summary, kept with the parsed page it was made from (a page parsed again is read again). */
    private record Summarised(RenderedPage page, Summary summary) {}

    private final Map<String, Summarised> summaries = new HashMap<>();
    /** The last build's summaries, in page order, and what the set-up made of them. */
    private List<Summary> lastSummaries = List.of();
    private Map<String, Integer> quizzesByUrl = Map.of();
    private List<StudyPage> study = List.of();
    private boolean anyCards;

    /** The renderer of this build's pages (generated pages use it too). */
    PageRenderer renderer(Course course, List<RenderedPage> pages, Templates templates, AssetPaths assets,
                          Map<String, String> dates, boolean preview) {
        List<Summary> now = new ArrayList<>(pages.size());
        for (RenderedPage p : pages) now.add(summary(p));
        summarised = pages;
        summarisedAs = now;
        if (!now.equals(lastSummaries)) { // else the quiz counts, study list and Review page are the last build's
            Map<String, Integer> quizzes = new LinkedHashMap<>();
            List<StudyPage> rows = new ArrayList<>();
            boolean cards = false;
            for (Summary s : now) {
                quizzes.put(s.url(), s.quizzes());
                rows.addAll(s.study());
                cards |= s.cards();
            }
            quizzesByUrl = Collections.unmodifiableMap(quizzes);
            study = List.copyOf(rows);
            anyCards = cards;
            lastSummaries = remember ? now : List.of();
            Set<String> paths = new HashSet<>();
            for (RenderedPage p : pages) paths.add(p.source().sourcePath());
            summaries.keySet().retainAll(paths); // deleted and renamed pages
        }
        SiteView view = new SiteView(course.config(), Version.current(), assets, preview, anyCards, study);
        if (!view.equals(site)) site = view;
        PageRenderer renderer = new PageRenderer(course, templates, site, quizzesByUrl, dates);
        if (!remember) return renderer.keepNoOutlines(); // one build: each page's outline is asked for once
        renderer.reuseOutline(last);
        last = renderer;
        return renderer;
    }

    private Summary summary(RenderedPage p) {
        if (!remember) return Summary.of(p);
        Summarised known = summaries.get(p.source().sourcePath());
        if (known != null && known.page() == p) return known.summary();
        Summary s = Summary.of(p);
        summaries.put(p.source().sourcePath(), new Summarised(p, s));
        return s;
    }

    /** How many pages the last {@link #run} rendered (the others it had already). */
    int rendered;

    List<OutputPage> run(List<RenderedPage> pages, PageRenderer renderer, BuildProgress progress) {
        return run(pages, renderer, progress, UnaryOperator.identity());
    }

    /**
     * The same, each page handed to {@code then} as soon as it is rendered ({@code lectern build} writes it
     * there and keeps it without its HTML); the list holds what {@code then} returned.
     */
    List<OutputPage> run(List<RenderedPage> pages, PageRenderer renderer, BuildProgress progress,
                         UnaryOperator<OutputPage> then) {
        List<OutputPage> out = pages.parallelStream().map(p -> {
            OutputPage page = then.apply(PageRenderer.output(p,
                    memo.apply(p.source().sourcePath(), renderer.input(p), PageRenderer::recorded)));
            progress.page();
            return page;
        }).toList();
        rendered = memo.sweep();
        return new ArrayList<>(out);
    }

    /** Quizzes on a page: quiz blocks, and diagrams with {@code quiz: auto} (their data is the quiz). */
    static int quizCount(RenderedPage p) {
        return (int) p.blocks().stream().filter(b -> b.output().data() instanceof Quiz).count();
    }

    static int diagramCount(RenderedPage p) {
        return (int) p.countBlocks("diagram");
    }

    /** How many quizzes and diagrams a build's pages hold. */
    record Counts(int quizzes, int diagrams) {}

    /** The pages the last {@link #renderer} was made for, and their summaries. */
    private List<RenderedPage> summarised;
    private List<Summary> summarisedAs;

    /** The quizzes and diagrams of these pages (a session reads a page again only when it was parsed again). */
    Counts counts(List<RenderedPage> pages) {
        int quizzes = 0;
        int diagrams = 0;
        if (remember) {
            for (Summary s : pages == summarised ? summarisedAs : pages.stream().map(this::summary).toList()) {
                quizzes += s.quizzes();
                diagrams += s.diagrams();
            }
        } else {
            for (RenderedPage p : pages) {
                quizzes += quizCount(p);
                diagrams += diagramCount(p);
            }
        }
        return new Counts(quizzes, diagrams);
    }

    /** A page's {@code layout} must name a template of the theme. */
    static void checkLayouts(Course course, Templates templates, Diagnostics diagnostics) {
        List<String> known = templates.layouts();
        for (SourcePage p : course.pages()) {
            String layout = p.meta().layout();
            if (layout != null && !known.contains(layout)) {
                diagnostics.error(p.displayPath(), p.meta().layoutLine(), p.meta().layoutColumn(),
                        DidYouMean.unknownKey("layout", layout, known).replace("expected one of", "the theme has"));
            }
        }
    }
}
