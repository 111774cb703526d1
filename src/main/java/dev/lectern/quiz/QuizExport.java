package dev.lectern.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The course's quiz bank for other systems: Moodle's GIFT format (with GIFT's escaping of
 * {@code ~ = # { } :} and backslash) and a plain JSON form of the {@link Quiz} model.
 */
public final class QuizExport {
    private QuizExport() {}

    /** Export problems that are not errors (a question GIFT cannot hold), as messages. */
    public record Result(String text, List<String> notes) {}

    public static Result gift(List<Quiz> quizzes) {
        StringBuilder out = new StringBuilder("// Quiz bank exported by Lectern in Moodle GIFT format.\n\n");
        List<String> notes = new ArrayList<>();
        String category = null;
        for (Quiz quiz : quizzes) {
            String c = "lectern/" + dev.lectern.util.Urls.pageKey(quiz.pageUrl());
            if (!c.equals(category)) {
                out.append("$CATEGORY: ").append(c).append("\n\n");
                category = c;
            }
            out.append("// ").append(oneLine(quiz.title() == null ? "Quiz" : quiz.title())).append(" (").append(quiz.file())
                    .append(")\n\n");
            for (Question q : quiz.questions()) {
                String body = giftAnswer(q);
                if (body == null) {
                    notes.add(quiz.file() + ":" + q.line() + ": question `" + q.id()
                            + "` left out of the GIFT export: its accepted answers are all regular expressions");
                    out.append("// left out: ").append(q.id()).append(" (only regular-expression answers)\n\n");
                    continue;
                }
                out.append("::").append(escape(q.id())).append("::[markdown]").append(escape(q.q())).append(" {")
                        .append(body);
                if (q.explain() != null) out.append("\n\t####").append(escape(q.explain()));
                out.append("\n}\n\n");
            }
        }
        return new Result(out.toString(), notes);
    }

    private static String giftAnswer(Question q) {
        StringBuilder s = new StringBuilder();
        switch (q.type()) {
            case SINGLE -> {
                for (Question.Choice c : q.choices()) {
                    s.append("\n\t").append(c.correct() ? "=" : "~").append(escape(c.text()));
                    if (c.why() != null) s.append("#").append(escape(c.why()));
                }
            }
            case MULTIPLE -> {
                String weight = percent(100.0 / q.correctChoices());
                for (Question.Choice c : q.choices()) {
                    s.append("\n\t~%").append(c.correct() ? weight : "-100").append("%").append(escape(c.text()));
                    if (c.why() != null) s.append("#").append(escape(c.why()));
                }
            }
            case TRUEFALSE -> s.append(q.answer() ? "TRUE" : "FALSE");
            case TEXT -> {
                List<String> plain = q.accept().stream().filter(a -> !QuizParser.isRegex(a)).toList();
                if (plain.isEmpty()) return null;
                for (String a : plain) s.append("\n\t=").append(escape(a));
            }
            case NUMBER -> s.append("#").append(QuizRenderer.number(q.number()))
                    .append(q.tolerance() > 0 ? ":" + QuizRenderer.number(q.tolerance()) : "");
            case ORDER -> {
                // GIFT has no ordering type: each item is matched to its position.
                for (int i = 0; i < q.order().size(); i++) {
                    s.append("\n\t=").append(escape(q.order().get(i))).append(" -> ").append(ordinal(i + 1));
                }
            }
            case MATCH -> {
                for (Question.Pair p : q.match()) {
                    s.append("\n\t=").append(escape(p.left())).append(" -> ").append(escape(p.right()));
                }
            }
        }
        return s.toString();
    }

    /** GIFT's escapes: a backslash before each of {@code ~ = # { } :} and before a backslash; newlines as {@code \n}. */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (char c : text.strip().toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> s.append('\\').append(c);
                case '\n' -> s.append("\\n");
                case '\r' -> { }
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static String percent(double p) {
        String s = String.format(Locale.ROOT, "%.5f", p);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The quiz bank as JSON: quizzes with their page, and each question's type-specific fields. */
    public static String json(List<Quiz> quizzes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Quiz quiz : quizzes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", quiz.id());
            if (quiz.title() != null) m.put("title", quiz.title());
            m.put("page", quiz.pageUrl());
            m.put("pageTitle", quiz.pageTitle());
            m.put("source", quiz.file() + ":" + quiz.line());
            List<Map<String, Object>> qs = new ArrayList<>();
            for (Question q : quiz.questions()) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("id", q.id());
                j.put("type", q.type().attribute());
                j.put("q", q.q());
                switch (q.type()) {
                    case SINGLE, MULTIPLE -> {
                        List<Map<String, Object>> cs = new ArrayList<>();
                        for (Question.Choice c : q.choices()) {
                            Map<String, Object> cm = new LinkedHashMap<>();
                            cm.put("text", c.text());
                            cm.put("correct", c.correct());
                            if (c.why() != null) cm.put("why", c.why());
                            cs.add(cm);
                        }
                        j.put("answers", cs);
                    }
                    case TRUEFALSE -> j.put("answer", q.answer());
                    case TEXT -> j.put("accept", q.accept());
                    case NUMBER -> {
                        j.put("number", q.number());
                        j.put("tolerance", q.tolerance());
                    }
                    case ORDER -> j.put("order", q.order());
                    case MATCH -> {
                        // A list, not an object: JSON readers may reorder keys such as "80" and "443".
                        j.put("match", q.match().stream().map(p -> Map.of("left", p.left(), "right", p.right())).toList());
                    }
                }
                if (q.explain() != null) j.put("explain", q.explain());
                if (q.hint() != null) j.put("hint", q.hint());
                qs.add(j);
            }
            m.put("questions", qs);
            list.add(m);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("quizzes", list)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
