package dev.lectern.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The ids and link targets of the author's raw HTML ({@code raw_html: true}), read from the Markdown's
 * HTML nodes with jsoup: HTML from outside, which Lectern writes into the page as it is.
 */
final class RawHtmlRefs {
    private RawHtmlRefs() {}

    static void record(Document doc, PageState state) {
        for (Node n : doc.getDescendants()) {
            if (!(n instanceof HtmlBlockBase) && !(n instanceof HtmlInlineBase)) continue;
            String html = n.getChars().toString();
            if (html.indexOf('<') < 0) continue;
            for (Element e : Jsoup.parseBodyFragment(html).body().select("*")) {
                if (e.tagName().equals("body")) continue;
                if (e.hasAttr("id")) state.ids.add(e.id());
                switch (e.normalName()) {
                    case "a", "link" -> {
                        if (e.hasAttr("href")) state.target(e.normalName(), e.attr("href"));
                    }
                    case "script", "img" -> {
                        if (e.hasAttr("src")) state.target(e.normalName(), e.attr("src"));
                    }
                    default -> { }
                }
            }
        }
    }
}
