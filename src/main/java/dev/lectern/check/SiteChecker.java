package dev.lectern.check;

import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.LinkRef;
import dev.lectern.render.OutputPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fourth stage: checks the finished site before anything is written. Every internal link and
 * {@code #fragment} must resolve (Markdown links are reported at their source line), no two pages
 * may share a URL, every page needs a title.
 */
public final class SiteChecker {
    private final Diagnostics diagnostics;
    private final String basePath;

    public SiteChecker(Diagnostics diagnostics, String basePath) {
        this.diagnostics = diagnostics;
        this.basePath = basePath;
    }

    /**
     * @param pages every page of the site
     * @param files every other file the site will hold (assets, images), as paths below the root
     */
    public void check(List<OutputPage> pages, Collection<String> files) {
        Map<String, OutputPage> byUrl = new HashMap<>();
        for (OutputPage p : pages) {
            OutputPage other = byUrl.putIfAbsent(p.url(), p);
            if (other != null) duplicate(other, p);
        }
        for (OutputPage p : pages) {
            if (p.source() != null && (p.source().title() == null || p.source().title().isBlank())
                    && !p.source().source().meta().unreadable()) {
                SourcePage s = p.source().source();
                diagnostics.error(s.displayPath(), 1, 1,
                        "page has no title: add `title:` to its front matter or start it with a `# Heading`");
            }
        }
        Map<String, Set<String>> ids = new ConcurrentHashMap<>();
        Map<String, List<String>> themeLinks = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(p -> {
            Document doc = Jsoup.parse(p.html());
            Set<String> pageIds = new HashSet<>();
            for (Element e : doc.select("[id]")) pageIds.add(e.id());
            ids.put(p.url(), pageIds);
            List<String> hrefs = new ArrayList<>();
            for (Element a : doc.select("a[href], link[href], script[src], img[src]")) {
                if (p.source() != null && a.closest(".page-body") != null) continue;
                hrefs.add(a.hasAttr("href") ? a.attr("href") : a.attr("src"));
            }
            themeLinks.put(p.url(), hrefs);
        });
        Set<String> fileSet = new HashSet<>(files);
        for (OutputPage p : pages) {
            if (p.source() == null) continue;
            for (LinkRef link : p.source().links()) checkLink(link, byUrl, ids, fileSet);
        }
        for (OutputPage p : pages) {
            for (String href : themeLinks.getOrDefault(p.url(), List.of())) checkThemeLink(p, href, byUrl, ids, fileSet);
        }
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

    private void checkLink(LinkRef link, Map<String, OutputPage> byUrl, Map<String, Set<String>> ids,
                           Set<String> files) {
        if (link.targetPath() == null) return;
        if (link.targetIsSource()) {
            diagnostics.error(link.file(), link.line(), link.column(),
                    "broken link `" + link.href() + "`: there is no page " + link.targetPath());
            return;
        }
        if (link.targetPath().equals("..")) {
            diagnostics.error(link.file(), link.line(), link.column(),
                    "broken link `" + link.href() + "`: it leads outside the site");
            return;
        }
        String pageUrl = pageUrl(link.targetPath(), byUrl);
        if (pageUrl == null) {
            if (!files.contains(link.targetPath())) {
                diagnostics.error(link.file(), link.line(), link.column(),
                        "broken link `" + link.href() + "`: nothing is published at /" + link.targetPath());
            }
            return;
        }
        String fragment = link.fragment();
        if (fragment != null && !fragment.isEmpty() && !ids.getOrDefault(pageUrl, Set.of()).contains(fragment)) {
            String where = pageUrl.equals(linkPageUrl(link, byUrl)) ? "this page" : "/" + pageUrl;
            diagnostics.error(link.file(), link.line(), link.column(),
                    "broken anchor `#" + fragment + "` in link `" + link.href() + "`: " + where
                            + " has no heading or element with that id");
        }
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
                                Map<String, Set<String>> ids, Set<String> files) {
        if (href.isEmpty() || dev.lectern.content.Href.isExternal(href)) return;
        dev.lectern.content.Href parsed = dev.lectern.content.Href.parse(href);
        String fragment = parsed.fragment();
        String path = parsed.path();
        String target;
        if (path.isEmpty()) target = page.url();
        else if (path.startsWith(basePath)) target = path.substring(basePath.length());
        else if (path.startsWith("/")) target = null;
        else target = dev.lectern.content.Urls.resolve(folderOf(page.path()), path);
        if (target == null) {
            diagnostics.error(page.path(), 0, 0, "theme link `" + href + "` leads outside the site");
            return;
        }
        String pageUrl = pageUrl(target, byUrl);
        if (pageUrl == null && !byUrl.containsKey(target)) {
            if (!files.contains(target) && !target.isEmpty() || (target.isEmpty() && !byUrl.containsKey(""))) {
                diagnostics.error(page.path(), 0, 0, "broken theme link `" + href + "`");
            }
            return;
        }
        if (pageUrl == null) pageUrl = target;
        if (fragment != null && !fragment.isEmpty() && !ids.getOrDefault(pageUrl, Set.of()).contains(fragment)) {
            diagnostics.error(page.path(), 0, 0, "broken theme anchor `" + href + "`");
        }
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
