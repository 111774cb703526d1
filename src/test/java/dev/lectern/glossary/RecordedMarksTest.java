package dev.lectern.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.markdown.PageText;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.pipeline.ParsedSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glossary's marks, spliced into the text runs the Markdown stage recorded, are those a reading of
 * the page's HTML gives (the way the marker worked before: jsoup parses the body, marks text nodes, writes it out).
 */
class RecordedMarksTest {
    @TempDir
    Path tmp;

    // Checks, for every page of the course (the site with a glossary), that the marked HTML is the same document
    // as the one marked through jsoup, that the course uses the same terms (so the same warnings), and that the
    // heading positions still point at their headings after the marks went in.
    @Test
    void marksAreThoseOfTheHtml() {
        int marked = 0;
        int pages = 0;
        StringBuilder diffs = new StringBuilder();
        for (ParsedSites.Site site : ParsedSites.all(tmp)) {
            if (site.glossary().isEmpty()) continue;
            GlossaryMarker marker = new GlossaryMarker(site.glossary(), dev.lectern.render.Templates.builtIn().partials());
            DomMarker dom = new DomMarker(site.glossary());
            Set<Integer> siteUsed = new HashSet<>();
            Set<Integer> siteUsedByDom = new HashSet<>();
            for (RenderedPage p : site.pages()) {
                pages++;
                Set<Integer> used = new HashSet<>();
                RenderedPage now = marker.markPage(p, used);
                Set<Integer> usedByDom = new HashSet<>();
                String before = dom.mark(p, usedByDom);
                if (now != p) marked++;
                if (!normal(now.bodyHtml()).equals(normal(before))) {
                    diffs.append(p.source().sourcePath()).append(": marks differ\n");
                }
                siteUsed.addAll(used);
                siteUsedByDom.addAll(usedByDom);
                for (PageText.HeadingSpan s : now.text().headingSpans()) {
                    assertThat(now.bodyHtml().substring(s.start(), s.end())).startsWith("<h" + s.level() + " id=\"" + s.id() + "\"")
                            .endsWith("</h" + s.level() + ">");
                }
            }
            // A page counts the words of its blocks from their source, not their HTML: a term only a diagram's
            // generated text uses ("Application server" for a component of kind app) counts on another page.
            // The warnings are the course's: the same terms must count as used.
            assertThat(names(site.glossary(), siteUsed)).isEqualTo(names(site.glossary(), siteUsedByDom));
        }
        assertThat(diffs.toString()).isEmpty();
        assertThat(pages).isGreaterThan(20);
        assertThat(marked).isGreaterThan(10);
    }

    private static List<String> names(Glossary g, Set<Integer> terms) {
        return terms.stream().sorted().map(i -> g.terms().get(i).term()).toList();
    }

    /** The body as jsoup writes it: what differs only in how the HTML is written (escapes, void tags) is equal. */
    private static String normal(String body) {
        Document doc = Parser.htmlParser().settings(ParseSettings.preserveCase).parseInput("<body>" + body + "</body>", "");
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    /** The marker as it was before the Markdown stage recorded text runs: through jsoup's document of the page. */
    static final class DomMarker {
        private static final Set<String> SKIP_TAGS = Set.of("a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4",
                "h5", "h6", "script", "style", "svg", "button", "summary", "label", "legend", "textarea", "select", "option",
                "figcaption", "mark", "abbr", "dfn", "sup");
        private static final List<String> SKIP_CLASSES = List.of("quiz", "diagram", "terminal", "term-wrap", "callout-title");
        private final Glossary glossary;
        private final TermScanner scanner;

        DomMarker(Glossary glossary) {
            this.glossary = glossary;
            this.scanner = new TermScanner(glossary.terms());
        }

        String mark(RenderedPage page, Set<Integer> used) {
            Document doc = Parser.htmlParser().settings(ParseSettings.preserveCase).parseInput(
                    "<body>" + page.bodyHtml() + "</body>", "");
            doc.outputSettings().prettyPrint(false);
            String all = doc.body().text();
            for (TermScanner.Hit h = scanner.find(all, 0); h != null; h = scanner.find(all, h.end())) used.add(h.term());
            Set<Integer> marked = new HashSet<>();
            int[] tip = {0};
            List<TextNode> texts = new ArrayList<>();
            collect(doc.body(), texts);
            boolean changed = false;
            for (TextNode tn : texts) changed |= markText(tn, page, marked, tip);
            return changed ? doc.body().html() : page.bodyHtml();
        }

        private static void collect(Element e, List<TextNode> out) {
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) out.add(t);
                else if (n instanceof Element child && !skipped(child)) collect(child, out);
            }
        }

        private static boolean skipped(Element e) {
            if (SKIP_TAGS.contains(e.normalName())) return true;
            for (String c : SKIP_CLASSES) if (e.hasClass(c)) return true;
            return false;
        }

        private boolean markText(TextNode tn, RenderedPage page, Set<Integer> marked, int[] tip) {
            String text = tn.getWholeText();
            List<Node> parts = new ArrayList<>();
            int at = 0;
            for (TermScanner.Hit h = scanner.find(text, 0); h != null; h = scanner.find(text, h.end())) {
                if (!marked.add(h.term())) continue;
                if (h.start() > at) parts.add(new TextNode(text.substring(at, h.start())));
                Term t = glossary.terms().get(h.term());
                String id = "tip-" + ++tip[0];
                Element wrap = new Element("span").addClass("term-wrap");
                wrap.appendElement("a").addClass("term").attr("href", GlossaryMarker.entryHref(page.source().url(), t))
                        .attr("aria-describedby", id).text(text.substring(h.start(), h.end()));
                wrap.appendElement("span").attr("role", "tooltip").attr("id", id).text(t.definition());
                parts.add(wrap);
                at = h.end();
            }
            if (parts.isEmpty()) return false;
            if (at < text.length()) parts.add(new TextNode(text.substring(at)));
            for (Node p : parts) tn.before(p);
            tn.remove();
            return true;
        }
    }
}
