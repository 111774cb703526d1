package dev.lectern.quiz;

import java.util.List;

/**
 * One question of a quiz. Its type follows from the answer key the author wrote; only the fields
 * of that type are set (the others are empty lists or null).
 *
 * @param id stable id: explicit {@code id:} or the quiz id plus {@code -qN}
 * @param q the question, inline Markdown
 * @param choices for {@code single} and {@code multiple}
 * @param answer for {@code truefalse}
 * @param accept for {@code text}: accepted answers; {@code /regex/} entries are regular expressions
 * @param number for {@code number}, with {@code tolerance} (0 when not given)
 * @param order for {@code order}: the items in the right order
 * @param match for {@code match}: left side to right side, in the author's order
 * @param line where the question starts in the file (for the duplicate-id check)
 */
public record Question(String id, QuestionType type, String q, List<Choice> choices, Boolean answer,
                       List<String> accept, Double number, double tolerance, List<String> order,
                       List<Pair> match, String explain, String hint, int line, int column) {

    /** A choice of a single- or multiple-choice question; {@code why} is shown when it is picked. */
    public record Choice(String text, boolean correct, String why) {}

    /** One row of a matching question. */
    public record Pair(String left, String right) {}

    /** A true/false question built in code (for generated questions, such as diagram quizzes). */
    public static Question trueFalse(String id, String q, boolean answer, String explain) {
        return new Question(id, QuestionType.TRUEFALSE, q, List.of(), answer, List.of(), null, 0, List.of(),
                List.of(), explain, null, 0, 0);
    }

    /** A choice question built in code; single or multiple follows from how many choices are correct. */
    public static Question choice(String id, String q, List<Choice> choices, String explain) {
        long correct = choices.stream().filter(Choice::correct).count();
        return new Question(id, correct > 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE, q, List.copyOf(choices),
                null, List.of(), null, 0, List.of(), List.of(), explain, null, 0, 0);
    }

    public long correctChoices() {
        return choices.stream().filter(Choice::correct).count();
    }
}
