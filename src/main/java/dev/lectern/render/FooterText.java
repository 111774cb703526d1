package dev.lectern.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code footer} setting: a line of Markdown as HTML. Raw HTML is escaped; links keep only the
 * safe schemes (http, https, mailto); a link to a page's source ({@code license.md}) becomes a
 * link to the page, relative to the page the footer is on.
 */
final class FooterText {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(
            new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true)).build();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private FooterText() {}

    /** The footer's HTML on a page whose path to the site root is {@code root} ({@code ../}, or {@code /course/}). */
    static String html(String markdown, String root) {
        // Pages share a few roots (one per folder depth): each is rendered once.
        return CACHE.computeIfAbsent(root + "\n" + markdown, k -> render(markdown, root));
    }

    private static String render(String markdown, String root) {
        String html = RENDERER.render(PARSER.parse(markdown.strip())).strip();
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        // One paragraph: its content, to sit inside the footer's own paragraph.
        if (body.childrenSize() == 1 && body.child(0).tagName().equals("p")) body = body.child(0);
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href").strip();
            String lower = href.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                    || href.startsWith("#")) {
                continue;
            }
            if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || href.startsWith("//") || href.startsWith("/")) {
                a.removeAttr("href");
                continue;
            }
            a.attr("href", root + pageUrl(href));
        }
        for (Element img : body.select("img")) img.remove();
        return body.html();
    }

    /** {@code a/b.md#x} to {@code a/b/#x}, {@code a/index.md} to {@code a/}; other paths as they are. */
    static String pageUrl(String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        if (path.endsWith(".md")) {
            path = path.substring(0, path.length() - 3);
            if (path.equals("index") || path.equals("README")) path = "";
            else if (path.endsWith("/index") || path.endsWith("/README")) path = path.substring(0, path.lastIndexOf('/') + 1);
            else path = path + "/";
        }
        return path + fragment;
    }
}
