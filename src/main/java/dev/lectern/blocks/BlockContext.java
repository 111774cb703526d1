package dev.lectern.blocks;

import dev.lectern.diag.Diagnostics;

/**
 * What a block handler may use besides its block: where to report problems, which page it is on
 * (for stable ids), how to turn inline Markdown in its data into HTML, and the theme's partial
 * templates that turn its data into markup.
 *
 * @param ordinal the block's index among blocks of the same kind on this page, from 0
 * @param reviewPrefix when the block may be in an answer copied onto the Review page (a Q&amp;A page's block), what
 *     every id of its copy starts with ({@link BlockOutput#review()}), to become the card's own prefix; else null
 */
public record BlockContext(Diagnostics diagnostics, String pageUrl, String pageSourcePath, String pageTitle,
                           int ordinal, InlineMarkdown inlineMarkdown, Markup markup, String reviewPrefix) {

    /** A block of a page whose answers are not copied onto the Review page. */
    public BlockContext(Diagnostics diagnostics, String pageUrl, String pageSourcePath, String pageTitle,
                        int ordinal, InlineMarkdown inlineMarkdown, Markup markup) {
        this(diagnostics, pageUrl, pageSourcePath, pageTitle, ordinal, inlineMarkdown, markup, null);
    }

    /** Renders a line of inline Markdown (code, emphasis, links) to HTML, escaping everything else. */
    public interface InlineMarkdown {
        String toHtml(String markdown);

        /**
         * The text a reader sees of {@link #toHtml}'s HTML, recorded when it was made (never read back
         * from it), whitespace collapsed. By default the Markdown itself: right where {@code toHtml}
         * escapes it as text (a diagram's quiz), not where it renders Markdown, which says its own.
         */
        default String toText(String markdown) {
            return markdown == null ? "" : markdown;
        }
    }

    /** An id for this page that is safe in HTML ids and storage keys: {@code dns-records}. */
    public String pageKey() {
        return dev.lectern.util.Urls.pageKey(pageUrl);
    }
}
