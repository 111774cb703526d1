package dev.lectern.quiz;

import static dev.lectern.markdown.Html.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.blocks.BlockContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a {@link Quiz} as semantic HTML: a {@code <form>} per quiz, a {@code fieldset} per question,
 * real inputs, and a {@code <details>} "Show answer" that works without JavaScript. The answers the
 * script checks against travel in a {@code <script type="application/json">} block (no inline code,
 * so a strict Content-Security-Policy holds). Hooks: {@code data-quiz}, {@code data-question},
 * {@code data-type}. What works only with JavaScript (Check and Try again buttons, state tags, move
 * buttons, live regions, the score, the printed answer key) is not written here: {@code quiz.js}
 * builds it when the page loads, so the page carries no hidden markup.
 */
public final class QuizRenderer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockContext.InlineMarkdown inline;
    private final StringBuilder out = new StringBuilder(4096);

    private QuizRenderer(BlockContext.InlineMarkdown inline) {
        this.inline = inline;
    }

    /** The quiz's HTML; {@code inline} renders the Markdown of questions, choices and explanations. */
    public static String render(Quiz quiz, BlockContext.InlineMarkdown inline) {
        return new QuizRenderer(inline).quiz(quiz);
    }

    private String quiz(Quiz quiz) {
        String qid = "quiz-" + quiz.id();
        out.append("<form class=\"quiz\" id=\"").append(qid).append("\" data-quiz=\"").append(escape(quiz.id()))
                .append("\" aria-labelledby=\"").append(qid).append("-title\" novalidate>\n");
        out.append("<div class=\"quiz-head\"><p class=\"quiz-title\" id=\"").append(qid).append("-title\">")
                .append("<span class=\"quiz-badge\" aria-hidden=\"true\">?</span>")
                .append(quiz.title() == null ? "Quiz" : md(quiz.title())).append("</p>")
                .append("<p class=\"quiz-meta\">").append(count(quiz.size())).append("</p></div>\n");
        for (int i = 0; i < quiz.size(); i++) question(quiz.questions().get(i), i + 1, quiz.size());
        out.append("<script type=\"application/json\" class=\"quiz-data\">").append(data(quiz)).append("</script>\n");
        out.append("</form>");
        return out.toString();
    }

    private static String count(int n) {
        return n == 1 ? "1 question" : n + " questions";
    }

    private void question(Question q, int number, int total) {
        String id = "q-" + q.id();
        out.append("<fieldset class=\"quiz-question\" id=\"").append(id).append("\" data-question=\"")
                .append(escape(q.id())).append("\" data-type=\"").append(q.type().attribute()).append("\">\n");
        out.append("<legend><span class=\"quiz-number\">Question ").append(number).append(" of ")
                .append(total).append("</span> <span class=\"quiz-q-text\">").append(md(q.q())).append("</span></legend>\n");
        out.append("<p class=\"quiz-instructions\">").append(instructions(q)).append("</p>\n");
        switch (q.type()) {
            case SINGLE, MULTIPLE -> choices(q, number);
            case TRUEFALSE -> trueFalse(number);
            case TEXT, NUMBER -> field(q, id);
            case ORDER -> order(q, id);
            case MATCH -> match(q, id);
        }
        // quiz.js adds the buttons here (Check, Try again, Show hint) and the feedback region below the hint.
        if (q.hint() != null) {
            out.append("<p class=\"quiz-hint\" id=\"").append(id).append("-hint\" hidden><strong>Hint:</strong> ")
                    .append(md(q.hint())).append("</p>\n");
        }
        out.append("<details class=\"quiz-answer\"><summary>Show answer</summary><div class=\"quiz-answer-body\">")
                .append(answerSummary(q));
        whys(q);
        if (q.explain() != null) out.append("<p class=\"quiz-explain\">").append(md(q.explain())).append("</p>");
        out.append("</div></details>\n</fieldset>\n");
    }

    private static String instructions(Question q) {
        return switch (q.type()) {
            case SINGLE -> "Choose one answer.";
            case MULTIPLE -> "Select all that apply.";
            case TRUEFALSE -> "True or false?";
            case TEXT -> "Type a short answer.";
            case NUMBER -> "Type a number.";
            case ORDER -> "Put the items in order, first at the top. Use the Move up and Move down buttons.";
            case MATCH -> "Pick the match for each item.";
        };
    }

    private void choices(Question q, int number) {
        // Radio names are scoped to their form, so "q2" is enough. Checkboxes need no name.
        String input = q.type() == QuestionType.SINGLE ? "<input type=\"radio\" name=\"q" + number + "\"" : "<input type=\"checkbox\"";
        out.append("<ul class=\"quiz-choices\">\n");
        for (int i = 0; i < q.choices().size(); i++) choice(input, String.valueOf(i), md(q.choices().get(i).text()));
        out.append("</ul>\n");
    }

    private void trueFalse(int number) {
        String input = "<input type=\"radio\" name=\"q" + number + "\"";
        out.append("<ul class=\"quiz-choices quiz-choices-inline\">\n");
        choice(input, "true", "True");
        choice(input, "false", "False");
        out.append("</ul>\n");
    }

    /** One choice: the input inside its label, so no id is needed. Its "why" is written once, in the answer. */
    private void choice(String input, String value, String html) {
        out.append("<li><label>").append(input).append(" value=\"").append(value).append("\">").append(html).append("</label></li>\n");
    }

    private void field(Question q, String id) {
        out.append("<p class=\"quiz-field\"><label for=\"").append(id).append("-input\">Your answer</label>")
                .append("<input type=\"text\" id=\"").append(id).append("-input\"")
                .append(q.type() == QuestionType.NUMBER ? " inputmode=\"decimal\"" : "")
                .append(" autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\"></p>\n");
    }

    private void order(Question q, String id) {
        List<Integer> shown = shuffled(q.order().size(), q.id());
        // quiz.js adds the Move up / Move down buttons and the live region that announces moves.
        out.append("<ol class=\"quiz-order\">\n");
        for (int i : shown) out.append("<li data-item=\"").append(i).append("\"><span>").append(md(q.order().get(i))).append("</span></li>\n");
        out.append("</ol>\n");
    }

    private void match(Question q, String id) {
        // Right sides in alphabetical order: stable, and unrelated to the answer.
        List<Integer> rights = new ArrayList<>();
        for (int i = 0; i < q.match().size(); i++) rights.add(i);
        List<String> plainRights = q.match().stream().map(p -> plain(md(p.right()))).toList();
        rights.sort(Comparator.comparing(i -> plainRights.get(i).toLowerCase(Locale.ROOT)));
        out.append("<div class=\"quiz-match\">\n");
        for (int i = 0; i < q.match().size(); i++) {
            String sel = id + "-m" + i;
            out.append("<div class=\"quiz-match-row\" data-left=\"").append(i).append("\"><label for=\"").append(sel)
                    .append("\">").append(md(q.match().get(i).left())).append("</label><select id=\"").append(sel)
                    .append("\"><option value=\"\">Choose\u2026</option>");
            for (int r : rights) {
                out.append("<option value=\"").append(r).append("\">").append(escape(plainRights.get(r))).append("</option>");
            }
            out.append("</select></div>\n");
        }
        out.append("</div>\n");
    }

    /** The right answer in a few words, for "Show answer"; quiz.js copies it into the printed answer key. */
    private String answerSummary(Question q) {
        StringBuilder s = new StringBuilder("<p class=\"quiz-correct\"><strong>");
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                List<String> right = q.choices().stream().filter(Question.Choice::correct).map(c -> md(c.text())).toList();
                s.append(right.size() == 1 ? "Answer:</strong> " + right.get(0) : "Answers:</strong> " + String.join("; ", right));
            }
            case TRUEFALSE -> s.append("Answer:</strong> ").append(q.answer() ? "True" : "False");
            case TEXT -> s.append(q.accept().size() == 1 ? "Answer:</strong> " : "Accepted answers:</strong> ")
                    .append(String.join(", ", q.accept().stream().map(a -> "<code>" + escape(a) + "</code>").toList()));
            case NUMBER -> s.append("Answer:</strong> ").append(escape(number(q.number())))
                    .append(q.tolerance() > 0 ? " (\u00b1 " + escape(number(q.tolerance())) + ")" : "");
            case ORDER -> {
                s.append("Right order:</strong></p><ol class=\"quiz-key-list\">");
                for (String item : q.order()) s.append("<li>").append(md(item)).append("</li>");
                return s.append("</ol>").toString();
            }
            case MATCH -> {
                s.append("Matches:</strong></p><ul class=\"quiz-key-list\">");
                for (Question.Pair p : q.match()) {
                    s.append("<li>").append(md(p.left())).append(" \u2192 ").append(md(p.right())).append("</li>");
                }
                return s.append("</ul>").toString();
            }
        }
        return s.append("</p>").toString();
    }

    private void whys(Question q) {
        List<Question.Choice> withWhy = q.choices().stream().filter(c -> c.why() != null).toList();
        if (withWhy.isEmpty()) return;
        out.append("<ul class=\"quiz-whys\">");
        List<Question.Choice> all = q.choices();
        for (int i = 0; i < all.size(); i++) {
            Question.Choice c = all.get(i);
            if (c.why() == null) continue;
            // A dash, not a colon (choices often end in a full stop); quiz.js shows the text after it by the pick.
            out.append("<li data-why=\"").append(i).append("\"><strong>").append(md(c.text())).append("</strong> \u2014 ")
                    .append(md(c.why())).append("</li>");
        }
        out.append("</ul>");
    }

    private String data(Quiz quiz) {
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
        try {
            return scriptSafe(JSON.writeValueAsString(qs));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSON that cannot end or confuse the script element it sits in ({@code </script>}, {@code <!--}):
     * outside strings JSON has no {@code <}, {@code >} or {@code &}; inside them, their escapes (backslash, u003c)
     * read the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private String md(String markdown) {
        return markdown == null ? "" : inline.toHtml(markdown);
    }

    /** Text of rendered inline HTML, entities kept as written (for option labels and aria-labels). */
    static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
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
