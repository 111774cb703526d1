package dev.lectern.markdown;

/**
 * A link written in Markdown, recorded at render time so the check stage can verify it and name
 * the line it came from.
 *
 * @param href as written by the author
 * @param targetPath the site path it resolves to (a page URL like {@code dns/} or a file like
 *     {@code img/a.png}), null for external links
 * @param fragment the {@code #fragment} without {@code #}, or null
 * @param targetIsSource whether the author linked a source file ({@code .md}) that was not found
 * @param written the URL as written into the page's HTML (unescaped), to find the link again when a
 *     broken one is turned into plain text ({@code links: warn})
 */
public record LinkRef(String file, int line, int column, String href, String targetPath, String fragment,
                      boolean targetIsSource, String written) {

    public LinkRef(String file, int line, int column, String href, String targetPath, String fragment,
                   boolean targetIsSource) {
        this(file, line, column, href, targetPath, fragment, targetIsSource, href);
    }
}
