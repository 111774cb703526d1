package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/**
 * Property test over VALID quizzes: a generator writes well-formed quizzes of every question type
 * (random texts, ids, hints, explanations), then a mutation breaks some of them. Valid ones must parse
 * without a diagnostic into exactly the generated questions and render one fieldset per question with
 * its type; broken ones must be errors inside the block. Seeded: a failure names its seed, and
 * {@code -Dquiz.seed=N} replays just that one.
 */
class QuizValidPropertyTest {
    private static final int TRIES = 400;
    private static final String TEXT = "abc xyz <>&'é?!`*_";
    private static final List<String> TYPES = List.of("single", "multiple", "truefalse", "text", "number", "order", "match");

    record Generated(String yaml, List<String> types, Set<String> ids, String mutation) {
        boolean valid() {
            return mutation == null;
        }
    }

    static String text(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(24);
        for (int i = 0; i < n; i++) s.append(TEXT.charAt(r.nextInt(TEXT.length())));
        String t = s.toString().strip();
        return t.isEmpty() ? "t" : t;
    }

    /** A YAML double-quoted string. */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code n} different texts. */
    static List<String> distinct(Random r, int n) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) out.add(text(r) + " " + out.size());
        return new ArrayList<>(out);
    }

    static Generated generate(long seed) {
        Random r = new Random(seed);
        StringBuilder y = new StringBuilder();
        if (r.nextBoolean()) y.append("title: ").append(q(text(r))).append('\n');
        y.append("questions:\n");
        int count = 1 + r.nextInt(5);
        List<String> types = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            String type = TYPES.get(r.nextInt(TYPES.size()));
            types.add(type);
            y.append("  - q: ").append(q(text(r))).append('\n');
            if (r.nextInt(3) == 0) {
                String id = "q-" + i + "_" + r.nextInt(100);
                ids.add(id);
                y.append("    id: ").append(id).append('\n');
            }
            switch (type) {
                case "single", "multiple" -> {
                    List<String> choices = distinct(r, 2 + r.nextInt(3));
                    int right = r.nextInt(choices.size());
                    y.append("    answers:\n");
                    for (int c = 0; c < choices.size(); c++) {
                        boolean correct = c == right || (type.equals("multiple") && c == (right + 1) % choices.size());
                        y.append("      - text: ").append(q(choices.get(c))).append('\n');
                        if (correct) y.append("        correct: true\n");
                        else if (r.nextBoolean()) y.append("        why: ").append(q(text(r))).append('\n');
                    }
                }
                case "truefalse" -> y.append("    answer: ").append(r.nextBoolean()).append('\n');
                case "text" -> y.append("    accept: [").append(String.join(", ",
                        distinct(r, 1 + r.nextInt(3)).stream().map(QuizValidPropertyTest::q).toList())).append("]\n");
                case "number" -> {
                    y.append("    number: ").append(r.nextInt(100000) - 50000).append('\n');
                    if (r.nextBoolean()) y.append("    tolerance: ").append(r.nextInt(20)).append('\n');
                }
                case "order" -> y.append("    order: [").append(String.join(", ",
                        distinct(r, 2 + r.nextInt(3)).stream().map(QuizValidPropertyTest::q).toList())).append("]\n");
                default -> {
                    List<String> left = distinct(r, 2 + r.nextInt(2));
                    List<String> right = distinct(r, left.size());
                    y.append("    match:\n");
                    for (int m = 0; m < left.size(); m++) {
                        y.append("      ").append(q("L" + m + " " + left.get(m))).append(": ").append(q(right.get(m))).append('\n');
                    }
                }
            }
            if (r.nextInt(3) == 0) y.append("    hint: ").append(q(text(r))).append('\n');
            if (r.nextInt(3) == 0) y.append("    explain: ").append(q(text(r))).append('\n');
        }
        String yaml = y.toString();
        String mutation = null;
        if (r.nextInt(3) == 0) {
            String[] names = {"no correct answer", "negative tolerance", "tolerance on a choice", "bad id", "blank item",
                "one choice", "no answer key"};
            mutation = names[r.nextInt(names.length)];
            String broken = switch (mutation) {
                case "no correct answer" -> yaml.replace("        correct: true\n", "");
                case "negative tolerance" -> yaml.replaceFirst("    tolerance: \\d+", "    tolerance: -1");
                case "tolerance on a choice" -> yaml.replaceFirst("    answers:\n", "    tolerance: 1\n    answers:\n");
                case "bad id" -> yaml.replaceFirst("(?m)^  - q: (.*)$", "  - q: $1\n    id: \"two words\"");
                case "blank item" -> yaml.replaceFirst("    (accept|order): \\[", "    $1: [\"\", ");
                case "one choice" -> yaml.replaceFirst("    answers:\n(      - text: .*\n(        .*\n)*)(      - text: .*\n(        .*\n)*)+",
                        "    answers:\n$1");
                default -> yaml.replaceFirst("(?m)^    (answer|accept|number|order): .*\n", "");
            };
            if (broken.equals(yaml)) mutation = null; // nothing of that kind to break
            yaml = broken;
        }
        return new Generated(yaml, types, ids, mutation);
    }

    private static List<Long> seeds() {
        String one = System.getProperty("quiz.seed");
        if (one != null) return List.of(Long.parseLong(one));
        List<Long> all = new ArrayList<>();
        for (long s = 0; s < TRIES; s++) all.add(s);
        return all;
    }

    private static boolean check(long seed, Generated g) {
        try {
            Diagnostics diagnostics = new Diagnostics();
            Optional<Quiz> quiz = QuizParser.parse(g.yaml(), "page.md", 2, 1, "p", 0, "p/", "P", 1, diagnostics);
            int lines = g.yaml().split("\n", -1).length;
            if (!g.valid()) {
                assertThat(diagnostics.hasErrors()).as("broken (%s) is an error", g.mutation()).isTrue();
                for (Diagnostic d : diagnostics.sorted()) {
                    assertThat(d.file()).isEqualTo("page.md");
                    assertThat(d.line()).isBetween(2, 2 + lines);
                    assertThat(d.column()).isPositive();
                }
                return false;
            }
            assertThat(diagnostics.sorted()).isEmpty();
            Quiz parsed = quiz.orElseThrow();
            assertThat(parsed.questions()).hasSize(g.types().size());
            List<String> expectedTypes = g.types().stream().map(t -> t.equals("single") || t.equals("multiple")
                    ? "choice" : t).toList();
            List<String> ids = parsed.questions().stream().map(Question::id).toList();
            assertThat(ids).doesNotHaveDuplicates();
            for (String id : g.ids()) assertThat(ids).anyMatch(i -> i.endsWith(id));
            // one fieldset per question, in order, carrying the question's id and type
            Document html = Jsoup.parseBodyFragment(QuizRenderer.render(parsed, Entities::escape, dev.lectern.render.Templates.builtIn().partials()));
            List<Element> fieldsets = html.select("form.quiz > fieldset.quiz-question, form.quiz fieldset.quiz-question");
            assertThat(fieldsets).hasSize(g.types().size());
            for (int i = 0; i < fieldsets.size(); i++) {
                Element f = fieldsets.get(i);
                assertThat(f.attr("data-question")).isEqualTo(ids.get(i));
                String type = f.attr("data-type");
                if (expectedTypes.get(i).equals("choice")) assertThat(type).isIn("single", "multiple");
                else assertThat(type).isEqualTo(expectedTypes.get(i));
            }
            assertThat(html.select("fieldset fieldset")).isEmpty();
            return true;
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + seed + " (replay: -Dquiz.seed=" + seed + ")"
                    + (g.valid() ? "" : ", mutation: " + g.mutation()) + ":\n" + g.yaml(), e);
        }
    }

    // Checks generated quizzes, at least half of them valid: valid ones parse into their questions and render one
    // fieldset per question with its id and type; broken ones are errors positioned inside the block.
    @Test
    void validQuizzesRenderOneFieldsetPerQuestion() {
        int valid = 0;
        int total = 0;
        Map<String, Integer> mutations = new LinkedHashMap<>();
        for (long seed : seeds()) {
            Generated g = generate(seed);
            if (check(seed, g)) valid++;
            else mutations.merge(g.mutation(), 1, Integer::sum);
            total++;
        }
        assertThat(valid * 2).as("valid quizzes: %d of %d", valid, total).isGreaterThanOrEqualTo(total);
        if (total == TRIES) assertThat(mutations.keySet()).as("mutations tried").hasSize(7);
    }
}
