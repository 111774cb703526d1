package dev.lectern.quiz;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.Markup;
import dev.lectern.util.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a {@link Quiz} as semantic HTML through the theme's {@code partials/quiz.jte}: a {@code <form>}
 * per quiz, a {@code fieldset} per question, real inputs, and a {@code <details>} "Show answer" that
 * works without JavaScript. The answers the script checks against travel in a
 * {@code <script type="application/json">} block (no inline code, so a strict Content-Security-Policy
 * holds). Hooks: {@code data-quiz}, {@code data-question}, {@code data-type}. What works only with
 * JavaScript (Check and Try again buttons, state tags, move buttons, live regions, the score, the
 * printed answer key) is not written here: {@code quiz.js} builds it when the page loads, so the page
 * carries no hidden markup. This class makes the {@link QuizView}; the template makes the markup.
 */
public final class QuizRenderer {
    public static final String TEMPLATE = "partials/quiz.jte";

    private final BlockContext.InlineMarkdown inline;

    private QuizRenderer(BlockContext.InlineMarkdown inline) {
        this.inline = inline;
    }

    /** The quiz's HTML; {@code inline} renders the Markdown of questions, choices and explanations. */
    public static String render(Quiz quiz, BlockContext.InlineMarkdown inline, Markup markup) {
        return markup.render(TEMPLATE, view(quiz, inline));
    }

    /** The quiz as data for the template. */
    public static QuizView view(Quiz quiz, BlockContext.InlineMarkdown inline) {
        QuizRenderer r = new QuizRenderer(inline);
        List<QuizView.QuestionView> questions = new ArrayList<>();
        for (int i = 0; i < quiz.size(); i++) questions.add(r.question(quiz.questions().get(i), i + 1, quiz.size()));
        return new QuizView(quiz.id(), quiz.title() == null ? null : r.md(quiz.title()), List.copyOf(questions),
                data(quiz));
    }

    private QuizView.QuestionView question(Question q, int number, int total) {
        List<QuizView.Choice> choices = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            Question.Choice c = q.choices().get(i);
            choices.add(new QuizView.Choice(i, md(c.text()), c.correct(), c.why() == null ? null : md(c.why())));
        }
        List<String> items = q.order().stream().map(this::md).toList();
        List<Integer> shown = q.type() == QuestionType.ORDER ? shuffled(q.order().size(), q.id()) : List.of();
        List<QuizView.Pair> pairs = new ArrayList<>();
        for (Question.Pair p : q.match()) {
            String right = md(p.right());
            pairs.add(new QuizView.Pair(md(p.left()), right, p.right() == null ? "" : inline.toText(p.right())));
        }
        // Right sides in alphabetical order: stable, and unrelated to the answer.
        List<Integer> rights = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) rights.add(i);
        rights.sort(Comparator.comparing(i -> pairs.get(i).rightText().toLowerCase(Locale.ROOT)));
        boolean isNumber = q.type() == QuestionType.NUMBER;
        return new QuizView.QuestionView(q.id(), number, total, q.type(), md(q.q()), List.copyOf(choices), items,
                shown, List.copyOf(pairs), List.copyOf(rights), q.type() == QuestionType.TRUEFALSE ? q.answer() : null,
                q.accept(), isNumber ? number(q.number()) : null,
                isNumber && q.tolerance() > 0 ? number(q.tolerance()) : null,
                q.hint() == null ? null : md(q.hint()), q.explain() == null ? null : md(q.explain()));
    }

    private static String data(Quiz quiz) {
        // One entry per question, in page order; the question's id and type are on its fieldset.
        List<Map<String, Object>> qs = new ArrayList<>();
        for (Question q : quiz.questions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            switch (q.type()) {
                case SINGLE, MULTIPLE -> {
                    List<Integer> correct = new ArrayList<>();
                    for (int i = 0; i < q.choices().size(); i++) if (q.choices().get(i).correct()) correct.add(i);
                    m.put("correct", correct);
                }
                case TRUEFALSE -> m.put("answer", q.answer());
                case TEXT -> m.put("accept", q.accept());
                case NUMBER -> {
                    m.put("number", q.number());
                    m.put("tolerance", q.tolerance());
                }
                case ORDER -> m.put("items", q.order().size());
                case MATCH -> m.put("pairs", q.match().size());
            }
            qs.add(m);
        }
        // Safe inside the script element it sits in (Json escapes <, > and &).
        return Json.write(qs);
    }

    private String md(String markdown) {
        return markdown == null ? "" : inline.toHtml(markdown);
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** A fixed shuffle per question (seeded by its id), never the right order, for readers without JavaScript. */
    static List<Integer> shuffled(int n, String seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        java.util.Collections.shuffle(order, new Random(seed.hashCode()));
        boolean sorted = true;
        for (int i = 0; i < n; i++) sorted &= order.get(i) == i;
        if (sorted && n > 1) java.util.Collections.rotate(order, 1);
        return order;
    }
}
