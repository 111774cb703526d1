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
 * {@code data-type}.
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
        out.append("<div class=\"quiz-foot\" hidden><p class=\"quiz-score\" aria-live=\"polite\"></p>")
                .append("<button type=\"button\" class=\"quiz-button quiz-reset\" data-action=\"reset\">Reset quiz</button></div>\n");
        key(quiz);
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
        out.append("<legend class=\"quiz-q\"><span class=\"quiz-number\">Question ").append(number).append(" of ")
                .append(total).append("</span> <span class=\"quiz-q-text\">").append(md(q.q())).append("</span></legend>\n");
        out.append("<p class=\"quiz-instructions\">").append(instructions(q)).append("</p>\n");
        switch (q.type()) {
            case SINGLE, MULTIPLE -> choices(q, id);
            case TRUEFALSE -> trueFalse(id);
            case TEXT, NUMBER -> field(q, id);
            case ORDER -> order(q, id);
            case MATCH -> match(q, id);
        }
        out.append("<div class=\"quiz-controls\" hidden>")
                .append("<button type=\"button\" class=\"quiz-button quiz-check\" data-action=\"check\">Check</button>")
                .append("<button type=\"button\" class=\"quiz-button quiz-retry\" data-action=\"retry\" hidden>Try again</button>");
        if (q.hint() != null) {
            out.append("<button type=\"button\" class=\"quiz-button quiz-secondary\" data-action=\"hint\" aria-expanded=\"false\" aria-controls=\"")
                    .append(id).append("-hint\">Show hint</button>");
        }
        out.append("</div>\n");
        if (q.hint() != null) {
            out.append("<p class=\"quiz-hint\" id=\"").append(id).append("-hint\" hidden><strong>Hint:</strong> ")
                    .append(md(q.hint())).append("</p>\n");
        }
        out.append("<div class=\"quiz-feedback\" role=\"status\" aria-live=\"polite\"></div>\n");
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

    private void choices(Question q, String id) {
        String type = q.type() == QuestionType.SINGLE ? "radio" : "checkbox";
        out.append("<ul class=\"quiz-choices\">\n");
        for (int i = 0; i < q.choices().size(); i++) {
            Question.Choice c = q.choices().get(i);
            choice(id, type, String.valueOf(i), md(c.text()));
        }
        out.append("</ul>\n");
    }

    private void trueFalse(String id) {
        out.append("<ul class=\"quiz-choices quiz-choices-inline\">\n");
        choice(id, "radio", "true", "True");
        choice(id, "radio", "false", "False");
        out.append("</ul>\n");
    }

    private void choice(String id, String type, String value, String html) {
        String input = id + "-" + value;
        out.append("<li class=\"quiz-choice\" data-choice=\"").append(value).append("\"><input type=\"").append(type)
                .append("\" name=\"").append(id).append("\" id=\"").append(input).append("\" value=\"").append(value)
                .append("\"><label for=\"").append(input).append("\">").append(html).append("</label>")
                .append("<span class=\"quiz-tag\" hidden></span>");
        // The choice's "why" is written once, in the answer below; the script shows it here when picked.
        out.append("</li>\n");
    }

    private void field(Question q, String id) {
        out.append("<p class=\"quiz-field\"><label for=\"").append(id).append("-input\">Your answer</label>")
                .append("<input type=\"text\" id=\"").append(id).append("-input\" name=\"").append(id).append("\"")
                .append(q.type() == QuestionType.NUMBER ? " inputmode=\"decimal\"" : "")
                .append(" autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\">")
                .append("<span class=\"quiz-tag\" hidden></span></p>\n");
    }

    private void order(Question q, String id) {
        List<Integer> shown = shuffled(q.order().size(), q.id());
        out.append("<ol class=\"quiz-order\" aria-describedby=\"").append(id).append("-live\">\n");
        for (int i : shown) {
            String html = md(q.order().get(i));
            String plain = escape(plain(html));
            out.append("<li class=\"quiz-order-item\" data-item=\"").append(i).append("\"><span class=\"quiz-order-text\">")
                    .append(html).append("</span><span class=\"quiz-order-moves\" hidden>")
                    .append("<button type=\"button\" class=\"quiz-move\" data-move=\"up\" aria-label=\"Move up: ").append(plain)
                    .append("\"><span aria-hidden=\"true\">\u2191</span></button>")
                    .append("<button type=\"button\" class=\"quiz-move\" data-move=\"down\" aria-label=\"Move down: ").append(plain)
                    .append("\"><span aria-hidden=\"true\">\u2193</span></button></span>")
                    .append("<span class=\"quiz-tag\" hidden></span></li>\n");
        }
        out.append("</ol>\n<p class=\"visually-hidden\" id=\"").append(id).append("-live\" aria-live=\"polite\"></p>\n");
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
                    .append("\" name=\"").append(sel).append("\"><option value=\"\">Choose\u2026</option>");
            for (int r : rights) {
                out.append("<option value=\"").append(r).append("\">").append(escape(plainRights.get(r))).append("</option>");
            }
            out.append("</select><span class=\"quiz-tag\" hidden></span></div>\n");
        }
        out.append("</div>\n");
    }

    /** The right answer in a few words, for "Show answer" and the printed answer key. */
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
            out.append("<li data-why-for=\"").append(i).append("\"><span class=\"quiz-why-choice\">").append(md(c.text()))
                    .append(":</span> <span class=\"quiz-why-text\">").append(md(c.why())).append("</span></li>");
        }
        out.append("</ul>");
    }

    /** The answer key printed at the end of the page (hidden on screen). */
    private void key(Quiz quiz) {
        out.append("<div class=\"quiz-key\" data-quiz-key=\"").append(escape(quiz.id())).append("\"><p class=\"quiz-key-title\">Answer key: ")
                .append(quiz.title() == null ? "Quiz" : md(quiz.title())).append("</p><ol>");
        for (Question q : quiz.questions()) out.append("<li>").append(answerSummary(q)).append("</li>");
        out.append("</ol></div>\n");
    }

    private String data(Quiz quiz) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", quiz.id());
        List<Map<String, Object>> qs = new ArrayList<>();
        for (Question q : quiz.questions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", q.id());
            m.put("type", q.type().attribute());
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
        root.put("questions", qs);
        try {
            // "</" cannot close the script element when escaped; JSON reads "<\/" as "</".
            return JSON.writeValueAsString(root).replace("</", "<\\/").replace("<!--", "<\\!--");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
