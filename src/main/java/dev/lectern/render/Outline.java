package dev.lectern.render;

import dev.lectern.content.NavTree;
import dev.lectern.content.Section;
import dev.lectern.content.SourcePage;
import dev.lectern.util.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Builds the sidebar's course outline for one page. Small courses list every page (sections
 * collapsible); large sites list every section but only the current section's pages, and sites
 * with very many sections list only the current one (the home page lists them all), so that a
 * page's size does not grow with the size of the site (else 50,000 pages in 1,000 sections write
 * 1,000 links into every page: 7 GB of HTML).
 *
 * <p>On a large site the current top-level section's list of pages, the bulk of each outline (50 links
 * in a section of 50 pages), is written once, into the section's {@link #FILE}, which the page loads
 * with a script where the list goes ({@link NavItem#childrenScript}): the pages of a section share it
 * instead of each carrying it. Without JavaScript the section's link (to its page, which lists its
 * pages) stands in for the list.
 *
 * <p>It reads the course once, into a {@link Shape} (titles, URLs, order, quiz counts: all an outline
 * shows), and makes each page's outline from that alone. A build that finds the same shape as the
 * last one keeps the last outline ({@link #sameAs}), with the lists it already made.
 */
public final class Outline {
    static final int LIST_ALL_PAGES_UP_TO = 300;
    static final int LIST_ALL_SECTIONS_UP_TO = 100;
    /** The file, in a top-level section's folder, that writes the section's list of pages (large sites). */
    public static final String FILE = "outline.js";

    private enum Kind { PAGE, SECTION, LINK }

    /** A page, a section (its children in outline order, links to other sites last) or a link to another site. */
    private record Node(Kind kind, String title, String url, List<Node> children, int quizzes, String key, int dirs) {
        /** With the page key and depth of its URL, which every page's outline asks for: made once. */
        Node(Kind kind, String title, String url, List<Node> children, int quizzes) {
            this(kind, title, url, children, quizzes, kind == Kind.LINK ? "" : Urls.pageKey(url), Urls.dirs(url));
        }
    }

    /** Everything an outline shows of the course. */
    private record Shape(Node home, List<Node> top, boolean listAll, boolean allSections) {}

    private final Shape shape;
    /** Outlines made, by page URL and link base ({@code ""}: relative links). */
    private final Map<String, List<NavItem>> made = new ConcurrentHashMap<>();

    Outline(Section root, int pageCount, Map<String, Integer> quizzesByUrl) {
        this(root, pageCount, quizzesByUrl, NavTree.Titles.NONE);
    }

    /** @param nav titles the site's {@code nav} gives pages, and its links to other sites */
    Outline(Section root, int pageCount, Map<String, Integer> quizzesByUrl, NavTree.Titles nav) {
        boolean listAll = pageCount <= LIST_ALL_PAGES_UP_TO;
        List<Node> top = children(root, quizzesByUrl, nav);
        this.shape = new Shape(leaf(root.index(), quizzesByUrl, nav), top, listAll,
                listAll || root.sections().size() <= LIST_ALL_SECTIONS_UP_TO);
    }

    /** This outline, or {@code last} when it shows the same (then its outlines are made already). */
    Outline sameAs(Outline last) {
        return last != null && last.shape.equals(shape) ? last : this;
    }

    private static List<Node> children(Section s, Map<String, Integer> quizzesByUrl, NavTree.Titles nav) {
        List<Object> ordered = new ArrayList<>(s.pages());
        ordered.addAll(s.sections());
        ordered = nav.ordered(s.url(), ordered, c -> c instanceof Section sec ? sec.url() : ((SourcePage) c).url());
        List<Node> out = new ArrayList<>();
        for (Object child : ordered) {
            if (child instanceof SourcePage p) out.add(leaf(p, quizzesByUrl, nav));
            else {
                Section sub = (Section) child;
                out.add(new Node(Kind.SECTION, sub.title(), sub.url(), children(sub, quizzesByUrl, nav),
                        quizzesByUrl.getOrDefault(sub.url(), 0)));
            }
        }
        for (NavTree.Link l : nav.links().getOrDefault(s.url(), List.of())) {
            out.add(new Node(Kind.LINK, l.title(), l.url(), List.of(), 0));
        }
        return List.copyOf(out);
    }

    private static Node leaf(SourcePage p, Map<String, Integer> quizzesByUrl, NavTree.Titles nav) {
        String title = nav.title(p) != null ? nav.title(p) : p.sourcePath();
        return new Node(Kind.PAGE, title, p.url(), List.of(), quizzesByUrl.getOrDefault(p.url(), 0));
    }

    /**
     * The outline of the page at {@code currentUrl}; links relative to it, or (with {@code absoluteBase},
     * the base path) absolute.
     */
    List<NavItem> forPage(String currentUrl, String absoluteBase) {
        if (!keep) return make(currentUrl, absoluteBase);
        // a URL has no line break: relative links by the URL alone, absolute ones by the URL and base
        return made.computeIfAbsent(absoluteBase == null ? currentUrl : currentUrl + "\n" + absoluteBase,
                k -> make(currentUrl, absoluteBase));
    }

    /** False: outlines are made for each page and not kept (one build, where each page asks once). */
    private volatile boolean keep = true;

    /**
     * Keeps no outline made: in a build that renders each page once and has no next build, the outlines
     * (one a page) would only pile up, tens of megabytes at 10,000 pages.
     */
    void keepNone() {
        keep = false;
        made.clear();
    }

    private List<NavItem> make(String currentUrl, String absoluteBase) {
        int dirs = Urls.dirs(currentUrl);
        Function<Node, String> href = n -> absoluteBase != null ? absoluteBase + n.url()
                : Urls.relative(currentUrl, dirs, n.url(), n.dirs());
        List<NavItem> items = new ArrayList<>();
        items.add(item(shape.home(), currentUrl, href));
        for (Node child : shape.top()) {
            if (child.kind() != Kind.SECTION || shape.allSections() || currentUrl.startsWith(child.url())) {
                if (!shape.listAll() && child.kind() == Kind.SECTION && currentUrl.startsWith(child.url())
                        && !child.children().isEmpty()) {
                    // the section holding the page, its list written by its file: the list's items are made only
                    // for a theme that reads them (the built-in one loads the file)
                    items.add(new NavItem(child.title(), href.apply(child), child.url().equals(currentUrl), true,
                            new Items(child.children(), currentUrl, href), child.key(), child.quizzes(),
                            absoluteBase != null ? absoluteBase + child.url() + FILE
                                    : Urls.relative(currentUrl, dirs, child.url() + FILE, child.dirs())));
                } else {
                    items.add(item(child, currentUrl, href));
                }
            }
        }
        return List.copyOf(items);
    }

    /**
     * The lists of pages a large site's top-level sections write from their {@link #FILE} (by the file's
     * path): every page and subsection below the section, subsections closed, links relative to the site
     * root, nothing current (the file's script marks the page shown and opens the sections holding it).
     * Empty for a site whose outline lists every page in each page.
     */
    public java.util.SortedMap<String, List<NavItem>> sectionLists() {
        java.util.SortedMap<String, List<NavItem>> out = new java.util.TreeMap<>();
        if (shape.listAll()) return out;
        for (Node child : shape.top()) {
            if (child.kind() == Kind.SECTION && !child.children().isEmpty()) out.put(child.url() + FILE, whole(child.children()));
        }
        return out;
    }

    private static List<NavItem> whole(List<Node> nodes) {
        List<NavItem> items = new ArrayList<>();
        for (Node n : nodes) {
            items.add(switch (n.kind()) {
                case LINK -> new NavItem(n.title(), n.url(), false, false, List.of(), "", 0, null);
                case PAGE -> new NavItem(n.title(), n.url(), false, false, List.of(), n.key(), n.quizzes(), null);
                case SECTION -> new NavItem(n.title(), n.url(), false, false, whole(n.children()), n.key(),
                        n.quizzes(), null);
            });
        }
        return List.copyOf(items);
    }

    /** The items of {@code nodes} as {@link #item} makes them, made when first read. */
    private final class Items extends java.util.AbstractList<NavItem> implements java.util.RandomAccess {
        private final List<Node> nodes;
        private final String currentUrl;
        private final Function<Node, String> href;
        private volatile List<NavItem> made;

        Items(List<Node> nodes, String currentUrl, Function<Node, String> href) {
            this.nodes = nodes;
            this.currentUrl = currentUrl;
            this.href = href;
        }

        @Override
        public NavItem get(int index) {
            List<NavItem> items = made;
            if (items == null) {
                List<NavItem> out = new ArrayList<>(nodes.size());
                for (Node c : nodes) out.add(item(c, currentUrl, href));
                made = items = List.copyOf(out);
            }
            return items.get(index);
        }

        @Override
        public int size() {
            return nodes.size();
        }
    }

    private NavItem item(Node n, String currentUrl, Function<Node, String> href) {
        return switch (n.kind()) {
            case LINK -> new NavItem(n.title(), n.url(), false, false, List.of(), "", 0, null);
            case PAGE -> new NavItem(n.title(), href.apply(n), n.url().equals(currentUrl),
                    n.url().equals(currentUrl), List.of(), n.key(), n.quizzes(), null);
            case SECTION -> {
                boolean contains = currentUrl.startsWith(n.url());
                List<NavItem> children = new ArrayList<>();
                if (shape.listAll() || contains) for (Node c : n.children()) children.add(item(c, currentUrl, href));
                yield new NavItem(n.title(), href.apply(n), n.url().equals(currentUrl), contains, children,
                        n.key(), n.quizzes(), null);
            }
        };
    }
}
