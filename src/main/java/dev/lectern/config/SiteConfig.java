package dev.lectern.config;

import java.util.List;

/**
 * The site settings from {@code content/site.yaml}, with defaults for everything.
 *
 * @param basePath where the site is served, always starting and ending with {@code /}
 * @param rawHtml whether raw HTML in Markdown is passed through (trusted) instead of escaped
 * @param repository a repository URL for "edit this page" links, or null
 * @param baseUrl the public origin (for canonical links and the sitemap), or null
 * @param editUri the path below the repository of the edit links, up to the page's source path, or null
 *                for {@code edit/BRANCH/content/}
 * @param theme what the theme shows besides the content (logo, stylesheets, colour, footer)
 */
public record SiteConfig(String title, String description, String basePath, String language,
                         boolean rawHtml, String repository, String editBranch, String baseUrl,
                         boolean compress, String editUri, ThemeSettings theme, List<NavEntry> nav) {

    /**
     * One entry of {@code nav}: a page ({@code basics/intro.md}) or a section ({@code basics/}), where it
     * stands in site.yaml.
     */
    public record NavEntry(String path, int line, int column) {}

    /**
     * Settings of the theme, paths relative to the content folder (checked to be files there).
     *
     * @param logo an image shown before the title in the header, or null
     * @param favicon the site's icon, or null for the theme's
     * @param extraCss stylesheets loaded after the theme's, on every page
     * @param extraJs scripts loaded after the theme's, on every page
     * @param accentColor the colour the theme derives its accent palette from (checked), or null
     * @param footer Markdown shown in the footer instead of "TITLE · built with Lectern", or null
     */
    public record ThemeSettings(String logo, String favicon, java.util.List<String> extraCss,
                                java.util.List<String> extraJs, Accent accentColor, String footer) {
        public static final ThemeSettings NONE = new ThemeSettings(null, null, java.util.List.of(),
                java.util.List.of(), null, null);
    }

    public SiteConfig(String title, String description, String basePath, String language, boolean rawHtml,
                      String repository, String editBranch, String baseUrl, boolean compress) {
        this(title, description, basePath, language, rawHtml, repository, editBranch, baseUrl, compress, null,
                ThemeSettings.NONE, List.of());
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Course", "", "/", "en", false, null, "main", null, false);
    }

    public SiteConfig withBasePath(String path) {
        return new SiteConfig(title, description, normalizeBasePath(path), language, rawHtml, repository,
                editBranch, baseUrl, compress, editUri, theme, nav);
    }

    public static String normalizeBasePath(String p) {
        if (p == null || p.isBlank()) return "/";
        String s = p.strip();
        if (!s.startsWith("/")) s = "/" + s;
        if (!s.endsWith("/")) s = s + "/";
        return s;
    }
}
