package dev.lectern.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A node's characters as a string, fast where they are one slice of the document's text. */
final class Chars {
    private Chars() {}

    /** The class of a plain slice of a text (flexmark's own is not public): what the parser gives most nodes. */
    private static final Class<?> SLICE = BasedSequence.of("slice").subSequence(1, 3).getClass();

    /**
     * {@code chars.toString()}: {@link BasedSequence#toString} copies a character at a time through two
     * bounds checks; a slice of a string is copied at once. A slice reads U+0000 as U+FFFD (as flexmark does).
     */
    static String of(BasedSequence chars) {
        if (chars.getClass() == SLICE && chars.getBase() instanceof String base) {
            String s = base.substring(chars.getStartOffset(), chars.getEndOffset());
            return s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }

    /** A text at least this long (without spaces at its ends) is written apart ({@link #render}); a mark is 14 characters. */
    private static final int APART = 24;

    /**
     * A node's HTML as its renderer before Lectern's writes it. Text with nothing to unescape, normalise
     * or escape (no {@code \\ & \r < > "}: most of a page's text) is written as it is; flexmark would
     * reach the same string through a regular expression for each step and two copies a character at a time.
     *
     * <p>On a page's own document ({@code state.record}), such a text of one line is written apart: flexmark's
     * writer takes its spaces at either end (which it may trim or note) and a mark ({@link TextRecorder#TEXT}) for
     * the rest, which {@link TextRecorder#strip} puts back. The writer handles each character on its own (a
     * tenth of a build's CPU); for a text without a line end or tab, what it does with the mark's letters is what
     * it does with the text's (appends them, notes that the line is not blank and ends in no space).
     */
    static void render(com.vladsch.flexmark.util.ast.Node node, PageState state,
                       com.vladsch.flexmark.html.renderer.NodeRendererContext context, com.vladsch.flexmark.html.HtmlWriter html) {
        if (node instanceof com.vladsch.flexmark.ast.Text) {
            String s = of(node.getChars());
            int kind = kind(s);
            if (kind == ONE_LINE && state != null && state.record && s.length() >= APART) {
                int from = 0;
                int to = s.length();
                while (from < to && s.charAt(from) == ' ') from++;
                while (to > from && s.charAt(to - 1) == ' ') to--;
                if (to - from >= APART) {
                    if (from > 0) html.raw(s.substring(0, from));
                    html.raw(state.textMark());
                    String apart = from == 0 && to == s.length() ? s : s.substring(from, to);
                    state.textsWritten.add(apart);
                    state.textsLength += apart.length();
                    if (to < s.length()) html.raw(s.substring(to));
                    return;
                }
            }
            if (kind != NOT_PLAIN) {
                html.raw(s);
                return;
            }
        }
        context.delegateRender();
    }

    private static final int NOT_PLAIN = 0;
    private static final int PLAIN = 1;
    private static final int ONE_LINE = 2;

    static boolean isPlain(String s) {
        return kind(s) != NOT_PLAIN;
    }

    /**
     * {@link #NOT_PLAIN} when the text holds one of {@code \\ & \r < > "}, else {@link #ONE_LINE} when it holds
     * no line end or tab, else {@link #PLAIN}.
     */
    private static int kind(String s) {
        int kind = ONE_LINE;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > '\\') continue;
            switch (c) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return NOT_PLAIN;
                }
                case '\n', '\t' -> kind = PLAIN;
                default -> { }
            }
        }
        return kind;
    }
}
