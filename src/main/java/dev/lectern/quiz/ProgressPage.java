package dev.lectern.quiz;

import static dev.lectern.markdown.Html.escape;

import dev.lectern.content.Urls;
import dev.lectern.render.SiteGenerator;
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

    @Override
    public void generate(Context context) {
        List<Quiz> quizzes = QuizIndex.all(context.pages());
        QuizIndex.checkUniqueIds(quizzes, context.diagnostics());
        Map<String, List<Quiz>> byPage = new LinkedHashMap<>();
        for (Quiz q : quizzes) byPage.computeIfAbsent(q.pageUrl(), k -> new java.util.ArrayList<>()).add(q);
        int total = quizzes.stream().mapToInt(Quiz::size).sum();

        StringBuilder html = new StringBuilder();
        html.append("<p>Your answers are saved in this browser only; nothing is sent anywhere. The course has ")
                .append(quizzes.size()).append(quizzes.size() == 1 ? " quiz" : " quizzes").append(" with ")
                .append(total).append(total == 1 ? " question" : " questions").append(".</p>\n");
        html.append("<div class=\"progress-summary\" data-progress-summary data-total=\"").append(total)
                .append("\" aria-live=\"polite\"><p>Open a page below and check your answers; your progress shows up here.</p></div>\n");
        if (quizzes.isEmpty()) html.append("<p>This course has no quizzes yet.</p>\n");
        html.append("<ol class=\"progress-list\">\n");
        for (Map.Entry<String, List<Quiz>> e : byPage.entrySet()) {
            List<Quiz> list = e.getValue();
            int n = list.stream().mapToInt(Quiz::size).sum();
            String pageKey = Urls.pageKey(e.getKey());
            html.append("<li class=\"progress-page\" data-page-key=\"").append(escape(pageKey)).append("\" data-total=\"")
                    .append(n).append("\">\n<p class=\"progress-page-title\"><a href=\"")
                    .append(escape(Urls.relative(URL, e.getKey()))).append("\">").append(escape(list.get(0).pageTitle()))
                    .append("</a> <span class=\"progress-state\" data-progress-state>").append(n)
                    .append(n == 1 ? " question" : " questions").append("</span></p>\n<ul class=\"progress-quizzes\">\n");
            for (Quiz q : list) {
                html.append("<li data-quiz=\"").append(escape(q.id())).append("\" data-questions=\"")
                        .append(escape(String.join(" ", q.questions().stream().map(Question::id).toList())))
                        .append("\"><a href=\"").append(escape(Urls.relative(URL, q.pageUrl()) + "#quiz-" + q.id()))
                        .append("\">").append(escape(q.title() == null ? "Quiz" : plainTitle(q.title()))).append("</a> ")
                        .append("<span class=\"progress-quiz-state\" data-progress-state>").append(q.size())
                        .append(q.size() == 1 ? " question" : " questions").append("</span></li>\n");
            }
            html.append("</ul>\n</li>\n");
        }
        html.append("</ol>\n");
        html.append("<p class=\"progress-actions\" hidden><button type=\"button\" class=\"quiz-button quiz-reset\" ")
                .append("data-action=\"reset-all\">Reset all quiz progress</button></p>\n");
        // Moving to another browser: the saved progress as a file, and back (progress.js; without it, nothing to move).
        html.append("<section class=\"progress-transfer\" aria-labelledby=\"progress-transfer\" hidden>")
                .append("<h2 id=\"progress-transfer\">Move your progress</h2><p>Download it here, then load the file on the ")
                .append("Progress page of another browser.</p><p class=\"progress-transfer-actions\">")
                .append("<a class=\"quiz-button quiz-secondary\" data-export download=\"lectern-progress.json\" href=\"#\">")
                .append("Download progress (JSON)</a> <button type=\"button\" class=\"quiz-button quiz-secondary\" ")
                .append("data-action=\"import\">Load progress from a file\u2026</button><input type=\"file\" ")
                .append("accept=\".json,application/json\" data-import hidden></p>")
                .append("<p data-transfer-status role=\"status\"></p></section>\n");
        context.addPage(context.renderer().renderGenerated("page.jte", Urls.outputFile(URL), URL, "Your progress",
                html.toString(), List.of("css/quiz.css", "css/progress.css", "js/progress.js"), false));
    }

    /** Titles are inline Markdown; on this page they are shown as plain text. */
    static String plainTitle(String markdown) {
        return markdown.replaceAll("[`*_]", "");
    }

}
