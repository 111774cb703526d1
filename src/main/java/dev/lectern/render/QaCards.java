package dev.lectern.render;

import dev.lectern.markdown.Heading;
import dev.lectern.blocks.Markup;
import dev.lectern.markdown.PageText;
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

    /**
     * One question of a Q&amp;A page: the heading's text and id, and where its answer is in the page's body HTML
     * (from {@code answerStart} to {@code answerEnd}).
     */
    public record Card(String headingId, String question, int answerStart, int answerEnd) {}

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
        for (Heading h : page.headings()) {
            if (!isQuestion(h)) continue;
            int[] span = span(page, h.id());
            if (span == null) continue;
            out.add(new Card(h.id(), h.text().strip(), span[1], span[2]));
        }
        return out;
    }

    /** The theme's partial for one question card. */
    public static final String TEMPLATE = "partials/qa-card.jte";

    /**
     * One question card as the theme's {@code partials/qa-card.jte} shows it.
     *
     * @param headingHtml the question's heading as on the page ({@code <h2 id=...>...</h2>})
     * @param answerHtml the answer: the page's HTML from the heading to the next {@code ##} heading
     */
    public record CardView(String id, String headingHtml, String answerHtml) {}

    /** The body with each question section wrapped by the theme's {@code partials/qa-card.jte}. */
    public static String wrap(RenderedPage page, Markup markup) {
        String html = page.bodyHtml();
        StringBuilder out = new StringBuilder(html.length() + 512);
        int done = 0;
        for (Heading h : page.headings()) {
            if (!isQuestion(h)) continue;
            int[] span = span(page, h.id());
            if (span == null || span[0] < done) continue;
            out.append(html, done, span[0]).append(markup.render(TEMPLATE, new CardView(h.id(),
                    html.substring(span[0], span[1]), html.substring(span[1], span[2]))));
            done = span[2];
        }
        return out.append(html, done, html.length()).toString();
    }

    /**
     * Where the section of the {@code ##} heading {@code id} starts, where its heading ends, and where the section
     * ends (at the next {@code ##} heading or the end of the body), from the heading positions the Markdown
     * stage recorded; null when there is no such heading.
     */
    private static int[] span(RenderedPage page, String id) {
        List<PageText.HeadingSpan> spans = page.text().headingSpans();
        for (int i = 0; i < spans.size(); i++) {
            PageText.HeadingSpan s = spans.get(i);
            if (s.level() != 2 || !s.id().equals(id)) continue;
            int end = page.bodyHtml().length();
            for (int j = i + 1; j < spans.size(); j++) {
                if (spans.get(j).level() == 2) {
                    end = spans.get(j).start();
                    break;
                }
            }
            return new int[] {s.start(), s.end(), end};
        }
        return null;
    }
}
