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
}
