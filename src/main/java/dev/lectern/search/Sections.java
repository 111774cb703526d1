package dev.lectern.search;

import dev.lectern.markdown.PageText;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.quiz.Question;
import dev.lectern.quiz.Quiz;
import dev.lectern.render.SearchEntry;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Splits a rendered page into search entries at its {@code ##} and {@code ###} headings, as the
 * Markdown stage recorded them ({@link PageText#sections}). Quiz questions become entries of their
 * own, anchored at their question; diagrams and heading anchors are left out.
 */
final class Sections {
    private Sections() {}

    static List<SearchEntry> of(RenderedPage page) {
        if (!page.text().recorded()) return ofHtml(page);
        String url = page.source().url();
        String title = page.title() == null ? "" : page.title();
        List<SearchEntry> out = new ArrayList<>();
        for (RenderedPage.NamedBlock b : page.blocks()) {
            if (!(b.output().data() instanceof Quiz quiz) || b.output().html().isEmpty()) continue;
            for (Question q : quiz.questions()) {
                // a question not rendered as Markdown (a diagram's, escaped as it is) is its own text
                String text = q.q() == null ? null : page.text().inlineText().get(q.q());
                if (text == null && q.q() != null) text = q.q().replaceAll("\\s+", " ");
                if (text == null || text.isBlank()) continue;
                out.add(new SearchEntry(url, title, "Quiz: " + text.strip(), "q-" + q.id(), "", "quiz"));
            }
        }
        String description = page.source().meta().description();
        boolean first = true;
        for (PageText.Section s : page.text().sections()) {
            // the recorded text has its whitespace collapsed already; the description is as written
            String text = first && description != null ? withDescription(description, s.text()) : s.text();
            first = false;
            if (!text.isEmpty() || !s.heading().isEmpty()) {
                out.add(new SearchEntry(url, title, s.heading(), s.headingId(), text, "page"));
            }
        }
        return out;
    }

    /**
     * {@code (description + " " + text).replaceAll("\\s+", " ").strip()} for a {@code text} whose whitespace is
     * collapsed ({@code TextRecorder.normalize}: single spaces, none at either end), without a regular expression
     * over the text: only the description's whitespace is collapsed.
     */
    static String withDescription(String description, String text) {
        String d = WHITESPACE.matcher(description).replaceAll(" ");
        return (d.endsWith(" ") || text.isEmpty() ? d + text : d + " " + text).strip();
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /**
     * The entries of a page whose sections were not recorded because raw HTML decides its structure
     * ({@code raw_html: true}): read from its HTML.
     */
    static List<SearchEntry> ofHtml(RenderedPage page) {
        String url = page.source().url();
        String title = page.title() == null ? "" : page.title();
        Document doc = Jsoup.parseBodyFragment(page.bodyHtml());
        doc.select(".heading-anchor, .term-wrap > [role=tooltip], .diagram, figure.diagram, svg, script, style").remove();
        List<SearchEntry> out = new ArrayList<>(quizQuestions(doc, url, title));
        doc.select(".quiz").remove();
        String heading = "";
        String anchor = "";
        StringBuilder text = new StringBuilder(page.source().meta().description() == null ? ""
                : page.source().meta().description());
        for (Element e : doc.body().children()) {
            if (e.tagName().matches("h[23]") && e.hasAttr("id")) {
                add(out, url, title, heading, anchor, text);
                heading = e.text().strip();
                anchor = e.id();
                text.setLength(0);
            } else {
                if (text.length() > 0) text.append(' ');
                text.append(e.text());
            }
        }
        add(out, url, title, heading, anchor, text);
        return out;
    }

    private static void add(List<SearchEntry> out, String url, String title, String heading, String anchor,
                            StringBuilder text) {
        String t = text.toString().replaceAll("\\s+", " ").strip();
        if (t.isEmpty() && heading.isEmpty()) return;
        out.add(new SearchEntry(url, title, heading, anchor, t, "page"));
    }

    /** Each quiz question ({@code .quiz-question[id]}, its {@code .quiz-q-text} or legend), linked at the question. */
    private static List<SearchEntry> quizQuestions(Document doc, String url, String title) {
        List<SearchEntry> out = new ArrayList<>();
        for (Element q : doc.select(".quiz .quiz-question[id]")) {
            Element text = q.selectFirst(".quiz-q-text");
            if (text == null) text = q.selectFirst("legend");
            if (text == null || text.text().isBlank()) continue;
            out.add(new SearchEntry(url, title, "Quiz: " + text.text().strip(), q.id(), "", "quiz"));
        }
        return out;
    }
}
