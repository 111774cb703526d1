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
        "''", "null", "[]", "{}", "[a, b]", "[a, a]", "{x: 1, y: 1}", "{x: 1, y: 2}", "\"x: y\"", "`code`", "|",
        "[\"/(/\", x]", "[\"/a(b|c)/\"]", "x", "yes", "0.5"};

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

    // Checks the same for plausible quizzes: questions made of the format's keys and odd values, plus stray lines.
    @Test
    void randomQuizzesNeverCrash() {
        for (long seed = 0; seed < TRIES; seed++) {
            Random r = new Random(seed);
            StringBuilder s = new StringBuilder(r.nextInt(4) == 0 ? "title: " + pick(r, VALUES) + "\n" : "");
            s.append("questions:\n");
            int questions = r.nextInt(4);
            for (int i = 0; i < questions; i++) {
                s.append("  - q: ").append(pick(r, VALUES)).append('\n');
                int keys = r.nextInt(4);
                for (int k = 0; k < keys; k++) {
                    String key = pick(r, KEYS);
                    if (r.nextInt(4) == 0) {
                        // a nested list of choices or items
                        s.append("    ").append(key).append(":\n");
                        int items = r.nextInt(4);
                        for (int j = 0; j < items; j++) {
                            s.append("      - ").append(r.nextBoolean() ? pick(r, VALUES)
                                    : pick(r, KEYS) + ": " + pick(r, VALUES)).append('\n');
                            if (r.nextBoolean()) s.append("        ").append(pick(r, KEYS)).append(": ")
                                    .append(pick(r, VALUES)).append('\n');
                        }
                    } else {
                        s.append("    ").append(key).append(": ").append(pick(r, VALUES)).append('\n');
                    }
                }
                if (r.nextInt(8) == 0) s.append("  ".repeat(r.nextInt(4))).append(pick(r, KEYS)).append(": ")
                        .append(pick(r, VALUES)).append('\n');
            }
            check(seed, s.toString());
        }
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
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
