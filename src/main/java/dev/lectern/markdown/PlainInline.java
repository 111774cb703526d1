package dev.lectern.markdown;

/**
 * A shortcut for inline Markdown that has no Markdown in it: a quiz answer such as
 * {@code Only the physical machine} renders to itself, so it needs no flexmark document (whose
 * set-up cost is most of the time of a short string: about a third of the course's build time
 * went to parsing quiz answers). The shortcut applies only to one line that starts with a letter
 * and holds nothing but letters, digits, spaces and punctuation that is plain text in every
 * position; anything else goes to flexmark. PlainInlineTest holds it to flexmark's output.
 */
final class PlainInline {
    private PlainInline() {}

    /** The HTML of {@code text} if it is plain, else null. */
    static String html(String text) {
        int n = text.length();
        if (n == 0 || !Character.isLetter(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) return null;
        boolean quotes = false;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                // "www." starts an autolink
                if ((c == 'w' || c == 'W') && i + 3 < n && text.regionMatches(true, i, "www.", 0, 4)) return null;
            } else if (c == ' ') {
                if (previous == ' ') return null;
            } else if (c == '"') {
                quotes = true;
            } else if (".,;?'()/%-+=$#!".indexOf(c) < 0) {
                return null;
            }
            previous = c;
        }
        return quotes ? text.replace("\"", "&quot;") : text;
    }
}
