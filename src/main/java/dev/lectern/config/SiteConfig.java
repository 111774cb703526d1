package dev.lectern.config;

/**
 * The site settings from {@code content/site.yaml}, with defaults for everything.
 *
 * @param basePath where the site is served, always starting and ending with {@code /}
 * @param rawHtml whether raw HTML in Markdown is passed through (trusted) instead of escaped
 * @param repository a repository URL for "edit this page" links, or null
 * @param baseUrl the public origin (for canonical links and the sitemap), or null
 */
public record SiteConfig(String title, String description, String basePath, String language,
                         boolean rawHtml, String repository, String editBranch, String baseUrl,
                         boolean compress) {

    public static SiteConfig defaults() {
        return new SiteConfig("Course", "", "/", "en", false, null, "main", null, false);
    }

    public SiteConfig withBasePath(String path) {
        return new SiteConfig(title, description, normalizeBasePath(path), language, rawHtml, repository,
                editBranch, baseUrl, compress);
    }

    public static String normalizeBasePath(String p) {
        if (p == null || p.isBlank()) return "/";
        String s = p.strip();
        if (!s.startsWith("/")) s = "/" + s;
        if (!s.endsWith("/")) s = s + "/";
        return s;
    }
}
