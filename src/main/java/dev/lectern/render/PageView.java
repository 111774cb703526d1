package dev.lectern.render;

import dev.lectern.util.Urls;
import dev.lectern.markdown.Heading;
import gg.jte.Content;
import java.util.List;

/**
 * Everything a page template shows, prepared by {@link PageRenderer}. Templates stay logic-free:
 * they read these fields and call {@link #href} / {@link #asset} for every URL.
 */
public record PageView(SiteView site, String url, String layout, String title, String description,
                       Content body, List<Heading> toc, List<Link> breadcrumbs, List<NavItem> outline,
                       Link previous, Link next, List<Link> children, List<String> stylesheets,
                       List<String> scripts, boolean absoluteLinks, String editUrl, String lastUpdated,
                       String pageKey, int quizzes) {

    /** The href from this page to a site URL; absolute (with the base path) on pages served at any URL, like 404. */
    public String href(String siteUrl) {
        return absoluteLinks ? site.basePath() + siteUrl : Urls.relative(url, siteUrl);
    }

    /** The href of a theme asset ({@code css/lectern.css}). */
    public String asset(String path) {
        return href(site.assets().outputPath(path));
    }

    public String homeHref() {
        return href("");
    }

    /** The site's icon: {@code favicon} of site.yaml, else the theme's. */
    public String faviconHref() {
        return site.favicon() == null ? asset("img/favicon.svg") : href(site.favicon());
    }

    public String faviconType() {
        String f = site.favicon() == null ? "favicon.svg" : site.favicon().toLowerCase(java.util.Locale.ROOT);
        return f.endsWith(".svg") ? "image/svg+xml" : f.endsWith(".png") ? "image/png" : "image/x-icon";
    }

    /** The {@code footer} setting as HTML (links relative to this page), or null. */
    public String footerHtml() {
        return site.footer() == null ? null : FooterText.html(site.footer(), homeHref());
    }

    public boolean isHome() {
        return url.isEmpty();
    }

    /** The table of contents lists {@code ##} and {@code ###} headings only. */
    public List<Heading> tocEntries() {
        return toc.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
    }

    public String fullTitle() {
        return isHome() || title == null || title.equals(site.title()) ? site.title() : title + " \u00b7 " + site.title();
    }

    public String metaDescription() {
        return description != null && !description.isBlank() ? description : site.description();
    }

    /** The canonical URL when the site's public address is known, else null. */
    public String canonical() {
        String base = site.config().baseUrl();
        if (base == null || base.isBlank()) return null;
        return base.replaceAll("/+$", "") + site.basePath() + url;
    }
}
