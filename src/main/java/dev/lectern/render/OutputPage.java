package dev.lectern.render;

import dev.lectern.markdown.PageRefs;
import dev.lectern.markdown.RenderedPage;

/**
 * A finished file of the site, held in memory until the check stage has passed.
 *
 * @param path the file below the output folder ({@code dns/records/index.html})
 * @param url the URL it is served under, below the base path ({@code dns/records/})
 * @param source the rendered page it came from, or null for generated pages (404, review ...)
 * @param refs the ids and link targets of the page outside its Markdown body (the theme's part; all of
 *     a generated page), recorded while it was written; null when not recorded
 * @param bodyAt where the body the template was given starts in {@code html}, or -1
 * @param bodyLength how long that body is
 */
public record OutputPage(String path, String url, String html, RenderedPage source, PageRefs refs, int bodyAt,
                         int bodyLength) {
    /** A page whose ids and links were not recorded. */
    public OutputPage(String path, String url, String html, RenderedPage source) {
        this(path, url, html, source, null, -1, 0);
    }
}
