package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the theme's {@code partials/progress.jte} is given and what the reader sees on the Progress
 * page: the quizzes grouped by page in course order, counts with singular and plural words, plain
 * titles, links to each quiz and the ids {@code progress.js} reads. Each test builds its own site.
 */
class ProgressPartialTest {
    @TempDir
    Path tmp;

    static final String ONE = """
            ---
            title: One
            weight: 1
            ---

            ```quiz
            title: "`Code` *quiz*"
            questions:
              - q: First?
                answer: true
              - q: Second?
                answer: false
            ```

            ```quiz
            questions:
              - q: Third?
                id: third
                answer: true
            ```
            """;

    static final String TWO = """
            ---
            title: Two
            weight: 2
            ---

            ```quiz
            title: Solo
            questions:
              - q: Fourth?
                answer: true
            ```
            """;

    private Document progress(TestSite site) {
        TestSite built = site.file("content/index.md", "# Home\n").build();
        assertThat(built.printed()).isEmpty();
        return built.page("progress/index.html");
    }

    // Checks each page's quizzes under the page, in course order, with the question counts of page and quiz
    // ("1 question" / "N questions"), plain-text titles or "Quiz", the link to each quiz and its question ids.
    @Test
    void quizzesGroupedByPage() {
        Document d = progress(TestSite.create(tmp).file("content/one.md", ONE).file("content/two.md", TWO)
                .file("content/none.md", "---\ntitle: None\nweight: 3\n---\n\nNo quiz.\n"));
        assertThat(d.select(".page-body > p, main p").first().text())
                .contains("The course has 3 quizzes with 4 questions.");
        assertThat(d.select("[data-progress-summary]").attr("data-total")).isEqualTo("4");
        assertThat(d.select(".progress-page").eachAttr("data-page-key")).containsExactly("one", "two");
        assertThat(d.select(".progress-page").eachAttr("data-total")).containsExactly("3", "1");
        assertThat(d.select(".progress-page-title a").eachAttr("href")).containsExactly("../one/", "../two/");
        assertThat(d.select(".progress-page-title a").eachText()).containsExactly("One", "Two");
        assertThat(d.select(".progress-page-title .progress-state").eachText()).containsExactly("3 questions",
                "1 question");
        assertThat(d.select(".progress-quizzes li").eachAttr("data-quiz")).containsExactly("one-quiz-1", "one-quiz-2",
                "two-quiz-1");
        assertThat(d.select(".progress-quizzes li").eachAttr("data-questions")).containsExactly(
                "one-quiz-1-q1 one-quiz-1-q2", "third", "two-quiz-1-q1");
        assertThat(d.select(".progress-quizzes a").eachAttr("href")).containsExactly("../one/#quiz-one-quiz-1",
                "../one/#quiz-one-quiz-2", "../two/#quiz-two-quiz-1");
        assertThat(d.select(".progress-quizzes a").eachText()).containsExactly("Code quiz", "Quiz", "Solo");
        assertThat(d.select(".progress-quiz-state").eachText()).containsExactly("2 questions", "1 question",
                "1 question");
        assertThat(d.text()).doesNotContain("no quizzes yet");
    }

    // Checks the singular words for a course of one quiz with one question.
    @Test
    void oneQuizOneQuestion() {
        Document d = progress(TestSite.create(tmp).file("content/two.md", TWO));
        assertThat(d.text()).contains("The course has 1 quiz with 1 question.").doesNotContain("no quizzes yet");
        assertThat(d.select(".progress-page").eachAttr("data-page-key")).containsExactly("two");
    }

    // Checks a course without quizzes: the page says so and lists nothing.
    @Test
    void noQuizzes() {
        Document d = progress(TestSite.create(tmp).file("content/none.md", "---\ntitle: None\n---\n\nNo quiz.\n"));
        assertThat(d.text()).contains("The course has 0 quizzes with 0 questions.", "This course has no quizzes yet.");
        assertThat(d.select(".progress-page")).isEmpty();
        Element summary = d.selectFirst("[data-progress-summary]");
        assertThat(summary.attr("data-total")).isEqualTo("0");
    }
}
