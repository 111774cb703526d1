package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quiz format: what each answer key parses to, and every validation error with its message,
 * line and column. The YAML sits in {@code page.md} from line 2 (the fence is line 1).
 */
class QuizParserTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<Quiz> parse(String yaml) {
        return QuizParser.parse(yaml, "page.md", 2, 1, "dns-records", 0, "dns/records/", "Records", 1, diagnostics);
    }

    private List<String> errors(String yaml) {
        parse(yaml);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    // Checks that each answer key gives its question type, with the fields the renderer needs.
    @Test
    void parsesEveryType() {
        Quiz quiz = parse("""
                title: "Check yourself: DNS"
                questions:
                  - q: One
                    answers:
                      - text: Right
                        correct: true
                      - text: Wrong
                        why: Because.
                    explain: E
                    hint: H
                  - q: Many
                    answers: [{text: a, correct: true}, {text: b, correct: true}, c]
                  - q: TF
                    answer: false
                  - q: Port?
                    accept: ["443", "/^port\\\\s+443$/"]
                  - q: TTL?
                    number: 3600
                    tolerance: 5
                  - q: Steps
                    order: [first, second, third]
                  - q: Match
                    match: {Nginx: static, Gunicorn: Python}
                """).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(quiz.id()).isEqualTo("dns-records-quiz-1");
        assertThat(quiz.title()).isEqualTo("Check yourself: DNS");
        assertThat(quiz.questions()).extracting(Question::type).containsExactly(QuestionType.SINGLE,
                QuestionType.MULTIPLE, QuestionType.TRUEFALSE, QuestionType.TEXT, QuestionType.NUMBER,
                QuestionType.ORDER, QuestionType.MATCH);
        assertThat(quiz.questions()).extracting(Question::id).containsExactly("dns-records-quiz-1-q1",
                "dns-records-quiz-1-q2", "dns-records-quiz-1-q3", "dns-records-quiz-1-q4", "dns-records-quiz-1-q5",
                "dns-records-quiz-1-q6", "dns-records-quiz-1-q7");
        Question one = quiz.questions().get(0);
        assertThat(one.choices()).containsExactly(new Question.Choice("Right", true, null),
                new Question.Choice("Wrong", false, "Because."));
        assertThat(one.explain()).isEqualTo("E");
        assertThat(one.hint()).isEqualTo("H");
        assertThat(one.line()).isEqualTo(4);
        assertThat(quiz.questions().get(1).correctChoices()).isEqualTo(2);
        assertThat(quiz.questions().get(2).answer()).isFalse();
        assertThat(quiz.questions().get(3).accept()).containsExactly("443", "/^port\\s+443$/");
        assertThat(quiz.questions().get(4).number()).isEqualTo(3600.0);
        assertThat(quiz.questions().get(4).tolerance()).isEqualTo(5.0);
        assertThat(quiz.questions().get(5).order()).containsExactly("first", "second", "third");
        assertThat(quiz.questions().get(6).match()).containsExactly(new Question.Pair("Nginx", "static"),
                new Question.Pair("Gunicorn", "Python"));
    }

    // Checks that explicit ids replace the generated ones for the quiz and for a question.
    @Test
    void explicitIds() {
        Quiz quiz = parse("""
                id: dns
                questions:
                  - q: One
                    id: apex-cname
                    answer: true
                  - q: Two
                    answer: false
                """).orElseThrow();
        assertThat(quiz.id()).isEqualTo("dns");
        assertThat(quiz.questions()).extracting(Question::id).containsExactly("apex-cname", "dns-q2");
    }

    // Checks that broken YAML is reported where the parser stopped, in the file's coordinates.
    @Test
    void yamlSyntax() {
        assertThat(errors("""
                questions:
                  - q: One
                    answer: [true
                """)).containsExactly("page.md:4:13: error: invalid YAML: a `[` list opened here is not closed as YAML "
                + "expects (hint: close it with `]`, separate items with `, `, and quote items that contain `,`, `:` or `]`)");
    }

    // Checks that a question without any answer key is an error at the question.
    @Test
    void noTypeKey() {
        assertThat(errors("""
                questions:
                  - q: One
                    explain: Nothing to answer.
                """)).containsExactly("page.md:3:5: error: question has no answer: add one of `answers`, `answer`, "
                + "`accept`, `number`, `order` or `match`");
    }

    // Checks that two answer keys in one question are an error at the second.
    @Test
    void severalTypeKeys() {
        assertThat(errors("""
                questions:
                  - q: One
                    answer: true
                    accept: [yes]
                """)).containsExactly("page.md:5:5: error: question has several answer keys (`answer`, `accept`); "
                + "keep exactly one");
    }

    // Checks that a choice question with no correct choice is an error at `answers`.
    @Test
    void noCorrectChoice() {
        assertThat(errors("""
                questions:
                  - q: One
                    answers:
                      - text: a
                      - text: b
                """)).containsExactly("page.md:4:5: error: choice question has no correct answer; mark at least "
                + "one with `correct: true`");
    }

    // Checks that a true/false question with a non-boolean answer is an error at the value.
    @Test
    void trueFalseNotBoolean() {
        assertThat(errors("""
                questions:
                  - q: One
                    answer: maybe
                """)).containsExactly("page.md:4:13: error: a true/false question needs `answer: true` or "
                + "`answer: false`, not `maybe`");
    }

    // Checks that an empty `accept` list is an error at the key.
    @Test
    void emptyAccept() {
        assertThat(errors("""
                questions:
                  - q: One
                    accept: []
                """)).containsExactly("page.md:4:5: error: `accept` is empty; list at least one accepted answer");
    }

    // Checks that an invalid regular expression among accepted answers is an error at that answer.
    @Test
    void invalidRegex() {
        assertThat(errors("""
                questions:
                  - q: One
                    accept: ["443", "/port (443/"]
                """)).containsExactly("page.md:4:21: error: invalid regular expression `/port (443/`: "
                + "Unclosed group");
    }

    // Checks that `order` and `match` with fewer than 2 items are errors at their keys.
    @Test
    void tooFewOrderAndMatchItems() {
        assertThat(errors("""
                questions:
                  - q: One
                    order: [only]
                  - q: Two
                    match: {Nginx: static}
                """)).containsExactly("page.md:4:5: error: `order` needs at least 2 items, found 1",
                "page.md:6:5: error: `match` needs at least 2 pairs, found 1");
    }

    // Checks that duplicate choices, order items and match answers are errors at the repeat.
    @Test
    void duplicates() {
        assertThat(errors("""
                questions:
                  - q: One
                    answers:
                      - text: Same
                        correct: true
                      - text: same
                  - q: Two
                    order: [a, b, a]
                  - q: Three
                    match: {x: one, y: one}
                """)).containsExactly(
                "page.md:7:15: error: duplicate choice `same` (also at line 5); each choice must differ",
                "page.md:9:19: error: duplicate item `a` (also at line 9)",
                "page.md:11:24: error: duplicate match `one` (also at line 11); each right side must differ");
    }

    // Checks that unknown keys at every level are errors with a "did you mean" hint.
    @Test
    void unknownKeys() {
        assertThat(errors("""
                titel: DNS
                questions:
                  - q: One
                    explian: Typo.
                    answers:
                      - text: a
                        corect: true
                      - text: b
                        correct: true
                """)).containsExactly(
                "page.md:2:1: error: unknown quiz key `titel`; did you mean `title`?",
                "page.md:5:5: error: unknown question key `explian`; did you mean `explain`?",
                "page.md:8:9: error: unknown choice key `corect`; did you mean `correct`?");
    }

    // Checks that one block reports all its problems together, not just the first.
    @Test
    void reportsEveryProblem() {
        assertThat(errors("""
                questions:
                  - q: One
                    answer: 3
                  - q: Two
                    number: many
                  - answers: [a, b]
                """)).containsExactly(
                "page.md:4:13: error: a true/false question needs `answer: true` or `answer: false`, not `3`",
                "page.md:6:13: error: `number` must be a number, not `many`",
                "page.md:7:5: error: choice question has no correct answer; mark at least one with `correct: true`",
                "page.md:7:5: error: question has no `q:` (the question text)");
    }

    // Checks the quiz-level shape errors: no questions, an empty block, a list instead of a mapping.
    @Test
    void quizShape() {
        assertThat(errors("title: Only a title\n")).containsExactly(
                "page.md:2:1: error: quiz has no `questions:`; add a list of questions");
        Diagnostics d = new Diagnostics();
        QuizParser.parse("", "page.md", 2, 1, "p", 0, "p/", "P", 1, d);
        assertThat(d.sorted()).extracting(Diagnostic::format).containsExactly(
                "page.md:1:1: error: empty quiz: write `questions:` with at least one question");
    }

    // Checks that the block's column offset (an indented fence) carries into positions on its first line.
    @Test
    void indentedBlock() {
        Diagnostics d = new Diagnostics();
        QuizParser.parse("questions: 3\n", "page.md", 10, 5, "p", 0, "p/", "P", 9, d);
        assertThat(d.sorted()).extracting(Diagnostic::format).containsExactly(
                "page.md:10:16: error: `questions` must be a list of questions (lines starting with `- q:`), not `3`");
    }
}
