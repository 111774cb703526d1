package dev.lectern.quiz;

import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.BlockKind;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.blocks.FencedBlock;
import java.util.List;

/**
 * The {@code quiz} fenced block: YAML questions in, an interactive self-check out. The page then
 * loads {@code quiz.js} and {@code quiz.css}; the {@link Quiz} travels on as the block's data for
 * the progress page and the export.
 */
public final class QuizBlock implements BlockKind {
    public static final List<String> ASSETS = List.of("css/quiz.css", "js/quiz.js");

    @Override
    public String name() {
        return "quiz";
    }

    @Override
    public BlockOutput render(FencedBlock block, BlockContext context) {
        return QuizParser.parse(block, context).map(q -> output(q, context))
                .orElseGet(() -> new BlockOutput("", List.of(), null));
    }

    /** A quiz built elsewhere (a generated diagram quiz, say) as block output, with the quiz assets. */
    public static BlockOutput output(Quiz quiz, BlockContext.InlineMarkdown inline, BlockContext context) {
        // the Review page's copy of an answer leaves its quizzes out
        return new BlockOutput(QuizRenderer.render(quiz, inline, context.markup()), ASSETS, quiz)
                .withReview(BlockOutput.Review.NOTHING);
    }

    private static BlockOutput output(Quiz quiz, BlockContext context) {
        return output(quiz, context.inlineMarkdown(), context);
    }
}
