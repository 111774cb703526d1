package dev.lectern.render;

import dev.lectern.config.SiteConfig;
import java.util.List;

/**
 * Site-wide values every template can read.
 *
 * @param review the course has a Review page (some Q&amp;A page asks a question), so pages link to it
 * @param study the course's pages in reading order, for the home page's progress widget
 */
public record SiteView(SiteConfig config, String generatorVersion, AssetPaths assets, boolean preview, boolean review,
                       List<StudyPage> study) {
    /**
     * {@link #study} for the home page's {@code data-study-rows}, read by {@code progress.js}: a line a page,
     * {@code url TAB title TAB questions} (the page's key is made from its URL, as {@code Urls.pageKey}
     * does). Tabs and line breaks in a title become spaces. This takes half the bytes of {@link #studyJson}
     * in an attribute, where every quote is written {@code &#34;} (on the home page of 1,000 pages: 73 KB
     * instead of 148 KB).
     */
    public String studyRows() {
        StringBuilder out = new StringBuilder(study.size() * 64);
        for (StudyPage s : study) {
            if (!out.isEmpty()) out.append('\n');
            out.append(s.url()).append('\t').append(s.title().replaceAll("[\t\r\n]", " ")).append('\t').append(s.questions());
        }
        return out.toString();
    }

    /**
     * {@link #study} as JSON, {@code [[key, url, title, questions], ...]}, read by {@code progress.js} from a
     * theme's home page that writes it in {@code data-study} (the built-in one writes {@link #studyRows}).
     */
    public String studyJson() {
        List<List<Object>> rows = study.stream().map(s -> List.<Object>of(s.key(), s.url(), s.title(), s.questions())).toList();
        return dev.lectern.util.Json.standard(rows);
    }

    public String title() {
        return config.title();
    }

    public String description() {
        return config.description();
    }

    public String language() {
        return config.language();
    }

    public String basePath() {
        return config.basePath();
    }

    /** The header's logo: its path in the content folder (published as it is), or null. */
    public String logo() {
        return config.theme().logo();
    }

    /** The site's icon in the content folder, or null for the theme's. */
    public String favicon() {
        return config.theme().favicon();
    }

    public String footer() {
        return config.theme().footer();
    }

    /** The asset of the {@code accent_color} palette, published beside the theme's assets. */
    public static final String ACCENT_ASSET = "site/accent.css";

    /** The asset path of a content file given in {@code extra_css} or {@code extra_js}. */
    public static String extraAsset(String contentPath) {
        return "site/" + contentPath;
    }

    /** Stylesheets after the theme's, on every page: the accent palette, then {@code extra_css}. */
    public java.util.List<String> extraStylesheets() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (config.theme().accentColor() != null) out.add(ACCENT_ASSET);
        for (String css : config.theme().extraCss()) out.add(extraAsset(css));
        return out;
    }

    /** Scripts after the theme's, on every page: {@code extra_js}. */
    public java.util.List<String> extraScripts() {
        return config.theme().extraJs().stream().map(SiteView::extraAsset).toList();
    }
}
