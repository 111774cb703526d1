package dev.lectern.quiz;

import java.util.List;

/**
 * A self-check quiz as written in a {@code quiz} block: the model the renderer, the progress and
 * review pages and the GIFT/JSON export share. Text fields hold the author's inline Markdown.
 *
 * @param id stable id: explicit {@code id:} or {@code PAGEKEY-quiz-N}
 * @param pageUrl the site URL of the page holding the quiz ({@code foundations/dns-records/})
 * @param file the source file as printed in diagnostics
 * @param line the line of the quiz's opening fence
 */
public record Quiz(String id, String title, List<Question> questions, String pageUrl, String pageTitle,
                   String file, int line) {

    /** The total number of questions, for scores and progress. */
    public int size() {
        return questions.size();
    }
}
