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

    /** Told the ids and link targets ({@code a}/{@code link} href, {@code script}/{@code img} src) of markup. */
    interface Found {
        void id(String id);

        void target(String tag, String url);
    }
}
