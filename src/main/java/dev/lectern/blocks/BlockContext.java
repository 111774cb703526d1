package dev.lectern.blocks;

import dev.lectern.diag.Diagnostics;

/**
 * What a block handler may use besides its block: where to report problems, which page it is on
 * (for stable ids), and how to turn inline Markdown in its data into HTML.
 *
 * @param ordinal the block's index among blocks of the same kind on this page, from 0
 */
public record BlockContext(Diagnostics diagnostics, String pageUrl, String pageSourcePath, String pageTitle,
                           int ordinal, InlineMarkdown inlineMarkdown) {

    /** Renders a line of inline Markdown (code, emphasis, links) to HTML, escaping everything else. */
    public interface InlineMarkdown {
        String toHtml(String markdown);
    }

    /** An id for this page that is safe in HTML ids and storage keys: {@code dns-records}. */
    public String pageKey() {
        return dev.lectern.content.Urls.pageKey(pageUrl);
    }
}
