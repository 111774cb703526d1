package dev.lectern.quiz;

import java.util.List;

/**
 * Block data that carries quizzes without being a {@link Quiz} itself (a diagram with generated
 * questions, say). The Progress page, the id check and the export find them through this.
 */
public interface QuizSource {
    List<Quiz> quizzes();
}
