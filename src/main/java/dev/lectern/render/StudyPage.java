package dev.lectern.render;

import dev.lectern.content.Urls;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.quiz.Quiz;
import dev.lectern.quiz.QuizSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of the course as the home page's progress widget counts it: its key in saved progress, its URL,
 * title, and how many quiz questions it holds (0: the reader marks it as read instead).
 */
public record StudyPage(String key, String url, String title, int questions) {
    /** The course's pages in reading order, the home page and section pages without a quiz left out. */
    public static List<StudyPage> of(List<RenderedPage> pages) {
        List<StudyPage> out = new ArrayList<>();
        for (RenderedPage p : pages) {
            String url = p.source().url();
            if (url.isEmpty()) continue;
            int questions = 0;
            for (RenderedPage.NamedBlock b : p.blocks()) {
                if (b.output().data() instanceof Quiz q) questions += q.size();
                else if (b.output().data() instanceof QuizSource s) questions += s.quizzes().stream().mapToInt(Quiz::size).sum();
            }
            // a section's own page is its table of contents: it counts only when it holds a quiz
            if (p.source().sectionIndex() && questions == 0) continue;
            out.add(new StudyPage(Urls.pageKey(url), url, p.title() == null ? url : p.title(), questions));
        }
        return List.copyOf(out);
    }
}
