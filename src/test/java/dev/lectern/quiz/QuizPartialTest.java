package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the theme's {@code partials/quiz.jte} is given and what the reader sees without JavaScript:
 * numbering, the default title, singular and plural words, the right answers behind "Show answer",
 * the "why" of each wrong choice, numbers as written, the shuffled order and the sorted match options,
 * and the answers {@code quiz.js} checks against. Each test builds its own site (no {@code @BeforeAll}),
 * so mutation testing sees which test covers what.
 */
class QuizPartialTest {
    @TempDir
    Path tmp;

    static final String EVERY_KIND = """
            ---
            title: Kinds
            ---

            ```quiz
            questions:
              - q: Pick *one*
                answers:
                  - text: Right `a`
                    correct: true
                  - text: Wrong
                hint: A *hint*.
              - q: Pick two
                answers:
                  - text: A
                    correct: true
                  - text: B
                    correct: true
                  - text: C
                    why: C is *wrong*.
                explain: Two of three.
              - q: Port?
                accept: ["443"]
              - q: Ports?
                accept: ["80", "8080"]
              - q: Half?
                number: 0.5
              - q: Minus two?
                number: -2
                tolerance: 0.25
              - q: Order them
                order: [first, second, third, fourth]
              - q: Match them
                match: {"x": "b *bold* & c", "y": "A plain", "z": "<c>"}
              - q: Sky is green.
                answer: false
              - q: Grass is green.
                answer: true
            ```

            ```quiz
            title: Only *one*
            questions:
              - q: Alone?
                answer: true
            ```
            """;

    private List<Element> build(String page) {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n").file("content/kinds.md", page).build();
        assertThat(site.printed()).isEmpty();
        Document d = site.page("kinds/index.html");
        return d.select("form.quiz");
    }

    private static Element question(Element form, int n) {
        return form.select("fieldset.quiz-question").get(n - 1);
    }

    private static String answer(Element form, int n) {
        return question(form, n).selectFirst("details.quiz-answer .quiz-correct").text();
    }

    // Checks the quiz's head: the author's title as inline Markdown or "Quiz", and "1 question" / "N questions".
    @Test
    void titleAndCount() {
        List<Element> forms = build(EVERY_KIND);
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0).selectFirst(".quiz-title").text()).isEqualTo("?Quiz");
        assertThat(forms.get(0).selectFirst(".quiz-meta").text()).isEqualTo("10 questions");
        assertThat(forms.get(1).selectFirst(".quiz-title").html()).endsWith("Only <em>one</em>");
        assertThat(forms.get(1).selectFirst(".quiz-meta").text()).isEqualTo("1 question");
        assertThat(forms.get(0).select(".quiz-number").eachText()).containsExactly("Question 1 of 10",
                "Question 2 of 10", "Question 3 of 10", "Question 4 of 10", "Question 5 of 10", "Question 6 of 10",
                "Question 7 of 10", "Question 8 of 10", "Question 9 of 10", "Question 10 of 10");
        assertThat(forms.get(1).select(".quiz-number").eachText()).containsExactly("Question 1 of 1");
        assertThat(question(forms.get(0), 1).selectFirst(".quiz-q-text").html()).isEqualTo("Pick <em>one</em>");
    }

    // Checks choice questions: every choice with its index, the right ones behind "Show answer" ("Answer:" for one,
    // "Answers:" for several), and a "why" only for the choices that have one, with the choice's index.
    @Test
    void choicesAnswersAndWhys() {
        Element form = build(EVERY_KIND).get(0);
        Element one = question(form, 1);
        assertThat(one.select("input[type=radio]").eachAttr("value")).containsExactly("0", "1");
        assertThat(one.select(".quiz-choices label").eachText()).containsExactly("Right a", "Wrong");
        assertThat(one.selectFirst(".quiz-correct").html()).isEqualTo("<strong>Answer:</strong> Right <code>a</code>");
        assertThat(one.select(".quiz-whys")).isEmpty();
        Element two = question(form, 2);
        assertThat(two.select("input[type=checkbox]").eachAttr("value")).containsExactly("0", "1", "2");
        assertThat(answer(form, 2)).isEqualTo("Answers: A; B");
        assertThat(two.select(".quiz-whys li").eachAttr("data-why")).containsExactly("2");
        assertThat(two.selectFirst(".quiz-whys li").html()).isEqualTo("<strong>C</strong> — C is <em>wrong</em>.");
    }

    // Checks the hint (hidden until asked for, inline Markdown) and the explanation: each only where the author wrote it.
    @Test
    void hintAndExplanationOnlyWhereWritten() {
        Element form = build(EVERY_KIND).get(0);
        assertThat(form.select(".quiz-hint").eachAttr("id")).containsExactly("q-kinds-quiz-1-q1-hint");
        assertThat(form.selectFirst(".quiz-hint").html()).isEqualTo("<strong>Hint:</strong> A <em>hint</em>.");
        assertThat(form.select(".quiz-explain").eachText()).containsExactly("Two of three.");
        assertThat(question(form, 2).select(".quiz-explain")).hasSize(1);
    }

    // Checks typed answers: "Answer:" or "Accepted answers:", numbers as the author wrote them (0.5, -2, no ".0"),
    // the tolerance only where there is one, and true/false answers.
    @Test
    void typedNumberAndTrueFalseAnswers() {
        Element form = build(EVERY_KIND).get(0);
        assertThat(answer(form, 3)).isEqualTo("Answer: 443");
        assertThat(answer(form, 4)).isEqualTo("Accepted answers: 80, 8080");
        assertThat(answer(form, 5)).isEqualTo("Answer: 0.5");
        assertThat(answer(form, 6)).isEqualTo("Answer: -2 (± 0.25)");
        assertThat(question(form, 5).selectFirst("input").attr("inputmode")).isEqualTo("decimal");
        assertThat(question(form, 3).selectFirst("input").hasAttr("inputmode")).isFalse();
        assertThat(answer(form, 9)).isEqualTo("Answer: False");
        assertThat(answer(form, 10)).isEqualTo("Answer: True");
        assertThat(question(form, 9).select("input[type=radio]").eachAttr("name")).containsExactly("q9", "q9");
    }

    // Checks an order question: the items shown in a fixed shuffle that is not the right order, every item once,
    // and the right order behind "Show answer".
    @Test
    void orderShownShuffledAnsweredInOrder() {
        Element order = question(build(EVERY_KIND).get(0), 7);
        List<String> shown = order.select(".quiz-order li").eachAttr("data-item");
        assertThat(shown).containsExactlyInAnyOrder("0", "1", "2", "3").isNotEqualTo(List.of("0", "1", "2", "3"));
        for (Element li : order.select(".quiz-order li")) {
            String expected = List.of("first", "second", "third", "fourth").get(Integer.parseInt(li.attr("data-item")));
            assertThat(li.text()).isEqualTo(expected);
        }
        assertThat(order.select(".quiz-key-list li").eachText()).containsExactly("first", "second", "third", "fourth");
    }

    // Checks the shuffle of order questions: fixed per question (the same in every build), seeded by the question's
    // id (the same items under other ids come in other orders), and never the right order, even for two items.
    @Test
    void orderShuffleFixedPerQuestionNeverRight() {
        StringBuilder page = new StringBuilder("---\ntitle: Kinds\n---\n\n```quiz\nquestions:\n");
        for (int i = 0; i < 8; i++) {
            // ids whose seeded shuffle of two items comes out right for some (q0-two) and wrong for others (q1-two)
            page.append("  - q: Two?\n    id: q").append(i).append("-two\n    order: [a, b]\n");
            page.append("  - q: Four?\n    id: q").append(i).append("-four\n    order: [a, b, c, d]\n");
        }
        page.append("```\n");
        List<List<String>> shown = new ArrayList<>();
        for (Element q : build(page.toString()).get(0).select("fieldset.quiz-question")) {
            List<String> items = q.select(".quiz-order li").eachText();
            if (items.size() == 2) assertThat(items).as(q.id()).containsExactly("b", "a");
            else shown.add(items);
        }
        assertThat(shown).hasSize(8).allSatisfy(s -> assertThat(s).containsExactlyInAnyOrder("a", "b", "c", "d")
                .isNotEqualTo(List.of("a", "b", "c", "d")));
        assertThat(new java.util.HashSet<>(shown)).as("orders of the same items under 8 ids").hasSizeGreaterThan(2);
        List<List<String>> again = new ArrayList<>();
        for (Element q : build(page.toString()).get(0).select("fieldset.quiz-question")) {
            List<String> items = q.select(".quiz-order li").eachText();
            if (items.size() == 4) again.add(items);
        }
        assertThat(again).as("the same in the next build").isEqualTo(shown);
    }

    // Checks a match question: each left side with a select whose options are the right sides as plain text
    // (markup dropped, entities read), offered in alphabetical order whatever the answer, valued by pair index.
    @Test
    void matchOptionsPlainAndSorted() {
        Element match = question(build(EVERY_KIND).get(0), 8);
        assertThat(match.select(".quiz-match-row label").eachText()).containsExactly("x", "y", "z");
        Element select = match.selectFirst("select");
        List<String> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Element o : select.select("option")) {
            values.add(o.attr("value"));
            texts.add(o.text());
        }
        assertThat(values).containsExactly("", "2", "1", "0");
        assertThat(texts).containsExactly("Choose…", "<c>", "A plain", "b bold & c");
        assertThat(select.html()).contains("<option value=\"2\">&lt;c&gt;</option>");
        assertThat(match.select(".quiz-key-list li").get(0).html()).isEqualTo("x → b <em>bold</em> &amp; c");
    }

    // Checks the answers quiz.js checks against, one entry per question in page order.
    @Test
    void answerDataForTheScript() throws Exception {
        Element form = build(EVERY_KIND).get(0);
        JsonNode data = new ObjectMapper().readTree(form.selectFirst("script.quiz-data").data());
        assertThat(data.toString()).isEqualTo("[{\"correct\":[0]},{\"correct\":[0,1]},{\"accept\":[\"443\"]},"
                + "{\"accept\":[\"80\",\"8080\"]},{\"number\":0.5,\"tolerance\":0.0},{\"number\":-2.0,\"tolerance\":0.25},"
                + "{\"items\":4},{\"pairs\":3},{\"answer\":false},{\"answer\":true}]");
    }
}
