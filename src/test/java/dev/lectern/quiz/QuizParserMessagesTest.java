package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quiz errors that no other test asserted, each with its file, line, column and message. The YAML
 * sits in {@code page.md} from line 2 (the fence is line 1).
 */
class QuizParserMessagesTest {
    private List<String> errors(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        QuizParser.parse(yaml, "page.md", 2, 1, "p", 0, "p/", "P", 1, diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    // Checks that `tolerance` on a question that is not a number question is an error at the key.
    @Test
    void toleranceOnANonNumberQuestion() {
        assertThat(errors("""
                questions:
                  - q: Port?
                    accept: ["443"]
                    tolerance: 1
                """)).containsExactly("page.md:5:5: error: `tolerance` applies only to `number` questions");
    }

    // Checks that a negative tolerance is an error at its value, and zero is fine.
    @Test
    void negativeTolerance() {
        assertThat(errors("""
                questions:
                  - q: TTL?
                    number: 3600
                    tolerance: -5
                """)).containsExactly("page.md:5:16: error: `tolerance` must not be negative");
        assertThat(errors("""
                questions:
                  - q: TTL?
                    number: 3600
                    tolerance: 0
                """)).isEmpty();
    }

    // Checks that an id with characters other than letters, digits, - and _ is an error at the id.
    @Test
    void badIdCharacters() {
        assertThat(errors("""
                questions:
                  - q: One?
                    id: "one two"
                    answer: true
                """)).containsExactly("page.md:4:9: error: id `one two` may hold only letters, digits, `-` and `_`");
    }

    // Checks that a choice question with one answer is an error at `answers`.
    @Test
    void fewerThanTwoChoices() {
        assertThat(errors("""
                questions:
                  - q: One?
                    answers:
                      - text: Only
                        correct: true
                """)).containsExactly("page.md:4:5: error: a choice question needs at least 2 answers, found 1");
    }

    // Checks that a choice without `text:` is an error at the choice.
    @Test
    void choiceWithoutText() {
        assertThat(errors("""
                questions:
                  - q: One?
                    answers:
                      - text: A
                        correct: true
                      - correct: false
                        why: No text.
                """)).containsExactly("page.md:7:9: error: choice has no `text:`");
    }

    // Checks that a quiz that is a list or a plain string, not a mapping, is one error saying what it is.
    @Test
    void quizThatIsNotAMapping() {
        assertThat(errors("- q: One?\n  answer: true\n")).containsExactly(
                "page.md:2:1: error: a quiz must be a mapping with `questions:` (and optionally `title:`), not a list");
        assertThat(errors("just text\n")).singleElement().asString()
                .startsWith("page.md:2:1: error: a quiz must be a mapping with `questions:` (and optionally `title:`), not ");
    }

    // Checks that `answers` and `accept` that are not lists are errors at their values.
    @Test
    void answersAndAcceptNotLists() {
        assertThat(errors("""
                questions:
                  - q: One?
                    answers: yes or no
                """)).containsExactly("page.md:4:14: error: `answers` must be a list of choices (`- text: ...`), not `yes or no`");
        assertThat(errors("""
                questions:
                  - q: Two?
                    accept: {port: 443}
                """)).containsExactly("page.md:4:13: error: `accept` must be a list of accepted answers, not mapping");
    }

    // Checks that blank items in `accept`, `order` and `match` are errors at each item.
    @Test
    void blankItems() {
        assertThat(errors("""
                questions:
                  - q: Port?
                    accept: ["443", ""]
                  - q: Steps
                    order: [first, "  ", third]
                  - q: Match
                    match: {Nginx: static, Gunicorn: ""}
                """)).containsExactly(
                "page.md:4:21: error: an accepted answer must be non-empty text, not ``",
                "page.md:6:20: error: an `order` item must be non-empty text, not `  `",
                "page.md:8:38: error: the match for `Gunicorn` must be non-empty text, not ``");
    }
}
