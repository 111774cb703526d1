package dev.lectern.content;

import dev.lectern.config.SiteConfig.NavEntry;
import dev.lectern.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders a course as its {@code nav} says (MkDocs' {@code nav:}): sections and pages in the order
 * written, under the titles written. A nav title names the page in the outline; the page keeps its own
 * {@code # Heading} as its h1, and a page without one takes the nav title. A folder entry
 * ({@code user-guide/}) brings that folder in its own order; pages the nav leaves out are still built,
 * but not listed. URLs never change: they follow the files.
 */
public final class NavTree {
    /** Outline titles by page URL, and external links by the URL of the section that lists them. */
    public record Titles(Map<String, String> titles, Map<String, List<Link>> links, Map<String, List<String>> order) {
        public static final Titles NONE = new Titles(Map.of(), Map.of(), Map.of());

        /**
         * A section's pages and subsections as one list in nav order (the nav may put a page after a
         * section); {@code url} gives an item's URL.
         */
        public <T> List<T> ordered(String sectionUrl, List<T> items, java.util.function.Function<T, String> url) {
            List<String> o = order.get(sectionUrl);
            if (o == null) return items;
            List<T> sorted = new ArrayList<>(items);
            sorted.sort(java.util.Comparator.comparingInt(t -> {
                int i = o.indexOf(url.apply(t));
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
            return sorted;
        }

        public String title(SourcePage page) {
            String t = titles.get(page.url());
            return t != null ? t : page.title();
        }
    }

    /** A nav entry that leads to another site. */
    public record Link(String title, String url) {}

    private final Course course;
    private final Diagnostics diagnostics;
    private final Map<String, Section> sectionsByFolder = new HashMap<>();
    private final Set<String> placed = new HashSet<>();
    private final Set<String> usedFolders = new HashSet<>();
    private final Set<String> urls = new HashSet<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, List<Link>> links = new LinkedHashMap<>();
    private final Map<String, SourcePage> retitled = new HashMap<>();
    private final Map<String, List<String>> order = new HashMap<>();

    private NavTree(Course course, Diagnostics diagnostics) {
        this.course = course;
        this.diagnostics = diagnostics;
        index(course.root());
        for (SourcePage p : course.pages()) urls.add(p.url());
    }

    private void index(Section s) {
        sectionsByFolder.put(s.folder(), s);
        for (Section sub : s.sections()) index(sub);
    }

    /** The course ordered by its nav; the course itself when it has none. */
    public static Course apply(Course course, Diagnostics diagnostics) {
        List<NavEntry> nav = course.config().nav();
        if (nav.isEmpty()) return course;
        return new NavTree(course, diagnostics).build(nav);
    }

    private Course build(List<NavEntry> nav) {
        Section old = course.root();
        titleOnlyPages(nav);
        placed.add(old.index().sourcePath());
        usedFolders.add("");
        Section root = section("", old.title(), page(old.index()), nav);
        List<SourcePage> outside = new ArrayList<>();
        for (SourcePage p : course.pages()) if (!placed.contains(p.sourcePath())) outside.add(page(p));
        return Course.of(course.config(), root, outside, course.staticFiles(), new Titles(Map.copyOf(titles), Map.copyOf(links),
                Map.copyOf(order)));
    }

    /** Pages without a heading or front-matter title take their nav title. */
    private void titleOnlyPages(List<NavEntry> entries) {
        for (NavEntry e : entries) {
            titleOnlyPages(e.children());
            if (e.title() == null || e.path() == null) continue;
            SourcePage p = course.bySourcePath().get(e.path());
            if (p != null && p.title() == null) {
                retitled.put(p.sourcePath(), new SourcePage(p.file(), p.sourcePath(), p.displayPath(), p.url(), p.meta(),
                        p.markdown(), e.title(), false, p.sectionIndex()));
            }
        }
    }

    private SourcePage page(SourcePage p) {
        return retitled.getOrDefault(p.sourcePath(), p);
    }

    private Section section(String folder, String title, SourcePage index, List<NavEntry> entries) {
        List<SourcePage> pages = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        order.put(index.url(), urls);
        for (NavEntry e : entries) {
            if (e.url() != null) {
                links.computeIfAbsent(index.url(), k -> new ArrayList<>()).add(new Link(e.title() != null ? e.title() : e.url(), e.url()));
            } else if (e.path() == null) {
                Section sub = navSection(e);
                if (sub != null) {
                    sections.add(sub);
                    urls.add(sub.url());
                }
            } else if (e.path().isEmpty() || e.path().endsWith("/") || !e.path().toLowerCase().endsWith(".md")) {
                String f = e.path().replaceAll("/+$", "");
                Section s = sectionsByFolder.get(f);
                if (s == null || !usedFolders.add(f)) {
                    warn(e, s == null ? "nav names the folder `" + e.path() + "`, which holds no pages of the docs folder"
                            : "nav names the folder `" + e.path() + "` twice; the second is left out");
                    continue;
                }
                placeAll(s);
                sections.add(retitle(s, e.title()));
                urls.add(s.url());
            } else {
                SourcePage p = course.bySourcePath().get(e.path());
                if (p == null) {
                    warn(e, "nav names `" + e.path() + "`, which is not a page of the docs folder; it is left out");
                    continue;
                }
                if (e.title() != null) titles.put(p.url(), e.title());
                if (p.sourcePath().equals(index.sourcePath())) continue;
                if (!placed.add(p.sourcePath())) continue;
                pages.add(page(p));
                urls.add(p.url());
            }
        }
        return new Section(folder, title, index, List.copyOf(pages), List.copyOf(sections));
    }

    /** A titled list of entries: the section of their common folder when that folder is free, else a page of its own. */
    private Section navSection(NavEntry e) {
        String folder = commonFolder(e.children());
        Section base = folder == null ? null : sectionsByFolder.get(folder);
        SourcePage index;
        if (base != null && !folder.isEmpty() && usedFolders.add(folder) && !placed.contains(base.index().sourcePath())) {
            index = page(base.index());
        } else {
            String slug = ContentLoader.slugOf(e.title() == null ? "section" : e.title()).replaceAll("[^\\p{L}\\p{N}_-]", "");
            String url = slug + "/";
            if (slug.isEmpty() || urls.contains(url)) {
                warn(e, "nav section `" + e.title() + "` has no folder of its own; its pages are listed in the section above");
                return null;
            }
            urls.add(url);
            folder = slug;
            index = new SourcePage(null, slug + "/index.md", e.file(), url, FrontMatter.EMPTY, "", e.title(), false, true);
        }
        placed.add(index.sourcePath());
        if (e.title() != null) titles.put(index.url(), e.title());
        return section(folder, e.title() != null ? e.title() : index.title(), index, e.children());
    }

    private String commonFolder(List<NavEntry> entries) {
        String common = null;
        for (NavEntry e : entries) {
            List<String> paths = new ArrayList<>();
            if (e.path() != null) paths.add(e.path().endsWith("/") ? e.path() + "x" : e.path());
            String sub = e.children().isEmpty() ? null : commonFolder(e.children());
            if (sub != null) paths.add(sub + "/x");
            for (String p : paths) {
                int slash = p.lastIndexOf('/');
                String f = slash < 0 ? "" : p.substring(0, slash);
                common = common == null ? f : prefix(common, f);
            }
        }
        return common;
    }

    private static String prefix(String a, String b) {
        while (!(b.equals(a) || b.startsWith(a + "/")) && !a.isEmpty()) {
            int slash = a.lastIndexOf('/');
            a = slash < 0 ? "" : a.substring(0, slash);
        }
        return a;
    }

    private void placeAll(Section s) {
        placed.add(s.index().sourcePath());
        for (SourcePage p : s.pages()) placed.add(p.sourcePath());
        for (Section sub : s.sections()) placeAll(sub);
    }

    private Section retitle(Section s, String title) {
        List<SourcePage> pages = new ArrayList<>();
        for (SourcePage p : s.pages()) pages.add(page(p));
        List<Section> subs = new ArrayList<>();
        for (Section sub : s.sections()) subs.add(retitle(sub, null));
        if (title != null) titles.put(s.url(), title);
        return new Section(s.folder(), title != null ? title : s.title(), page(s.index()), List.copyOf(pages), List.copyOf(subs));
    }

    private void warn(NavEntry e, String message) {
        diagnostics.warning(e.file(), e.line(), e.column(), message);
    }
}
