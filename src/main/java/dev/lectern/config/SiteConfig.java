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
 * @param editUri the path below the repository of the edit links, up to the page's source path, or null
 *                for {@code edit/BRANCH/content/}
 * @param theme what the theme shows besides the content (logo, stylesheets, colour, footer)
 * @param exclude gitignore-style patterns of content files that are not published
 * @param editor the URL pattern ({@link Editor}) that {@code lectern serve}'s error overlay links
 *               {@code file:line:col} with, or null: plain text
 */
public record SiteConfig(String title, String description, String basePath, String language,
                         boolean rawHtml, String repository, String editBranch, String baseUrl,
                         boolean compress, String links, List<NavEntry> nav, String editUri, ThemeSettings theme,
                         List<String> exclude, String editor) {

    public SiteConfig(String title, String description, String basePath, String language,
                      boolean rawHtml, String repository, String editBranch, String baseUrl,
                      boolean compress, String links, List<NavEntry> nav, String editUri, ThemeSettings theme,
                      List<String> exclude) {
        this(title, description, basePath, language, rawHtml, repository, editBranch, baseUrl, compress, links, nav,
                editUri, theme, exclude, null);
    }

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
        this(title, description, basePath, language, rawHtml, repository, editBranch, baseUrl, compress, "error",
                List.of(), null, ThemeSettings.NONE, List.of());
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Course", "", "/", "en", false, null, "main", null, false);
    }

    public SiteConfig withBasePath(String path) {
        return new SiteConfig(title, description, normalizeBasePath(path), language, rawHtml, repository,
                editBranch, baseUrl, compress, links, nav, editUri, theme, exclude, editor);
    }

    public SiteConfig withLinks(String l) {
        return new SiteConfig(title, description, basePath, language, rawHtml, repository,
                editBranch, baseUrl, compress, l, nav, editUri, theme, exclude, editor);
    }

    /** Whether a broken link in Markdown is a warning (the link is then written as plain text). */
    public boolean linksWarn() {
        return "warn".equals(links);
    }

    /**
     * Why a base path cannot be used, or null: it becomes part of every absolute URL and of the Nginx
     * config, so it may hold only unreserved URL characters between slashes (no spaces, {@code $},
     * quotes, {@code ;}, braces or {@code %}), and no segment may start with a dot.
     */
    public static String basePathProblem(String p) {
        if (p == null || p.isBlank()) return null;
        String s = normalizeBasePath(p);
        if (s.equals("/")) return null;
        boolean ok = java.util.Arrays.stream(s.substring(1, s.length() - 1).split("/", -1))
                .allMatch(seg -> seg.matches("[A-Za-z0-9_~-][A-Za-z0-9._~-]*"));
        return ok ? null : "base path `" + p + "` is not a plain URL path: use letters, digits, `-`, `_`, `~` and"
                + " (not first) `.` between slashes, e.g. /course/";
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
