package dev.lectern.check;

import dev.lectern.util.Html;
import dev.lectern.markdown.LinkRef;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.OutputPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * With {@code links: warn} a broken link is not written as a link: its text stays, as a
 * {@code <span class="broken-link">} whose {@code title} says why, so the built site has no dead
 * link either way (a broken image becomes its alt text).
 */
public final class BrokenLinks {
    private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"");

    private BrokenLinks() {}

    /** The pages with every broken link of their Markdown body turned into plain text. */
    public static List<OutputPage> unlink(List<OutputPage> pages, List<SiteChecker.BrokenLink> broken) {
        if (broken.isEmpty()) return pages;
        Map<String, Map<String, String>> byFile = new HashMap<>();
        for (SiteChecker.BrokenLink b : broken) {
            LinkRef l = b.link();
            byFile.computeIfAbsent(l.file(), f -> new LinkedHashMap<>()).putIfAbsent(l.written(), b.reason());
        }
        List<OutputPage> out = new ArrayList<>(pages.size());
        for (OutputPage p : pages) {
            Map<String, String> reasons = p.source() == null ? null : byFile.get(p.source().source().displayPath());
            String body = p.source() == null ? "" : p.source().bodyHtml();
            int at = reasons == null || body.isEmpty() ? -1 : p.html().indexOf(body);
            if (at < 0) {
                out.add(p);
                continue;
            }
            String plain = plain(body, reasons);
            RenderedPage r = p.source();
            RenderedPage source = new RenderedPage(r.source(), r.title(), plain, r.headings(), r.links(), r.blocks(),
                    r.assets(), r.plainText(), r.refs());
            String html = p.html().substring(0, at) + plain + p.html().substring(at + body.length());
            out.add(new OutputPage(p.path(), p.url(), html, source));
        }
        return out;
    }

    /** The body with every {@code <a href>} and {@code <img src>} of these URLs written as text. */
    static String plain(String body, Map<String, String> reasons) {
        String html = body;
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            String title = Html.escape(e.getValue().replace("`", ""));
            for (String url : List.of(Html.escape(e.getKey()), e.getKey().replace("&", "&amp;").replace("\"", "&quot;")
                    .replace("<", "&lt;").replace(">", "&gt;"))) {
                String q = Pattern.quote(url);
                html = Pattern.compile("<a href=\"" + q + "\"[^>]*>(.*?)</a>", Pattern.DOTALL).matcher(html)
                        .replaceAll(m -> Matcher.quoteReplacement(
                                "<span class=\"broken-link\" title=\"" + title + "\">" + m.group(1) + "</span>"));
                html = Pattern.compile("<img src=\"" + q + "\"[^>]*>").matcher(html).replaceAll(m -> {
                    Matcher alt = ALT.matcher(m.group());
                    return Matcher.quoteReplacement("<span class=\"broken-link\" title=\"" + title + "\">"
                            + (alt.find() ? alt.group(1) : "") + "</span>");
                });
            }
        }
        return html;
    }
}
