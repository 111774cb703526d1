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
}
