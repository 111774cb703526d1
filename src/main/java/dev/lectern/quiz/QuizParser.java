package dev.lectern.quiz;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.diag.Diagnostics;
import dev.lectern.yaml.YamlException;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the YAML of a {@code quiz} block into a {@link Quiz}, reporting every problem at its
 * {@code file:line:col}. A quiz with any error is not returned (the build fails anyway), but all
 * its errors are reported, not just the first.
 */
public final class QuizParser {
    static final List<String> QUIZ_KEYS = List.of("title", "id", "questions");
    static final List<String> TYPE_KEYS = List.of("answers", "answer", "accept", "number", "order", "match");
    static final List<String> QUESTION_KEYS = List.of("q", "id", "answers", "answer", "accept", "number",
            "tolerance", "order", "match", "explain", "hint");
    static final List<String> CHOICE_KEYS = List.of("text", "correct", "why");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final YamlFields fields;
    private final Diagnostics diagnostics;

    private QuizParser(String file, Diagnostics diagnostics) {
        this.diagnostics = new Diagnostics();
        this.fields = new YamlFields(file, this.diagnostics);
        this.outer = diagnostics;
    }

    private final Diagnostics outer;

    /** Parses a quiz block on a page; errors go to the context's diagnostics. */
    public static Optional<Quiz> parse(FencedBlock block, BlockContext context) {
        return parse(block.text(), block.file(), block.contentLine(), block.contentColumn(), context.pageKey(),
                context.ordinal(), context.pageUrl(), context.pageTitle(), block.fenceLine(), context.diagnostics());
    }

    /**
     * Parses quiz YAML that starts at {@code line:column} of {@code file}.
     *
     * @param ordinal the quiz's index among the page's quizzes, for its default id
     */
    public static Optional<Quiz> parse(String yaml, String file, int line, int column, String pageKey, int ordinal,
                                       String pageUrl, String pageTitle, int fenceLine, Diagnostics diagnostics) {
        QuizParser p = new QuizParser(file, diagnostics);
        Quiz quiz = p.read(yaml, line, column, pageKey + "-quiz-" + (ordinal + 1), pageUrl, pageTitle, file, fenceLine);
        p.outer.addAll(p.diagnostics.sorted());
        return p.diagnostics.hasErrors() ? Optional.empty() : Optional.ofNullable(quiz);
    }

    private Quiz read(String yaml, int line, int column, String defaultId, String pageUrl, String pageTitle,
                      String file, int fenceLine) {
        YamlNode root;
        try {
            // Every line of an indented fence lost its indent; put it back so columns match the file.
            String indent = " ".repeat(Math.max(0, column - 1));
            root = YamlReader.read(indent.isEmpty() ? yaml : yaml.replaceAll("(?m)^(?=.)", indent), line, 1);
        } catch (YamlException e) {
            fields.error(e.line(), e.column(), e.getMessage());
            return null;
        }
        if (root instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
            fields.error(fenceLine, 1, "empty quiz: write `questions:` with at least one question");
            return null;
        }
        if (!(root instanceof YamlNode.Mapping map)) {
            fields.error(root, "a quiz must be a mapping with `questions:` (and optionally `title:`), not a "
                    + root.shape());
            return null;
        }
        fields.checkKeys(map, QUIZ_KEYS, "quiz key");
        String title = fields.string(map, "title");
        String id = id(map, defaultId);
        YamlNode qs = map.get("questions");
        List<Question> questions = new ArrayList<>();
        if (qs == null) {
            fields.error(map, "quiz has no `questions:`; add a list of questions");
        } else if (!(qs instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            fields.error(qs, "`questions` must be a list of questions (lines starting with `- q:`), not "
                    + (qs instanceof YamlNode.Sequence ? "an empty list" : YamlFields.describe(qs)));
        } else {
            for (int i = 0; i < seq.items().size(); i++) {
                Question q = question(seq.items().get(i), id + "-q" + (i + 1));
                if (q != null) questions.add(q);
            }
        }
        return new Quiz(id, title, List.copyOf(questions), pageUrl, pageTitle, file, fenceLine);
    }

    private String id(YamlNode.Mapping map, String fallback) {
        String id = fields.string(map, "id");
        if (id == null) return fallback;
        if (!ID.matcher(id).matches()) {
            fields.error(map.get("id"), "id `" + id + "` may hold only letters, digits, `-` and `_`");
            return fallback;
        }
        return id;
    }

    private Question question(YamlNode node, String defaultId) {
        Optional<YamlNode.Mapping> m = fields.mapping(node, "a question");
        if (m.isEmpty()) return null;
        YamlNode.Mapping map = m.get();
        fields.checkKeys(map, QUESTION_KEYS, "question key");
        String id = id(map, defaultId);
        String q = text(map, "q");
        if (map.get("q") == null) fields.error(map, "question has no `q:` (the question text)");
        String explain = text(map, "explain");
        String hint = text(map, "hint");
        List<YamlNode.Mapping.Entry> typeKeys = map.entries().values().stream()
                .filter(e -> TYPE_KEYS.contains(e.key())).toList();
        if (typeKeys.isEmpty()) {
            fields.error(map, "question has no answer: add one of `answers`, `answer`, `accept`, `number`, "
                    + "`order` or `match`");
            return null;
        }
        if (typeKeys.size() > 1) {
            YamlNode.Mapping.Entry second = typeKeys.get(1);
            fields.error(second.line(), second.column(), "question has several answer keys ("
                    + String.join(", ", typeKeys.stream().map(e -> "`" + e.key() + "`").toList())
                    + "); keep exactly one");
            return null;
        }
        YamlNode.Mapping.Entry key = typeKeys.get(0);
        if (map.get("tolerance") != null && !key.key().equals("number")) {
            YamlNode.Mapping.Entry t = map.entries().get("tolerance");
            fields.error(t.line(), t.column(), "`tolerance` applies only to `number` questions");
        }
        Question base = new Question(id, null, q, List.of(), null, List.of(), null, 0, List.of(), List.of(),
                explain, hint, map.line(), map.column());
        return switch (key.key()) {
            case "answers" -> choices(base, key);
            case "answer" -> trueFalse(base, key);
            case "accept" -> accept(base, key);
            case "number" -> number(base, key, map);
            case "order" -> order(base, key);
            default -> match(base, key);
        };
    }

    private Question choices(Question b, YamlNode.Mapping.Entry key) {
        if (!(key.value() instanceof YamlNode.Sequence seq)) {
            fields.error(key.value(), "`answers` must be a list of choices (`- text: ...`), not "
                    + YamlFields.describe(key.value()));
            return null;
        }
        List<Question.Choice> choices = new ArrayList<>();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            YamlNode textNode;
            Question.Choice c;
            if (item instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
                textNode = item;
                c = new Question.Choice(s.text(), false, null);
            } else {
                Optional<YamlNode.Mapping> cm = fields.mapping(item, "a choice");
                if (cm.isEmpty()) continue;
                fields.checkKeys(cm.get(), CHOICE_KEYS, "choice key");
                String text = text(cm.get(), "text");
                textNode = cm.get().get("text");
                if (text == null) {
                    fields.error(item, "choice has no `text:`");
                    continue;
                }
                Boolean correct = fields.bool(cm.get(), "correct");
                c = new Question.Choice(text, Boolean.TRUE.equals(correct), text(cm.get(), "why"));
            }
            String norm = c.text().strip().toLowerCase();
            YamlNode first = seen.putIfAbsent(norm, textNode);
            if (first != null) {
                fields.error(textNode, "duplicate choice `" + c.text().strip() + "` (also at line " + first.line()
                        + "); each choice must differ");
            }
            choices.add(c);
        }
        if (seq.items().size() < 2) {
            fields.error(key.line(), key.column(), "a choice question needs at least 2 answers, found "
                    + seq.items().size());
        } else if (!choices.isEmpty() && choices.size() == seq.items().size()
                && choices.stream().noneMatch(Question.Choice::correct)) {
            fields.error(key.line(), key.column(), "choice question has no correct answer; mark at least one with "
                    + "`correct: true`");
        }
        long correct = choices.stream().filter(Question.Choice::correct).count();
        return with(b, correct > 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE, List.copyOf(choices), null,
                List.of(), null, 0, List.of(), List.of());
    }

    private Question trueFalse(Question b, YamlNode.Mapping.Entry key) {
        if (key.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return with(b, QuestionType.TRUEFALSE, List.of(), Boolean.parseBoolean(s.text()), List.of(), null, 0,
                    List.of(), List.of());
        }
        fields.error(key.value(), "a true/false question needs `answer: true` or `answer: false`, not "
                + YamlFields.describe(key.value()));
        return null;
    }

    private Question accept(Question b, YamlNode.Mapping.Entry key) {
        List<YamlNode> items = key.value() instanceof YamlNode.Sequence seq ? seq.items()
                : key.value() instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL ? List.of(s)
                : null;
        if (items == null) {
            fields.error(key.value(), "`accept` must be a list of accepted answers, not "
                    + YamlFields.describe(key.value()));
            return null;
        }
        if (items.isEmpty()) {
            fields.error(key.line(), key.column(), "`accept` is empty; list at least one accepted answer");
            return null;
        }
        List<String> accepted = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
                fields.error(item, "an accepted answer must be non-empty text, not " + YamlFields.describe(item));
                continue;
            }
            String a = s.text();
            if (isRegex(a)) {
                try {
                    Pattern.compile(a.substring(1, a.length() - 1));
                } catch (PatternSyntaxException e) {
                    fields.error(item, "invalid regular expression `" + a + "`: " + e.getDescription());
                }
            }
            accepted.add(a);
        }
        return with(b, QuestionType.TEXT, List.of(), null, List.copyOf(accepted), null, 0, List.of(), List.of());
    }

    /** {@code /.../} marks a regular expression among accepted answers. */
    public static boolean isRegex(String accepted) {
        return accepted.length() >= 2 && accepted.startsWith("/") && accepted.endsWith("/");
    }

    private Question number(Question b, YamlNode.Mapping.Entry key, YamlNode.Mapping map) {
        Double value = decimal(key.value(), "number");
        double tolerance = 0;
        YamlNode t = map.get("tolerance");
        if (t != null) {
            Double tol = decimal(t, "tolerance");
            if (tol != null && tol < 0) fields.error(t, "`tolerance` must not be negative");
            else if (tol != null) tolerance = tol;
        }
        if (value == null) return null;
        return with(b, QuestionType.NUMBER, List.of(), null, List.of(), value, tolerance, List.of(), List.of());
    }

    private Double decimal(YamlNode n, String key) {
        if (n instanceof YamlNode.Scalar s && (s.kind() == YamlNode.Scalar.Kind.INTEGER
                || s.kind() == YamlNode.Scalar.Kind.DECIMAL)) {
            try {
                double d = Double.parseDouble(s.text());
                if (Double.isFinite(d)) return d;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        fields.error(n, "`" + key + "` must be a number, not " + YamlFields.describe(n));
        return null;
    }

    private Question order(Question b, YamlNode.Mapping.Entry key) {
        if (!(key.value() instanceof YamlNode.Sequence seq)) {
            fields.error(key.value(), "`order` must be a list of items in the right order, not "
                    + YamlFields.describe(key.value()));
            return null;
        }
        if (seq.items().size() < 2) {
            fields.error(key.line(), key.column(), "`order` needs at least 2 items, found " + seq.items().size());
            return null;
        }
        List<String> items = new ArrayList<>();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
                fields.error(item, "an `order` item must be non-empty text, not " + YamlFields.describe(item));
                continue;
            }
            YamlNode first = seen.putIfAbsent(s.text().strip().toLowerCase(), item);
            if (first != null) {
                fields.error(item, "duplicate item `" + s.text().strip() + "` (also at line " + first.line() + ")");
            }
            items.add(s.text());
        }
        return with(b, QuestionType.ORDER, List.of(), null, List.of(), null, 0, List.copyOf(items), List.of());
    }

    private Question match(Question b, YamlNode.Mapping.Entry key) {
        if (!(key.value() instanceof YamlNode.Mapping m)) {
            fields.error(key.value(), "`match` must be a mapping of `left: right` pairs, not "
                    + YamlFields.describe(key.value()));
            return null;
        }
        if (m.entries().size() < 2) {
            fields.error(key.line(), key.column(), "`match` needs at least 2 pairs, found " + m.entries().size());
            return null;
        }
        List<Question.Pair> pairs = new ArrayList<>();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode.Mapping.Entry e : m.entries().values()) {
            if (!(e.value() instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
                fields.error(e.value(), "the match for `" + e.key() + "` must be non-empty text, not "
                        + YamlFields.describe(e.value()));
                continue;
            }
            YamlNode first = seen.putIfAbsent(s.text().strip().toLowerCase(), e.value());
            if (first != null) {
                fields.error(e.value(), "duplicate match `" + s.text().strip() + "` (also at line " + first.line()
                        + "); each right side must differ");
            }
            pairs.add(new Question.Pair(e.key(), s.text()));
        }
        return with(b, QuestionType.MATCH, List.of(), null, List.of(), null, 0, List.of(), List.copyOf(pairs));
    }

    private String text(YamlNode.Mapping map, String key) {
        return fields.string(map, key);
    }

    private static Question with(Question b, QuestionType type, List<Question.Choice> choices, Boolean answer,
                                 List<String> accept, Double number, double tolerance, List<String> order,
                                 List<Question.Pair> match) {
        return new Question(b.id(), type, b.q(), choices, answer, accept, number, tolerance, order, match,
                b.explain(), b.hint(), b.line(), b.column());
    }
}
