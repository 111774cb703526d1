package dev.lectern.render;

import dev.lectern.content.NavTree;
import dev.lectern.content.Section;
import dev.lectern.content.SourcePage;
import dev.lectern.util.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the sidebar's course outline for one page. Small courses list every page (sections
 * collapsible); large sites list every section but only the current section's pages, and sites
 * with very many sections list only the current one (the home page lists them all), so that a
 * page's size does not grow with the size of the site (else 50,000 pages in 1,000 sections write
 * 1,000 links into every page: 7 GB of HTML).
 */
final class Outline {
    static final int LIST_ALL_PAGES_UP_TO = 300;
    static final int LIST_ALL_SECTIONS_UP_TO = 100;

    private final Section root;
    private final boolean listAll;
    private final Map<String, Integer> quizzesByUrl;
    private final NavTree.Titles nav;

    Outline(Section root, int pageCount, Map<String, Integer> quizzesByUrl) {
        this(root, pageCount, quizzesByUrl, NavTree.Titles.NONE);
    }

    /** @param nav titles the site's {@code nav} gives pages, and its links to other sites */
    Outline(Section root, int pageCount, Map<String, Integer> quizzesByUrl, NavTree.Titles nav) {
        this.root = root;
        this.listAll = pageCount <= LIST_ALL_PAGES_UP_TO;
        this.quizzesByUrl = quizzesByUrl;
        this.nav = nav;
    }

    private void addLinks(String sectionUrl, List<NavItem> items) {
        for (NavTree.Link l : nav.links().getOrDefault(sectionUrl, List.of())) {
            items.add(new NavItem(l.title(), l.url(), false, false, List.of(), "", 0));
        }
    }

    List<NavItem> forPage(String currentUrl, Function<String, String> href) {
        List<NavItem> items = new ArrayList<>();
        items.add(leaf(root.index(), currentUrl, href));
        boolean allSections = listAll || root.sections().size() <= LIST_ALL_SECTIONS_UP_TO;
        for (Object child : children(root)) {
            if (child instanceof SourcePage p) items.add(leaf(p, currentUrl, href));
            else if (child instanceof Section s && (allSections || currentUrl.startsWith(s.url()))) {
                items.add(section(s, currentUrl, href));
            }
        }
        addLinks(root.url(), items);
        return items;
    }

    private NavItem section(Section s, String currentUrl, Function<String, String> href) {
        boolean contains = currentUrl.startsWith(s.url());
        List<NavItem> children = new ArrayList<>();
        if (listAll || contains) {
            for (Object child : children(s)) {
                children.add(child instanceof SourcePage p ? leaf(p, currentUrl, href) : section((Section) child, currentUrl, href));
            }
            addLinks(s.url(), children);
        }
        String url = s.url();
        return new NavItem(s.title(), href.apply(url), url.equals(currentUrl), contains, children, Urls.pageKey(url),
                quizzesByUrl.getOrDefault(url, 0));
    }

    /** A section's pages, then its subsections; in nav order when the site has a nav. */
    private List<Object> children(Section s) {
        List<Object> out = new ArrayList<>(s.pages());
        out.addAll(s.sections());
        return nav.ordered(s.url(), out, c -> c instanceof Section sec ? sec.url() : ((SourcePage) c).url());
    }

    private NavItem leaf(SourcePage p, String currentUrl, Function<String, String> href) {
        String title = nav.title(p) != null ? nav.title(p) : p.sourcePath();
        return new NavItem(title, href.apply(p.url()), p.url().equals(currentUrl), p.url().equals(currentUrl),
                List.of(), Urls.pageKey(p.url()), quizzesByUrl.getOrDefault(p.url(), 0));
    }
}
