package dev.lectern.config;

import java.util.List;

/**
 * The site settings from {@code content/site.yaml} (or an MkDocs project's {@code mkdocs.yml}, see
 * {@link MkDocsConfig}), with defaults for everything.
 *
 * @param basePath where the site is served, always starting and ending with {@code /}
 * @param rawHtml whether raw HTML in Markdown is passed through (trusted) instead of escaped
 * @param repository a repository URL for "edit this page" links, or null
 * @param baseUrl the public origin (for canonical links and the sitemap), or null
 * @param links what a broken link in Markdown is: {@code error} (the build fails) or {@code warn}
 * @param nav the outline's order and titles as written, empty for the folders' own order
 * @param extraCss stylesheets of the content folder every page loads after the theme's
 * @param extraJs scripts of the content folder every page loads after the theme's
 * @param footer text (HTML allowed only from a trusted source) for the footer, or null
 * @param editUri the path from {@code repository} to the content folder's files for "edit" links
 *     ({@code edit/main/docs/}), or null for {@code edit/<edit_branch>/content/}
 * @param exclude gitignore-style patterns of content files that are not published
 */
public record SiteConfig(String title, String description, String basePath, String language,
                         boolean rawHtml, String repository, String editBranch, String baseUrl,
                         boolean compress, String links, List<NavEntry> nav, List<String> extraCss,
                         List<String> extraJs, String footer, String editUri, List<String> exclude) {

    public SiteConfig(String title, String description, String basePath, String language, boolean rawHtml,
                      String repository, String editBranch, String baseUrl, boolean compress) {
        this(title, description, basePath, language, rawHtml, repository, editBranch, baseUrl, compress, "error",
                List.of(), List.of(), List.of(), null, null, List.of());
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Course", "", "/", "en", false, null, "main", null, false);
    }

    public SiteConfig withBasePath(String path) {
        return new SiteConfig(title, description, normalizeBasePath(path), language, rawHtml, repository,
                editBranch, baseUrl, compress, links, nav, extraCss, extraJs, footer, editUri, exclude);
    }

    public SiteConfig withLinks(String l) {
        return new SiteConfig(title, description, basePath, language, rawHtml, repository,
                editBranch, baseUrl, compress, l, nav, extraCss, extraJs, footer, editUri, exclude);
    }

    /** Whether a broken link in Markdown is a warning (the link is then written as plain text). */
    public boolean linksWarn() {
        return "warn".equals(links);
    }

    public static String normalizeBasePath(String p) {
        if (p == null || p.isBlank()) return "/";
        String s = p.strip();
        if (!s.startsWith("/")) s = "/" + s;
        if (!s.endsWith("/")) s = s + "/";
        return s;
    }

    /**
     * One entry of {@code nav}: a page ({@code path} ends in {@code .md}), a folder ({@code path} ends
     * in {@code /}: its pages in their own order), an external link ({@code url}), or a section
     * ({@code children}). {@code title} is null where the entry gave none.
     */
    public record NavEntry(String title, String path, String url, List<NavEntry> children, String file, int line,
                           int column) {}
}
