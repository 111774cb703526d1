package dev.lectern.check;

import dev.lectern.markdown.LinkRef;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.OutputPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * With {@code links: warn} a broken link is not written as a link: its text stays, as a
 * {@code <span class="broken-link">} whose {@code title} says why, so the built site has no dead
 * link either way (a broken image becomes its alt text). The page's Markdown is rendered again with
 * those links as text ({@link Remake}), and the new body takes the place of the old one, where the
 * template wrote it ({@link OutputPage#bodyAt()}): no page is searched.
 */
public final class BrokenLinks {
    /** The theme's words for the title: why the link is not one ({@link SiteChecker.BrokenLink#words()}). */
    public static final String WORDS = "partials/text/broken-link.jte";

    private BrokenLinks() {}

    /** A page rendered again with some links as text, and its body as its template is given it. */
    public record Remade(RenderedPage page, String body) {}

    /** Renders a page again with the links of these URLs (as written) as text, each with its title (plain text). */
    public interface Remake {
        Remade without(RenderedPage page, Map<String, String> reasons);
    }

    /**
     * The pages with every broken link of their Markdown body turned into plain text, titled with the words
     * {@code words} gives ({@link #WORDS} with the link's params). {@code html} gives a page's HTML: its own,
     * or, where {@code lectern build} wrote each page as it was rendered and keeps none, read back from where it
     * was written. A page made again has its new HTML; the others are returned as they are.
     */
    public static List<OutputPage> unlink(List<OutputPage> pages, List<SiteChecker.BrokenLink> broken, Remake remake,
                                          java.util.function.Function<OutputPage, String> html,
                                          java.util.function.Function<Map<String, Object>, String> words) {
        if (broken.isEmpty()) return pages;
        Map<String, Map<String, String>> byFile = new HashMap<>();
        for (SiteChecker.BrokenLink b : broken) {
            LinkRef l = b.link();
            byFile.computeIfAbsent(l.file(), f -> new LinkedHashMap<>()).putIfAbsent(l.written(), words.apply(b.words()));
        }
        List<OutputPage> out = new ArrayList<>(pages.size());
        for (OutputPage p : pages) {
            Map<String, String> reasons = p.source() == null ? null : byFile.get(p.source().source().displayPath());
            if (reasons == null || p.bodyAt() < 0) {
                out.add(p);
                continue;
            }
            Remade again = remake.without(p.source(), reasons);
            RenderedPage r = p.source();
            RenderedPage source = new RenderedPage(r.source(), r.title(), again.page().bodyHtml(), r.headings(), r.links(),
                    r.blocks(), r.assets(), again.page().text(), again.page().refs());
            String before = html.apply(p);
            String after = before.substring(0, p.bodyAt()) + again.body() + before.substring(p.bodyAt() + p.bodyLength());
            out.add(new OutputPage(p.path(), p.url(), after, source, p.refs(), p.bodyAt(), again.body().length()));
        }
        return out;
    }
}
