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
}
