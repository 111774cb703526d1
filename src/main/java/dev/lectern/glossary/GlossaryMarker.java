package dev.lectern.glossary;

import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.util.Urls;
import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.Heading;
import dev.lectern.markdown.PageText;
import dev.lectern.markdown.ReviewCopy;
import dev.lectern.blocks.Markup;
import dev.lectern.markdown.RenderedPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Between the markdown and render stages: marks the first use of each glossary term on every page
 * with a link to its entry and a tooltip holding the definition. Text in code, headings, links and
 * quiz or diagram blocks is left alone. Warns about terms no page uses and links to missing pages.
 */
public final class GlossaryMarker {
    /** Elements whose text is never marked. */
    private static final Set<String> SKIP_TAGS = Set.of("a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4",
            "h5", "h6", "script", "style", "svg", "button", "summary", "label", "legend", "textarea", "select", "option",
            "figcaption", "mark", "abbr", "dfn", "sup");
    private static final List<String> SKIP_CLASSES = List.of("quiz", "diagram", "terminal", "term-wrap", "callout-title",
            "broken-link");

    /** The theme's partial for one marked term. */
    public static final String TEMPLATE = "partials/glossary-term.jte";

    private final Glossary glossary;
    private final TermScanner scanner;
    private final Markup markup;

    /** {@code markup}: the theme's partials, of which {@link #TEMPLATE} writes each mark. */
    public GlossaryMarker(Glossary glossary, Markup markup) {
        this.glossary = glossary;
        this.markup = markup;
        this.scanner = glossary.isEmpty() ? null : new TermScanner(glossary.terms());
    }

    /**
     * One marked term as the theme's {@code partials/glossary-term.jte} writes it: the href of its entry (from
     * the page), the tooltip's id ({@code tip-N}, unique on the page), the word as the page's HTML has it, and
     * the term's definition (plain text). In the copy of an answer on the Review page the id is null (and
     * the href leads from {@code review/}).
     */
    public record Mark(String href, String id, String word, String definition) {}

    public Glossary glossary() {
        return glossary;
    }

    /** Acronyms and one-letter words ("HTTP", "A record") match in their case only; ordinary words in any case. */
    static boolean caseSensitive(String form) {
        for (String word : form.split("[\\s-]+")) {
            if (word.isEmpty()) continue;
            long upper = word.chars().filter(Character::isUpperCase).count();
            if (upper >= 2 || (word.length() == 1 && upper == 1) || (upper == 1 && !Character.isUpperCase(word.charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** Every page with its first term uses marked; warnings for unused terms and broken glossary links. */
    public List<RenderedPage> mark(Course course, List<RenderedPage> pages, Diagnostics diagnostics) {
        if (scanner == null) return pages;
        Set<Integer> used = ConcurrentHashMap.newKeySet();
        List<RenderedPage> out = pages.parallelStream().map(p -> markPage(p, used)).toList();
        report(course, pages, used, diagnostics);
        return out;
    }

    /**
     * The warnings of the whole course, once every page is marked: terms no page uses (by the term
     * numbers {@link #markPage} collected), glossary links to missing pages or headings.
     */
    public void report(Course course, List<RenderedPage> pages, Set<Integer> used, Diagnostics diagnostics) {
        if (scanner == null) return;
        for (int i = 0; i < glossary.terms().size(); i++) {
            Term t = glossary.terms().get(i);
            if (!used.contains(i)) {
                diagnostics.warning(glossary.file(), t.line(), t.column(), "glossary term `" + t.term()
                        + "` is never used in the course; use it in a page, add the form used as an alias, or remove it");
            }
            checkLink(course, pages, t, diagnostics);
        }
    }

    private void checkLink(Course course, List<RenderedPage> pages, Term t, Diagnostics diagnostics) {
        if (t.link() == null) return;
        String[] parts = t.link().split("#", 2);
        SourcePage target = course.page(parts[0]).orElse(null);
        if (target == null) {
            diagnostics.warning(glossary.file(), t.linkLine(), t.linkColumn(), "glossary link `" + t.link()
                    + "` of `" + t.term() + "` leads to no page: there is no content/" + parts[0]);
            return;
        }
        if (parts.length == 2 && !parts[1].isEmpty()) {
            boolean found = pages.stream().filter(p -> p.source() == target).flatMap(p -> p.headings().stream())
                    .map(Heading::id).anyMatch(parts[1]::equals);
            if (!found) {
                diagnostics.warning(glossary.file(), t.linkLine(), t.linkColumn(), "glossary link `" + t.link()
                        + "` of `" + t.term() + "`: " + parts[0] + " has no heading with the id `" + parts[1] + "`");
            }
        }
    }

    /** The href of a term's entry on the glossary page, from a page at {@code pageUrl}. */
    public static String entryHref(String pageUrl, Term t) {
        return Urls.relative(pageUrl, GlossaryPage.URL) + "#" + t.id();
    }

    /**
     * One page with its first term uses marked; adds the numbers of the terms it uses to {@code used}. The marks
     * go into the text runs the Markdown stage recorded ({@link PageText#runs}); the rest of the HTML stays as it is.
     */
    public RenderedPage markPage(RenderedPage page, Set<Integer> used) {
        if (scanner == null) return page;
        String html = page.bodyHtml();
        List<PageText.Run> runs;
        String all;
        if (page.text().recorded()) {
            runs = page.text().runs();
            all = page.text().allText();
        } else {
            // raw HTML decides this page's structure: its text runs are read from the HTML
            Document doc = Parser.htmlParser().settings(ParseSettings.preserveCase).setTrackPosition(true)
                    .parseInput("<body>" + html + "</body>", "");
            runs = runsOf(doc, html);
            all = doc.body().text();
        }
        for (TermScanner.Hit h = scanner.find(all, 0); h != null; h = scanner.find(all, h.end())) used.add(h.term());
        Found found = new Found();
        // a Q&A page's marks are in its answers' copies on the Review page too, without tooltip ids
        boolean review = page.text().review() != null;
        List<ReviewCopy.Edit> reviewEdits = new ArrayList<>();
        Set<Integer> marked = new HashSet<>();
        StringBuilder out = new StringBuilder(html.length() + 1024);
        List<int[]> insertions = new ArrayList<>();
        int done = 0;
        for (PageText.Run run : runs) {
            String text = run.text();
            for (TermScanner.Hit h = scanner.find(text, 0); h != null; h = scanner.find(text, h.end())) {
                if (!marked.add(h.term())) continue;
                int start = run.htmlOffset(html, h.start());
                int end = run.htmlOffset(html, h.end());
                Term t = glossary.terms().get(h.term());
                String mark = markup.render(TEMPLATE, new Mark(entryHref(page.source().url(), t),
                        "tip-" + (insertions.size() + 1), html.substring(start, end), t.definition()), found);
                out.append(html, done, start);
                if (review) reviewEdits.add(reviewCopy(t, html.substring(start, end), out.length(), mark.length()));
                out.append(mark);
                insertions.add(new int[] {start, mark.length() - (end - start)});
                done = end;
            }
        }
        if (insertions.isEmpty()) return page;
        out.append(html, done, html.length());
        Set<String> assets = new java.util.LinkedHashSet<>(page.assets());
        assets.add("css/glossary.css");
        assets.add("js/glossary.js");
        return new RenderedPage(page.source(), page.title(), out.toString(), page.headings(), page.links(),
                page.blocks(), assets, page.text().shifted(insertions).withReviewEdits(reviewEdits),
                withMarks(page, found.ids, found.targets));
    }

    /**
     * A mark at {@code at} (of {@code length} characters) as the Review page's copy of an answer shows it: the same
     * partial, linking from {@code review/}, without a tooltip id (ids in the copy must be unique on that page).
     */
    private ReviewCopy.Edit reviewCopy(Term t, String word, int at, int length) {
        Found found = new Found();
        String copy = markup.render(TEMPLATE, new Mark(entryHref(ReviewCopy.URL, t), null, word, t.definition()), found);
        return new ReviewCopy.Edit(at, at + length, copy, found.targets, found.ids);
    }

    /** The ids and link targets the mark's partial writes, recorded for the link check. */
    private static final class Found implements Markup.Found {
        final Set<String> ids = new HashSet<>();
        final List<dev.lectern.markdown.PageRefs.Target> targets = new ArrayList<>();

        @Override
        public void id(String id) {
            ids.add(id);
        }

        @Override
        public void target(String tag, String url) {
            targets.add(new dev.lectern.markdown.PageRefs.Target(tag, url, -1));
        }
    }

    /** The page's records with those its marks' markup wrote (each a link to the term's entry, a tooltip's id). */
    private static dev.lectern.markdown.PageRefs withMarks(RenderedPage page, Set<String> ids,
                                                           List<dev.lectern.markdown.PageRefs.Target> targets) {
        if (page.refs() == null) return null;
        Set<String> all = new HashSet<>(page.refs().ids());
        all.addAll(ids);
        List<dev.lectern.markdown.PageRefs.Target> allTargets = new ArrayList<>(page.refs().targets());
        allTargets.addAll(targets);
        return new dev.lectern.markdown.PageRefs(all, allTargets);
    }

    /** The text nodes of a parsed body that may be marked, as runs of {@code html} (parsed after {@code <body>}). */
    private static List<PageText.Run> runsOf(Document doc, String html) {
        List<TextNode> texts = new ArrayList<>();
        collect(doc.body(), texts);
        List<PageText.Run> runs = new ArrayList<>();
        int shift = "<body>".length();
        for (TextNode t : texts) {
            org.jsoup.nodes.Range r = t.sourceRange();
            int start = r.startPos() - shift;
            int end = r.endPos() - shift;
            if (r.isTracked() && start >= 0 && end <= html.length() && start < end) runs.add(PageText.Run.of(html, start, end));
        }
        return runs;
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

}
