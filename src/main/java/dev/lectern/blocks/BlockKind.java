package dev.lectern.blocks;

/**
 * A kind of fenced block that Lectern renders itself: the extension point for quizzes, diagrams
 * and the like. A fence whose info string starts with {@link #name()} goes to {@link #render};
 * fences of unregistered kinds stay ordinary code blocks. Handlers run on several threads at once.
 */
public interface BlockKind {
    String name();

    /** Renders the block; problems go to {@code context.diagnostics()} with positions in the file. */
    BlockOutput render(FencedBlock block, BlockContext context);
}
