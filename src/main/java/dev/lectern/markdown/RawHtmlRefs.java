package dev.lectern.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.util.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The ids and link targets of the author's raw HTML ({@code raw_html: true}), read from the Markdown's
 * HTML nodes with jsoup: HTML from outside, which Lectern writes into the page as it is. On a Q&amp;A page,
 * also the changes its Review copy needs ({@link #review}), found where jsoup read them in the node's HTML.
 */
final class RawHtmlRefs {
    private RawHtmlRefs() {}

    /** The references to ids that the Review copy leaves out with the ids (as it does for Lectern's own HTML). */
    private static final List<String> ID_REFERENCES = List.of("aria-labelledby", "aria-describedby", "aria-controls");

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

    /** A change of the Review copy at {@code start..end} of a raw HTML node's text. */
    private record At(int start, int end, ReviewCopy.Edit edit) {}

    /**
     * The raw HTML {@code html} (one node's, as flexmark writes it) with the Review copy's edits between marks
     * ({@link PageState#edited}), as for Lectern's own HTML: scripts left out, ids left out (a {@code symbol}'s
     * prefixed per card, with the {@code #} references of {@code use} to it) with the aria references to them,
     * {@code a}/{@code link} hrefs and {@code img} sources re-pointed from {@code review/}. Where each lies
     * comes from jsoup's source positions; the page's HTML is the same.
     */
    static String review(String html, PageState state) {
        if (html.indexOf('<') < 0) return html;
        org.jsoup.nodes.Document d = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<At> edits = new ArrayList<>();
        int skipTo = -1; // inside a script left out
        for (Element e : d.getAllElements()) {
            Range r = e.sourceRange();
            if (!r.isTracked() || r.endPos() <= r.startPos() || r.startPos() < skipTo) continue;
            if (e.normalName().equals("script")) {
                int end = Math.max(r.endPos(), e.endSourceRange().isTracked() ? e.endSourceRange().endPos() : 0);
                edits.add(new At(r.startPos(), end, new ReviewCopy.Edit(0, 0, "", List.of(), Set.of())));
                skipTo = end;
                continue;
            }
            if (e.hasAttr("id")) {
                if (e.normalName().equals("symbol") && state.review != null) {
                    String id = state.review + e.id();
                    value(html, e, "id", Html.escape(id), List.of(), Set.of(id), edits);
                } else {
                    remove(html, e, "id", edits);
                }
            }
            for (String a : ID_REFERENCES) if (e.hasAttr(a)) remove(html, e, a, edits);
            String url = switch (e.normalName()) {
                case "a", "link" -> "href";
                case "img" -> "src";
                default -> null;
            };
            if (url != null && e.hasAttr(url)) {
                String to = ReviewCopy.repoint(e.attr(url), state.page.url());
                value(html, e, url, Html.escape(to), List.of(new PageRefs.Target(e.normalName(), to, -1)), Set.of(), edits);
            }
            if (e.normalName().equals("use") && state.review != null) {
                for (String a : List.of("href", "xlink:href")) {
                    if (e.attr(a).startsWith("#")) {
                        value(html, e, a, Html.escape("#" + state.review + e.attr(a).substring(1)), List.of(), Set.of(), edits);
                    }
                }
            }
        }
        if (edits.isEmpty()) return html;
        edits.sort(Comparator.comparingInt(At::start));
        StringBuilder out = new StringBuilder(html.length() + 64 * edits.size());
        int done = 0;
        for (At a : edits) {
            if (a.start() < done) continue; // jsoup read one attribute twice: the first stands
            out.append(html, done, a.start()).append(state.edited(html.substring(a.start(), a.end()), a.edit()));
            done = a.end();
        }
        return out.append(html, done, html.length()).toString();
    }

    /** Attribute {@code name} of {@code e} left out of the copy, with the white space before it. */
    private static void remove(String html, Element e, String name, List<At> edits) {
        Range.AttributeRange r = e.attributes().sourceRange(name);
        if (!r.nameRange().isTracked()) return;
        int start = r.nameRange().startPos();
        while (start > 0 && Character.isWhitespace(html.charAt(start - 1))) start--;
        int end = r.valueRange().isTracked() && r.valueRange().endPos() > r.nameRange().endPos()
                ? afterQuote(html, r.valueRange()) : r.nameRange().endPos();
        edits.add(new At(start, end, new ReviewCopy.Edit(0, 0, "", List.of(), Set.of())));
    }

    /** Attribute {@code name}'s value in the copy: {@code escaped} (quoted where the author left it unquoted). */
    private static void value(String html, Element e, String name, String escaped, List<PageRefs.Target> targets,
                              Set<String> ids, List<At> edits) {
        Range.AttributeRange r = e.attributes().sourceRange(name);
        if (!r.valueRange().isTracked() || r.valueRange().endPos() <= r.nameRange().endPos()) return;
        int start = r.valueRange().startPos();
        int end = r.valueRange().endPos();
        boolean quoted = afterQuote(html, r.valueRange()) > end;
        edits.add(new At(start, end, new ReviewCopy.Edit(0, 0, quoted ? escaped : "\"" + escaped + "\"", targets, ids)));
    }

    /** The end of a value, after its closing quote when it has one. */
    private static int afterQuote(String html, Range value) {
        int start = value.startPos();
        int end = value.endPos();
        if (start == 0 || end >= html.length()) return end;
        char q = html.charAt(start - 1);
        return (q == '"' || q == '\'') && html.charAt(end) == q ? end + 1 : end;
    }
}
