package dev.lectern.quiz;

import java.util.List;

/**
 * A quiz as the theme's {@code partials/quiz.jte} shows it: plain values and the HTML of its inline
 * Markdown (fields ending in {@code Html}, written as they are); the template holds the markup and
 * the words around it.
 *
 * @param titleHtml the title, or null for the template's default
 * @param data the answers as JSON for {@code quiz.js}, safe inside a script element
 */
public record QuizView(String id, String titleHtml, List<QuestionView> questions, String data) {

    public int size() {
        return questions.size();
    }

    /**
     * One question.
     *
     * @param number its place in the quiz, from 1
     * @param choices the choices of a single or multiple choice question, in the author's order
     * @param itemsHtml the items of an order question, in the right order
     * @param shown the items' indices in the order shown (a fixed shuffle)
     * @param pairs the pairs of a match question, in the author's order
     * @param rights the pairs' indices in the order their right sides are offered
     * @param answer a true/false question's answer, else null
     * @param accept a text question's accepted answers
     * @param numberAnswer a number question's answer as written, else null
     * @param tolerance a number question's tolerance as written, or null when there is none
     */
    public record QuestionView(String id, int number, int total, QuestionType type, String textHtml,
                               List<Choice> choices, List<String> itemsHtml, List<Integer> shown, List<Pair> pairs,
                               List<Integer> rights, Boolean answer, List<String> accept, String numberAnswer,
                               String tolerance, String hintHtml, String explainHtml) {

        public boolean is(QuestionType t) {
            return type == t;
        }

        /** The right choices' HTML, for "Show answer". */
        public List<String> correctHtml() {
            return choices.stream().filter(Choice::correct).map(Choice::html).toList();
        }

        /** The choices with a "why", each with its index among all choices. */
        public List<Choice> whys() {
            return choices.stream().filter(c -> c.whyHtml() != null).toList();
        }
    }

    /** A choice; {@code index} is its value in the form. */
    public record Choice(int index, String html, boolean correct, String whyHtml) {}

    /** A match pair; {@code rightText} is the right side as plain text (for the select's options). */
    public record Pair(String leftHtml, String rightHtml, String rightText) {}
}
