package dev.lectern.quiz;

import dev.lectern.util.Urls;
import dev.lectern.render.SiteGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The course's "Progress" page ({@code progress/}): every quiz, grouped by page, with links. The
 * reader's state comes from this browser's saved progress, filled in by {@code progress.js}.
 * Also checks that quiz and question ids are unique in the site.
 */
public final class ProgressPage implements SiteGenerator {
    public static final String URL = "progress/";
    public static final String TEMPLATE = "partials/progress.jte";

    @Override
    public void generate(Context context) {
        List<Quiz> quizzes = QuizIndex.all(context.pages());
        QuizIndex.checkUniqueIds(quizzes, context.diagnostics());
        Map<String, List<Quiz>> byPage = new LinkedHashMap<>();
        for (Quiz q : quizzes) byPage.computeIfAbsent(q.pageUrl(), k -> new java.util.ArrayList<>()).add(q);
        List<PageQuizzes> pages = new ArrayList<>();
        for (Map.Entry<String, List<Quiz>> e : byPage.entrySet()) {
            List<QuizLink> links = new ArrayList<>();
            for (Quiz q : e.getValue()) {
                links.add(new QuizLink(q.id(), String.join(" ", q.questions().stream().map(Question::id).toList()),
                        Urls.relative(URL, q.pageUrl()), q.title() == null ? null : plainTitle(q.title()), q.size()));
            }
            pages.add(new PageQuizzes(Urls.pageKey(e.getKey()), Urls.relative(URL, e.getKey()),
                    e.getValue().get(0).pageTitle(), List.copyOf(links)));
        }
        String html = context.renderer().renderPartial(TEMPLATE, new View(List.copyOf(pages)));
        String title = context.renderer().title("progress");
        context.addPage(context.renderer().renderGenerated("page.jte", Urls.outputFile(URL), URL, title,
                html, List.of("css/quiz.css", "css/progress.css", "js/progress.js"), false));
    }

    /** The page's data for the theme's {@code partials/progress.jte}: the quizzes grouped by page, in course order. */
    public record View(List<PageQuizzes> pages) {
        public int quizzes() {
            return pages.stream().mapToInt(p -> p.quizzes().size()).sum();
        }

        public int questions() {
            return pages.stream().mapToInt(PageQuizzes::questions).sum();
        }
    }

    /** A page's quizzes; {@code href} is relative to the progress page, {@code key} its storage key. */
    public record PageQuizzes(String key, String href, String title, List<QuizLink> quizzes) {
        public int questions() {
            return quizzes.stream().mapToInt(QuizLink::questions).sum();
        }
    }

    /**
     * A quiz: its id, its questions' ids separated by spaces, its page's {@code href} and its title
     * as plain text (null for the template's default).
     */
    public record QuizLink(String id, String questionIds, String href, String title, int questions) {}

    /** Titles are inline Markdown; on this page they are shown as plain text. */
    static String plainTitle(String markdown) {
        return markdown.replaceAll("[`*_]", "");
    }

}
