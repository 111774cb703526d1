package dev.lectern.pipeline;

import dev.lectern.blocks.Markup;
import dev.lectern.content.Course;
import dev.lectern.diag.Diagnostics;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.GlossaryMarker;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.Templates;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage 2b: the glossary's terms marked at their first use on each page, with a tooltip; then the
 * warnings of the whole glossary (unused terms, links that lead nowhere). A page's inputs are its
 * parsed page, the glossary and the theme's templates (its {@code partials/glossary-term.jte} writes each mark).
 */
final class GlossaryStage {
    private record Input(RenderedPage parsed, Glossary glossary, int templatesVersion) {}

    /** A page with its marks, and the numbers of the glossary's terms it uses. */
    private record Marked(RenderedPage page, Set<Integer> used) {}

    private final Memo<Input, Marked> memo;
    private GlossaryMarker marker;
    /** The theme's templates of the current run: each mark is written by its {@code partials/glossary-term.jte}. */
    private volatile CompletableFuture<Templates> templates;
    private final Markup partials = ParseStage.partials(() -> templates);

    /** @param remember keep results for the next build (see {@link Memo#Memo(boolean)}) */
    GlossaryStage(boolean remember) {
        this.memo = new Memo<>(remember);
    }

    /** A page marked as the last run marked its pages. */
    RenderedPage mark(RenderedPage page) {
        return marker == null ? page : marker.markPage(page, new HashSet<>());
    }

    /**
     * For one build that marks pages one at a time ({@code lectern build}): marks a page, adding the numbers of
     * the terms it uses to {@code used}; {@link #report} then warns of the whole glossary.
     */
    UnaryOperator<RenderedPage> marker(Glossary glossary, CompletableFuture<Templates> templates, Set<Integer> used) {
        this.templates = templates;
        if (marker == null || !marker.glossary().equals(glossary)) marker = new GlossaryMarker(glossary, partials);
        GlossaryMarker m = marker;
        return p -> m.markPage(p, used);
    }

    /** The warnings of the whole glossary (unused terms, links that lead nowhere) after {@link #marker}'s pages. */
    void report(Course course, List<RenderedPage> pages, Set<Integer> used, Diagnostics diagnostics) {
        marker.report(course, pages, used, diagnostics);
    }

    /**
     * @param templates the theme's templates, still loading perhaps
     * @param templatesVersion changes whenever the templates are loaded again (the marks' markup is theirs)
     */
    List<RenderedPage> run(Course course, Glossary glossary, CompletableFuture<Templates> templates, int templatesVersion,
                           List<RenderedPage> parsed, Diagnostics diagnostics) {
        this.templates = templates;
        if (marker == null || !marker.glossary().equals(glossary)) marker = new GlossaryMarker(glossary, partials);
        GlossaryMarker m = marker;
        Set<Integer> used = ConcurrentHashMap.newKeySet();
        List<RenderedPage> out = parsed.parallelStream().map(p -> {
            Marked known = memo.apply(p.source().sourcePath(), new Input(p, glossary, templatesVersion), in -> {
                Set<Integer> own = new HashSet<>();
                return new Marked(m.markPage(in.parsed(), own), Set.copyOf(own));
            });
            used.addAll(known.used());
            return known.page();
        }).toList();
        memo.sweep();
        m.report(course, parsed, used, diagnostics);
        return out;
    }
}
