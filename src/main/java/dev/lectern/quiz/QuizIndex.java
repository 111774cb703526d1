package dev.lectern.quiz;

import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.RenderedPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every quiz of the course in page order, read from the rendered pages' quiz blocks. */
public final class QuizIndex {
    private QuizIndex() {}

    public static List<Quiz> all(List<RenderedPage> pages) {
        List<Quiz> out = new ArrayList<>();
        for (RenderedPage p : pages) out.addAll(of(p));
        return out;
    }

    /** The page's quizzes, in page order. */
    public static List<Quiz> of(RenderedPage page) {
        List<Quiz> out = new ArrayList<>();
        for (RenderedPage.NamedBlock b : page.blocks()) {
            if (b.output().data() instanceof Quiz q) out.add(q);
            else if (b.output().data() instanceof QuizSource s) out.addAll(s.quizzes());
        }
        return out;
    }

    /** How many questions the page's quizzes hold. */
    public static int questions(RenderedPage page) {
        return of(page).stream().mapToInt(Quiz::size).sum();
    }

    /**
     * Reports question and quiz ids used twice in the site: saved progress is keyed by id, so two
     * questions sharing one would share the reader's answers.
     */
    public static void checkUniqueIds(List<Quiz> quizzes, Diagnostics diagnostics) {
        Map<String, String> seen = new HashMap<>();
        for (Quiz quiz : quizzes) {
            String where = quiz.file() + ":" + quiz.line();
            String first = seen.putIfAbsent("quiz " + quiz.id(), where);
            if (first != null) {
                diagnostics.error(quiz.file(), quiz.line(), 1, "duplicate quiz id `" + quiz.id() + "` (also at "
                        + first + "); give each quiz its own `id:`");
            }
            for (Question q : quiz.questions()) {
                String at = quiz.file() + ":" + q.line();
                String other = seen.putIfAbsent("question " + q.id(), at);
                if (other != null) {
                    diagnostics.error(quiz.file(), q.line(), q.column(), "duplicate question id `" + q.id()
                            + "` (also at " + other + "); saved progress needs ids unique in the site");
                }
            }
        }
    }
}
