package dev.lectern.blocks;

import dev.lectern.diag.Diagnostics;

/**
 * What a block handler may use besides its block: where to report problems, which page it is on
 * (for stable ids), how to turn inline Markdown in its data into HTML, and the theme's partial
 * templates that turn its data into markup.
 *
 * @param ordinal the block's index among blocks of the same kind on this page, from 0
 */
public record BlockContext(Diagnostics diagnostics, String pageUrl, String pageSourcePath, String pageTitle,
                           int ordinal, InlineMarkdown inlineMarkdown, Markup markup) {

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
