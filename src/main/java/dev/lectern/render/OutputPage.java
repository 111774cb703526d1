package dev.lectern.render;

import dev.lectern.markdown.RenderedPage;

/**
 * A finished file of the site, held in memory until the check stage has passed.
 *
 * @param path the file below the output folder ({@code dns/records/index.html})
 * @param url the URL it is served under, below the base path ({@code dns/records/})
 * @param source the rendered page it came from, or null for generated pages (404, review ...)
 */
public record OutputPage(String path, String url, String html, RenderedPage source) {}
