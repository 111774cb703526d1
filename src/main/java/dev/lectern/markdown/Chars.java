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

    /**
     * A node's HTML as its renderer before Lectern's writes it. Text with nothing to unescape, normalise
     * or escape (no {@code \\ & \r < > "}: most of a page's text) is written as it is; flexmark would
     * reach the same string through a regular expression for each step and two copies a character at a time.
     */
    static void render(com.vladsch.flexmark.util.ast.Node node, com.vladsch.flexmark.html.renderer.NodeRendererContext context,
                       com.vladsch.flexmark.html.HtmlWriter html) {
        if (node instanceof com.vladsch.flexmark.ast.Text) {
            String s = of(node.getChars());
            if (isPlain(s)) {
                html.raw(s);
                return;
            }
        }
        context.delegateRender();
    }

    static boolean isPlain(String s) {
        return s.indexOf('\\') < 0 && s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0
                && s.indexOf('"') < 0 && s.indexOf('\r') < 0;
    }
}
