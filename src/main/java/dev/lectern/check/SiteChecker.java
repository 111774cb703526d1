package dev.lectern.check;

import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DidYouMean;
import dev.lectern.markdown.LinkRef;
import dev.lectern.markdown.PageRefs;
import dev.lectern.render.OutputPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fourth stage: checks the finished site before anything is written. Every internal link and
 * {@code #fragment} must resolve (Markdown links are reported at their source line), no two pages
 * may share a URL, every page needs a title. It reads no page: each page's ids and link targets were
 * recorded while it was written ({@code PageRefs}: the Markdown body's by the Markdown stage, the rest by
 * the template output), so it needs a page's records, not its HTML.
 */
public final class SiteChecker {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private final Diagnostics diagnostics;
    private final String basePath;

    private final Memory memory;
    private boolean linksWarn;
    private final List<BrokenLink> broken = new ArrayList<>();

    /**
     * A Markdown link that leads nowhere, and why: the diagnostic's message, and the params of the words a
     * reader is shown ({@link BrokenLinks#WORDS}).
     */
    public record BrokenLink(LinkRef link, String reason, Map<String, Object> words) {}

    /** Broken links in Markdown become warnings ({@code links: warn}, {@code --no-strict}); see {@link #broken()}. */
    public SiteChecker linksAsWarnings(boolean warn) {
        this.linksWarn = warn;
        return this;
    }

    /** The broken Markdown links the last check found. */
    public List<BrokenLink> broken() {
        return List.copyOf(broken);
    }

    /** @param words the key of {@link BrokenLinks#WORDS} and its params by name, null ones left out */
    private static void brokenLink(List<BrokenLink> found, LinkRef link, String message, Object... words) {
        Map<String, Object> params = new HashMap<>();
        params.put("href", link.href());
        for (int i = 0; i < words.length; i += 2) if (words[i + 1] != null) params.put((String) words[i], words[i + 1]);
        found.add(new BrokenLink(link, message, Map.copyOf(params)));
    }

    /** A broken Markdown link found by this check, or by the last for a page whose links and targets are the same. */
    private void report(BrokenLink b) {
        broken.add(b);
        LinkRef link = b.link();
        if (linksWarn) diagnostics.warning(link.file(), link.line(), link.column(), b.reason());
        else diagnostics.error(link.file(), link.line(), link.column(), b.reason());
    }

    public SiteChecker(Diagnostics diagnostics, String basePath) {
        this(diagnostics, basePath, new Memory());
    }

    /** A checker that reuses what {@code memory} kept from the previous check of the same site. */
    public SiteChecker(Diagnostics diagnostics, String basePath, Memory memory) {
        this.diagnostics = diagnostics;
        this.basePath = basePath;
        this.memory = memory;
    }

    /**
     * What one check keeps for the next ({@code lectern serve}): each page's ids and theme links, and
     * the problems its theme links and its Markdown links had, with what the check read to find them. A
     * page's facts are made again only when its records changed, and its links checked again only when
     * they changed, the site's pages did ({@link World}), or something they read (whether a file is
     * published, the ids or title of a page they lead into): a one-page edit that keeps the pages, their
     * URLs and the ids other pages link to checks that page's links only.
     */
    public static final class Memory {
        private final Map<String, Facts> facts = new ConcurrentHashMap<>();
        private final Map<String, ThemeCheck> themeChecks = new HashMap<>();
        private final Map<String, LinkCheck> linkChecks = new HashMap<>();
        private World world;
        private Set<String> files = Set.of();
        /** The files read by the checks kept, each set once: most pages' theme links read the same assets. */
        private final Map<Map<String, Boolean>, Map<String, Boolean>> filesRead = new HashMap<>();
    }

    /**
     * The site's pages as a link check finds them (their output paths, URLs and source files, in order) and
     * where it is served: the same in two checks, a page's links read the same of them. Lists, not sets:
     * comparing them is one pass over mostly the same strings, and a change of order only costs a full check.
     */
    private record World(String basePath, List<String> paths, List<String> urls, List<String> sources) {
        /** Whether these are the pages of this world (one pass, nothing made). */
        boolean holds(String basePath, List<OutputPage> pages) {
            if (!basePath.equals(this.basePath) || pages.size() != paths.size()) return false;
            for (int i = 0; i < pages.size(); i++) {
                OutputPage p = pages.get(i);
                String source = p.source() == null ? null : p.source().source().displayPath();
                if (!p.path().equals(paths.get(i)) || !p.url().equals(urls.get(i))
                        || !java.util.Objects.equals(source, sources.get(i))) {
                    return false;
                }
            }
            return true;
        }

        static World of(String basePath, List<OutputPage> pages) {
            List<String> paths = new ArrayList<>(pages.size());
            List<String> urls = new ArrayList<>(pages.size());
            List<String> sources = new ArrayList<>(pages.size());
            for (OutputPage p : pages) {
                paths.add(p.path());
                urls.add(p.url());
                sources.add(p.source() == null ? null : p.source().source().displayPath());
            }
            return new World(basePath, paths, urls, sources);
        }
    }

    /**
     * A page's ids and theme links, made from its records ({@code around}, {@code body}: the records, or
     * the HTML of a page not recorded).
     */
    private record Facts(Object around, Object body, Set<String> ids, List<String> hrefs) {}

    /** The problems of one page's theme links, and what finding them read. */
    private record ThemeCheck(Facts facts, Reads reads, List<Diagnostic> problems) {}

    /** The broken links among a page's Markdown links, and what finding them read. */
    private record LinkCheck(List<LinkRef> links, Reads reads, List<BrokenLink> broken) {}

    /** What a link's {@code #fragment} was checked against: the ids of the page it leads into, and its title. */
    private record Target(Set<String> ids, String title) {}

    /**
     * What the check of one page's links read besides the pages: whether paths are published files, the ids
     * and titles of pages by URL, and (for a suggestion) every published file.
     */
    private record Reads(Map<String, Boolean> files, Map<String, Target> targets, boolean allFiles) {}

    /** {@link Reads} as a page's links are checked. */
    private static final class Reading {
        final Map<String, Boolean> files = new HashMap<>();
        final Map<String, Target> targets = new HashMap<>();
        boolean allFiles;

        boolean published(Set<String> published, String path) {
            boolean is = published.contains(path);
            files.put(path, is);
            return is;
        }

        Set<String> ids(String url, Map<String, Set<String>> ids, Map<String, OutputPage> byUrl) {
            Set<String> of = ids.getOrDefault(url, Set.of());
            targets.put(url, new Target(of, titleOf(byUrl.get(url))));
            return of;
        }

        Reads done(Memory memory) {
            return new Reads(memory.filesRead.computeIfAbsent(Map.copyOf(files), f -> f), Map.copyOf(targets), allFiles);
        }
    }

    /** The site as this check finds it, to tell whether what an earlier check read is still so. */
    private static final class Now {
        final Set<String> files;
        final Map<String, Set<String>> ids;
        final Map<String, OutputPage> byUrl;
        private final Set<String> filesBefore;
        private Boolean sameFiles;
        /** Whether the files a check read are still (not) published, by the set read (kept once, see Memory). */
        private final Map<Map<String, Boolean>, Boolean> filesStill = new java.util.IdentityHashMap<>();

        Now(Set<String> files, Set<String> filesBefore, Map<String, Set<String>> ids, Map<String, OutputPage> byUrl) {
            this.files = files;
            this.filesBefore = filesBefore;
            this.ids = ids;
            this.byUrl = byUrl;
        }

        boolean stillTrue(Reads reads) {
            if (reads.allFiles() && !sameFiles()) return false;
            if (!reads.files().isEmpty() && !filesStill.computeIfAbsent(reads.files(), this::stillPublished)) {
                return false;
            }
            for (Map.Entry<String, Target> e : reads.targets().entrySet()) {
                Target t = e.getValue();
                if (!same(t.ids(), ids.getOrDefault(e.getKey(), Set.of()))) return false;
                if (!java.util.Objects.equals(t.title(), titleOf(byUrl.get(e.getKey())))) return false;
            }
            return true;
        }

        private boolean stillPublished(Map<String, Boolean> read) {
            for (Map.Entry<String, Boolean> f : read.entrySet()) {
                if (files.contains(f.getKey()) != f.getValue()) return false;
            }
            return true;
        }

        private boolean sameFiles() {
            if (sameFiles == null) sameFiles = files.equals(filesBefore);
            return sameFiles;
        }
    }

    /**
     * @param pages every page of the site
     * @param files every other file the site will hold (assets, images), as paths below the root
     */
    public void check(List<OutputPage> pages, Collection<String> files) {
        broken.clear();
        Map<String, OutputPage> byUrl = new HashMap<>();
        for (OutputPage p : pages) {
            OutputPage other = byUrl.putIfAbsent(p.url(), p);
            if (other != null) duplicate(other, p);
        }
        // A misspelt `title:` key was reported already: "page has no title" would only follow from it.
        Set<String> titleMisspelt = new HashSet<>();
        for (Diagnostic d : diagnostics.sorted()) {
            if (d.message().startsWith("unknown front matter key") && d.message().endsWith("did you mean `title`?")) {
                titleMisspelt.add(d.file());
            }
        }
        for (OutputPage p : pages) {
            if (p.source() != null && (p.source().title() == null || p.source().title().isBlank())
                    && !p.source().source().meta().unreadable() && !titleMisspelt.contains(p.source().source().displayPath())) {
                SourcePage s = p.source().source();
                diagnostics.error(s.displayPath(), 1, 1,
                        "page has no title: add `title:` to its front matter or start it with a `# Heading`");
            }
        }
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Facts> pageFacts = new HashMap<>();
        for (OutputPage p : pages) {
            Facts f = facts(p);
            ids.put(p.url(), f.ids());
            pageFacts.put(p.url(), f);
        }
        Set<String> fileSet = new HashSet<>(files);
        Now now = new Now(fileSet, memory.files, ids, byUrl);
        memory.files = fileSet;
        if (memory.world == null || !memory.world.holds(basePath, pages)) {
            // other pages, or elsewhere: every page's links are checked again
            memory.world = World.of(basePath, pages);
            memory.linkChecks.clear();
            memory.themeChecks.clear();
            memory.filesRead.clear();
            memory.facts.keySet().retainAll(pathsOf(pages));
        }
        // The same pages at the same paths: a page's entries are replaced where they are.
        for (OutputPage p : pages) {
            if (p.source() == null) continue;
            List<LinkRef> links = p.source().links();
            LinkCheck before = memory.linkChecks.get(p.path());
            LinkCheck check;
            if (before != null && same(before.links(), links) && now.stillTrue(before.reads())) {
                check = before;
            } else {
                Reading reading = new Reading();
                List<BrokenLink> found = new ArrayList<>();
                for (LinkRef link : links) checkLink(link, byUrl, ids, fileSet, found, reading);
                check = new LinkCheck(links, reading.done(memory), List.copyOf(found));
            }
            memory.linkChecks.put(p.path(), check);
            check.broken().forEach(this::report);
        }
        for (OutputPage p : pages) {
            Facts f = pageFacts.get(p.url());
            ThemeCheck before = memory.themeChecks.get(p.path());
            ThemeCheck check = before != null && before.facts() == f && now.stillTrue(before.reads())
                    ? before : checkThemeLinks(p, f, byUrl, ids, fileSet);
            memory.themeChecks.put(p.path(), check);
            diagnostics.addAll(check.problems());
        }
    }

    private static String titleOf(OutputPage page) {
        return page == null || page.source() == null ? null : page.source().title();
    }

    private static Set<String> pathsOf(List<OutputPage> pages) {
        Set<String> out = new HashSet<>();
        for (OutputPage p : pages) out.add(p.path());
        return out;
    }

    /** A page's ids and theme links, from memory when its records are the same. */
    private Facts facts(OutputPage p) {
        Object around = p.refs() != null ? p.refs() : PageRefs.NONE;
        Object body = p.source() == null || p.source().refs() == null ? PageRefs.NONE : p.source().refs();
        Facts known = memory.facts.get(p.path());
        if (known != null && same(known.around(), around) && same(known.body(), body)) return known;
        PageTargets t = targets(p);
        Facts f = new Facts(around, body, Set.copyOf(t.ids()), List.copyOf(t.themeLinks()));
        memory.facts.put(p.path(), f);
        return f;
    }

    private static boolean same(Object a, Object b) {
        return a == b || a.equals(b);
    }

    private ThemeCheck checkThemeLinks(OutputPage p, Facts f, Map<String, OutputPage> byUrl,
                                       Map<String, Set<String>> ids, Set<String> files) {
        Diagnostics found = new Diagnostics();
        Reading reading = new Reading();
        for (String href : f.hrefs()) checkThemeLink(p, href, byUrl, ids, files, found, reading);
        return new ThemeCheck(f, reading.done(memory), found.sorted());
    }

    /** A page's ids, and the links of its theme part (outside the Markdown body, whose links are checked by LinkRef). */
    record PageTargets(Set<String> ids, List<String> themeLinks) {}

    /** A page's ids and theme links, as recorded while it was written (no page is read back). */
    static PageTargets targets(OutputPage p) {
        PageRefs body = p.source() == null || p.source().refs() == null ? PageRefs.NONE : p.source().refs();
        PageRefs around = p.refs() == null ? PageRefs.NONE : p.refs(); // null only for a page made without records
        Set<String> ids = new HashSet<>(around.ids());
        ids.addAll(body.ids());
        List<String> hrefs = new ArrayList<>(around.targets().size());
        // a copy of a Markdown link (a Review answer's) is checked where it is written, as its LinkRef
        for (PageRefs.Target t : around.targets()) if (!t.copied()) hrefs.add(t.url());
        return new PageTargets(ids, hrefs);
    }

    private void duplicate(OutputPage first, OutputPage second) {
        String a = describe(first);
        String b = describe(second);
        String message = "two pages have the URL /" + first.url() + ": " + a + " and " + b
                + "; rename one of them";
        if (second.source() != null) diagnostics.error(second.source().source().displayPath(), 1, 1, message);
        else if (first.source() != null) diagnostics.error(first.source().source().displayPath(), 1, 1, message);
        else diagnostics.error(second.path(), 0, 0, message);
    }

    private static String describe(OutputPage p) {
        return p.source() == null ? "the generated page " + p.path() : p.source().source().displayPath();
    }

    /** Checks one Markdown link: a broken one goes into {@code found}, what it read of the site into {@code reading}. */
    private static void checkLink(LinkRef link, Map<String, OutputPage> byUrl, Map<String, Set<String>> ids,
                                  Set<String> files, List<BrokenLink> found, Reading reading) {
        if (link.targetPath() == null) return;
        if (link.targetIsSource()) {
            List<String> sources = byUrl.values().stream().filter(p -> p.source() != null)
                    .map(p -> p.source().source().sourcePath()).toList();
            String near = DidYouMean.closest(link.targetPath(), sources).orElse(null);
            brokenLink(found, link,
                    "broken link `" + link.href() + "`: there is no page " + link.targetPath() + didYouMean(near),
                    "key", "no-page", "target", link.targetPath(), "suggestion", near);
            return;
        }
        if (link.targetPath().equals("..")) {
            brokenLink(found, link,
                    "broken link `" + link.href() + "`: it leads outside the site", "key", "outside");
            return;
        }
        String pageUrl = pageUrl(link.targetPath(), byUrl);
        if (pageUrl == null) {
            if (!reading.published(files, link.targetPath())) {
                reading.allFiles = true; // the suggestion is one of them
                String near = DidYouMean.closest(link.targetPath(), published(byUrl, files)).orElse(null);
                brokenLink(found, link,
                        "broken link `" + link.href() + "`: nothing is published at /" + link.targetPath()
                                + didYouMean(near), "key", "unpublished", "target", link.targetPath(), "suggestion", near);
            }
            return;
        }
        String fragment = link.fragment();
        if (fragment == null || fragment.isEmpty()) return;
        Set<String> targetIds = reading.ids(pageUrl, ids, byUrl);
        if (!targetIds.contains(fragment) && !isTitleAnchor(byUrl.get(pageUrl), fragment)) {
            boolean here = pageUrl.equals(linkPageUrl(link, byUrl));
            String where = here ? "this page" : "/" + pageUrl;
            String near = DidYouMean.closest(fragment, targetIds).orElse(null);
            brokenLink(found, link,
                    "broken anchor `#" + fragment + "` in link `" + link.href() + "`: " + where
                            + " has no heading or element with that id"
                            + (near == null ? "" : "; did you mean `#" + near + "`?"),
                    "key", "anchor", "anchor", fragment, "page", here ? null : pageUrl, "suggestion", near);
        }
    }

    /** "; did you mean `dns/records.md`?" when a known target is a few edits away from the broken one. */
    private static String didYouMean(String near) {
        return near == null ? "" : "; did you mean `" + near + "`?";
    }

    private static List<String> published(Map<String, OutputPage> byUrl, Set<String> files) {
        List<String> out = new ArrayList<>(byUrl.keySet());
        out.addAll(files);
        return out;
    }

    /**
     * GitHub gives a README's title its own anchor ({@code README.md#widget}, a "back to top" link); here
     * the title is the page's h1 at its top, where such a link lands.
     */
    private static boolean isTitleAnchor(OutputPage target, String fragment) {
        return target != null && target.source() != null && target.source().title() != null
                && fragment.equals(dev.lectern.markdown.Slugger.slug(target.source().title()));
    }

    private static String linkPageUrl(LinkRef link, Map<String, OutputPage> byUrl) {
        for (OutputPage p : byUrl.values()) {
            if (p.source() != null && p.source().source().displayPath().equals(link.file())) return p.url();
        }
        return null;
    }

    /** The page URL a path names ({@code dns}, {@code dns/}, {@code dns/index.html}), or null. */
    private static String pageUrl(String path, Map<String, OutputPage> byUrl) {
        if (byUrl.containsKey(path)) return path;
        if (byUrl.containsKey(path + "/")) return path + "/";
        if (path.endsWith("index.html")) {
            String u = path.substring(0, path.length() - "index.html".length());
            if (byUrl.containsKey(u)) return u;
        }
        return null;
    }

    private void checkThemeLink(OutputPage page, String href, Map<String, OutputPage> byUrl,
                                Map<String, Set<String>> ids, Set<String> files, Diagnostics diagnostics,
                                Reading reading) {
        if (href.isEmpty() || dev.lectern.util.Href.isExternal(href)) return;
        dev.lectern.util.Href parsed = dev.lectern.util.Href.parse(href);
        String fragment = parsed.fragment();
        String path = parsed.path();
        String target;
        if (path.isEmpty()) target = page.url();
        else if (path.startsWith(basePath)) target = path.substring(basePath.length());
        else if (path.startsWith("/")) target = null;
        else target = dev.lectern.util.Urls.resolve(folderOf(page.path()), path);
        if (target == null) {
            diagnostics.error(page.path(), 0, 0, "theme link `" + href + "` leads outside the site");
            return;
        }
        String pageUrl = pageUrl(target, byUrl);
        if (pageUrl == null && !byUrl.containsKey(target)) {
            if (!reading.published(files, target) && !target.isEmpty() || (target.isEmpty() && !byUrl.containsKey(""))) {
                diagnostics.error(page.path(), 0, 0, "broken theme link `" + href + "`");
            }
            return;
        }
        if (pageUrl == null) pageUrl = target;
        if (fragment != null && !fragment.isEmpty()) {
            Set<String> targetIds = reading.ids(pageUrl, ids, byUrl);
            if (!targetIds.contains(fragment)) diagnostics.error(page.path(), 0, 0, "broken theme anchor `" + href + "`");
        }
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
