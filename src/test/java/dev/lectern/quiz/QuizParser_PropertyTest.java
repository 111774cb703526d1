package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property tests: random YAML never crashes the quiz parser; it yields a quiz or errors, each with a
 * position inside the block. Inputs come from fixed seeds, so a failure names the seed that repeats it.
 */
class QuizParser_PropertyTest {
    private static final int FIRST_LINE = 7;
    private static final int TRIES = 1500;
    private static final String CHARS = "qa:-[]{}\"'#\n \t|>&*!%@`,?/\\0123abcdefghijklmnopqrstuvwxyz";
    private static final String[] KEYS = {"q", "answers", "answer", "accept", "number", "tolerance", "order",
        "match", "explain", "hint", "id", "text", "correct", "why", "titel", "questions"};
    private static final String[] VALUES = {"true", "false", "3600", "-1", "1.5e3", "\"443\"", "/(/", "/a+/", "~",
        "''", "null", "[]", "{}", "[a, b]", "[a, a]", "{x: 1, y: 1}", "{x: 1, y: 2}", "\"x: y\"", "`code`", "|"};

    // Checks that random text of YAML-ish characters gives a quiz or positioned errors, never an exception.
    @Test
    void randomTextNeverCrashes() {
        for (long seed = 0; seed < TRIES; seed++) {
            Random r = new Random(seed);
            StringBuilder s = new StringBuilder();
            int n = r.nextInt(160);
            for (int i = 0; i < n; i++) s.append(CHARS.charAt(r.nextInt(CHARS.length())));
            check(seed, s.toString());
        }
    }

    // Checks the same for plausible quizzes made of the format's own keys and values at random depths.
    @Test
    void randomQuizzesNeverCrash() {
        for (long seed = 0; seed < TRIES; seed++) {
            Random r = new Random(seed);
            List<String> lines = new ArrayList<>();
            int n = r.nextInt(15);
            for (int i = 0; i < n; i++) {
                String indent = "  ".repeat(r.nextInt(5));
                String dash = r.nextBoolean() ? "- " : "";
                String key = KEYS[r.nextInt(KEYS.length)];
                lines.add(r.nextInt(3) == 0 ? indent + "- " + key + ":" : indent + dash + key + ": "
                        + VALUES[r.nextInt(VALUES.length)]);
            }
            check(seed, "questions:\n" + String.join("\n", lines) + "\n");
        }
    }

    private static void check(long seed, String text) {
        Diagnostics d = new Diagnostics();
        Optional<Quiz> quiz;
        try {
            quiz = QuizParser.parse(text, "page.md", FIRST_LINE, 1, "p", 0, "p/", "P", FIRST_LINE - 1, d);
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + " crashed the parser on:\n" + text, e);
        }
        List<Diagnostic> errors = d.sorted();
        int lastLine = FIRST_LINE + (int) text.chars().filter(c -> c == '\n').count() + 1;
        String why = "seed " + seed + ", input:\n" + text;
        // Either a quiz without errors, or errors and no quiz.
        assertThat(quiz.isPresent()).as(why).isEqualTo(errors.isEmpty());
        for (Diagnostic e : errors) {
            assertThat(e.format()).as(why).startsWith("page.md:" + e.line() + ":" + e.column() + ": error: ");
            assertThat(e.line()).as(why + "\n" + e.format()).isBetween(FIRST_LINE - 1, lastLine);
            assertThat(e.column()).as(why + "\n" + e.format()).isPositive();
            assertThat(e.message()).as(why).isNotBlank();
        }
        quiz.ifPresent(q -> assertThat(q.questions()).as(why).isNotEmpty());
    }
}
