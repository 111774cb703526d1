package dev.lectern.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.lectern.markdown.PageRefs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    /** The ids and link targets of each footer HTML made, recorded from the tree it was made from. */
    private static final Map<String, PageRefs> REFS = new ConcurrentHashMap<>();

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
        String out = body.html();
        Set<String> ids = new HashSet<>();
        for (Element e : body.children().select("[id]")) ids.add(e.id()); // the inner HTML: not body itself
        List<PageRefs.Target> targets = new ArrayList<>();
        for (Element a : body.children().select("a[href]")) targets.add(new PageRefs.Target("a", a.attr("href"), -1));
        REFS.put(out, new PageRefs(ids, targets));
        return out;
    }

    /** The ids and link targets of footer HTML this class made, or null. */
    static PageRefs refs(String html) {
        return REFS.get(html);
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
