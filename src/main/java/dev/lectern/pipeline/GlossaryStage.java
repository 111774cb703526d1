package dev.lectern.pipeline;

import dev.lectern.content.Course;
import dev.lectern.diag.Diagnostics;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.GlossaryMarker;
import dev.lectern.markdown.RenderedPage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage 2b: the glossary's terms marked at their first use on each page, with a tooltip; then the
 * warnings of the whole glossary (unused terms, links that lead nowhere). A page's inputs are its
 * parsed page and the glossary.
 */
final class GlossaryStage {
    private record Input(RenderedPage parsed, Glossary glossary) {}

    /** A page with its marks, and the numbers of the glossary's terms it uses. */
    private record Marked(RenderedPage page, Set<Integer> used) {}

    private final Memo<Input, Marked> memo;
    private GlossaryMarker marker;

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
    UnaryOperator<RenderedPage> marker(Glossary glossary, Set<Integer> used) {
        if (marker == null || !marker.glossary().equals(glossary)) marker = new GlossaryMarker(glossary);
        GlossaryMarker m = marker;
        return p -> m.markPage(p, used);
    }

    /** The warnings of the whole glossary (unused terms, links that lead nowhere) after {@link #marker}'s pages. */
    void report(Course course, List<RenderedPage> pages, Set<Integer> used, Diagnostics diagnostics) {
        marker.report(course, pages, used, diagnostics);
    }

    List<RenderedPage> run(Course course, Glossary glossary, List<RenderedPage> parsed, Diagnostics diagnostics) {
        if (marker == null || !marker.glossary().equals(glossary)) marker = new GlossaryMarker(glossary);
        GlossaryMarker m = marker;
        Set<Integer> used = ConcurrentHashMap.newKeySet();
        List<RenderedPage> out = parsed.parallelStream().map(p -> {
            Marked known = memo.apply(p.source().sourcePath(), new Input(p, glossary), in -> {
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
