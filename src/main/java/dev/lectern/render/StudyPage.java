package dev.lectern.render;

import dev.lectern.util.Urls;
import dev.lectern.markdown.RenderedPage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A page of the course as the home page's progress widget counts it: its key in saved progress, its URL,
 * title, and how many quiz questions it holds (0: the reader marks it as read instead).
 */
public record StudyPage(String key, String url, String title, int questions) {
    /**
     * The course's pages in reading order, the home page and section pages without a quiz left out;
     * {@code questions} counts a page's quiz questions.
     */
    public static List<StudyPage> of(List<RenderedPage> pages, ToIntFunction<RenderedPage> questions) {
        List<StudyPage> out = new ArrayList<>();
        for (RenderedPage p : pages) {
            String url = p.source().url();
            if (url.isEmpty()) continue;
            int count = questions.applyAsInt(p);
            // a section's own page is its table of contents: it counts only when it holds a quiz
            if (p.source().sectionIndex() && count == 0) continue;
            out.add(new StudyPage(Urls.pageKey(url), url, p.title() == null ? url : p.title(), count));
        }
        return List.copyOf(out);
    }
}
