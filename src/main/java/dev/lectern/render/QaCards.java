package dev.lectern.render;

import dev.lectern.markdown.Heading;
import dev.lectern.util.Html;
import dev.lectern.markdown.RenderedPage;
import java.util.ArrayList;
import java.util.List;

/**
 * Q&amp;A explainers ({@code layout: qa}): every {@code ##} heading that asks a question (ends with
 * "?") opens a question card holding the answer up to the next {@code ##}. The same cards feed the
 * course's Review page.
 */
public final class QaCards {
    private QaCards() {}

    /** One question of a Q&amp;A page: the heading's text and id, and the answer's HTML as on the page. */
    public record Card(String headingId, String question, String answerHtml) {}

    public static boolean isQuestion(Heading h) {
        return h.level() == 2 && h.id() != null && h.text().strip().endsWith("?");
    }

    /** Whether any Q&amp;A page of the course asks a question, that is, whether there is a Review page. */
    public static boolean anyCards(List<RenderedPage> pages) {
        for (RenderedPage p : pages) {
            if ("qa".equals(p.source().layout()) && p.headings().stream().anyMatch(QaCards::isQuestion)) return true;
        }
        return false;
    }

    /** The page's cards, in page order. */
    public static List<Card> cards(RenderedPage page) {
        List<Card> out = new ArrayList<>();
        String html = page.bodyHtml();
        for (Heading h : page.headings()) {
            if (!isQuestion(h)) continue;
            int[] span = span(html, h.id());
            if (span == null) continue;
            int headingEnd = html.indexOf("</h2>", span[0]) + "</h2>".length();
            out.add(new Card(h.id(), h.text().strip(), html.substring(headingEnd, span[1]).strip()));
        }
        return out;
    }

    /** The body with each question section wrapped in {@code <section class="qa-card">}. */
    public static String wrap(RenderedPage page) {
        String html = page.bodyHtml();
        StringBuilder out = new StringBuilder(html.length() + 512);
        int done = 0;
        for (Heading h : page.headings()) {
            if (!isQuestion(h)) continue;
            int[] span = span(html, h.id());
            if (span == null || span[0] < done) continue;
            int headingEnd = html.indexOf("</h2>", span[0]) + "</h2>".length();
            String id = Html.escape(h.id());
            out.append(html, done, span[0])
                    .append("<section class=\"qa-card\" aria-labelledby=\"").append(id).append("\" data-qa=\"")
                    .append(id).append("\">\n").append(html, span[0], headingEnd)
                    .append("\n<div class=\"qa-answer\">").append(html, headingEnd, span[1]).append("</div>\n</section>\n");
            done = span[1];
        }
        return out.append(html, done, html.length()).toString();
    }

    /** Where the section of heading {@code id} starts and ends (the next {@code <h2} or the end), or null. */
    private static int[] span(String html, String id) {
        int start = html.indexOf("<h2 id=\"" + Html.escape(id) + "\"");
        if (start < 0) return null;
        int end = html.indexOf("<h2", start + 3);
        return new int[] {start, end < 0 ? html.length() : end};
    }
}
