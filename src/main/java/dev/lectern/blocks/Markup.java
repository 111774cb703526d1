package dev.lectern.blocks;

/**
 * The theme's partial templates, for the markup of a block (a quiz, a diagram's text alternative):
 * the block handler builds a record of data, the theme's template turns it into HTML. Values written
 * with {@code ${...}} are escaped as Lectern escapes all hand-made HTML ({@code &amp; &lt; &gt; &quot; &#39;}),
 * in text and in attribute values alike.
 */
public interface Markup {
    /** The HTML of {@code template} (such as {@code partials/quiz.jte}) for {@code model}. */
    String render(String template, Object model);

    /**
     * The same, telling {@code found} each id and link target the markup writes, as it writes them (so
     * that no later stage reads the page's HTML back). By default nothing is told.
     */
    default String render(String template, Object model, Found found) {
        return render(template, model);
    }

    /**
     * Words from one of the theme's text partials ({@code partials/text/*.jte}), given {@code params} by
     * name: plain text, not HTML (values are written as they are, and the caller escapes the words where
     * it writes them), without the white space around it. The same template and params give the same
     * words, so they are made once per theme, not once per heading or page.
     */
    default String text(String template, java.util.Map<String, Object> params) {
        throw new UnsupportedOperationException("this Markup has no text partials");
    }

    /** Told the ids and link targets ({@code a}/{@code link} href, {@code script}/{@code img} src) of markup. */
    interface Found {
        void id(String id);

        void target(String tag, String url);
    }
}
