package dev.lectern.blocks;

/**
 * A fenced block handed to its kind's handler.
 *
 * @param kind the first word of the info string ({@code quiz})
 * @param info the whole info string after the kind (may be empty)
 * @param text the block's content, without the fences
 * @param file the source file as printed in diagnostics
 * @param fenceLine the 1-based line of the opening fence
 * @param contentLine the 1-based line where {@code text} starts
 * @param contentColumn the 1-based column where {@code text}'s lines start (after the fence indent)
 */
public record FencedBlock(String kind, String info, String text, String file, int fenceLine, int contentLine,
                          int contentColumn) {}
