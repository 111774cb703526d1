package dev.lectern.render;

import dev.lectern.content.Course;
import dev.lectern.content.Section;
import dev.lectern.content.SourcePage;
import dev.lectern.util.Urls;
import dev.lectern.markdown.PageRefs;
import dev.lectern.markdown.RenderedPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Third stage: puts each rendered page into the theme's templates, with the outline, breadcrumbs,
 * table of contents and previous/next links around it. Pure: returns files, writes nothing.
 */
public final class PageRenderer {
    /** Assets every page loads; blocks add their own. */
    static final List<String> BASE_STYLES = List.of("css/lectern.css");
    static final List<String> BASE_SCRIPTS = List.of("js/lectern.js");
    /** Layouts whose template has the "Mark as read" button (on pages without a quiz). */
    static final java.util.Set<String> MARK_READ = java.util.Set.of("page", "qa");

    private final Course course;
    private final Templates templates;
    private final SiteView site;
    private Outline outline;
    private final Map<String, List<Section>> ancestors = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();

    static final String TITLES = "partials/titles.jte";
    private final Map<String, String> titles = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, String> lastUpdated;
    private final Map<String, Integer> quizzesByUrl;

    public PageRenderer(Course course, Templates templates, SiteView site, Map<String, Integer> quizzesByUrl) {
        this(course, templates, site, quizzesByUrl, Map.of());
    }

    /** @param lastUpdated source path to the date of its last change ({@code GitDates}) */
    public PageRenderer(Course course, Templates templates, SiteView site, Map<String, Integer> quizzesByUrl,
                        Map<String, String> lastUpdated) {
        this.lastUpdated = lastUpdated;
        this.quizzesByUrl = quizzesByUrl;
        this.course = course;
        this.templates = templates;
        this.site = site;
        this.outline = new Outline(course.root(), course.pages().size(), quizzesByUrl, course.nav());
        indexAncestors(course.root(), new ArrayList<>());
        for (int i = 0; i < course.pages().size(); i++) positions.put(course.pages().get(i).url(), i);
    }

    private void indexAncestors(Section s, List<Section> chain) {
        List<Section> withThis = new ArrayList<>(chain);
        withThis.add(s);
        ancestors.put(s.url(), List.copyOf(chain));
        for (SourcePage p : s.pages()) ancestors.put(p.url(), List.copyOf(withThis));
        for (Section sub : s.sections()) indexAncestors(sub, withThis);
    }

    /**
     * Takes over the outline of the last build's renderer when it shows the same titles, URLs, order
     * and quiz counts: its outlines are made already, and equal views then hold the same lists.
     */
    public void reuseOutline(PageRenderer last) {
        if (last == null) return;
        outline = outline.sameAs(last.outline);
        // the same outline written by the same templates: the same section lists
        if (outline == last.outline && templates == last.templates) outlineFiles = last.outlineFiles;
    }

    /**
     * For one build, which renders each page once ({@code lectern build}): the outline of each page is made
     * for it and not kept (a session's renderer keeps them for the next build, see {@link #reuseOutline}).
     */
    public PageRenderer keepNoOutlines() {
        outline.keepNone();
        return this;
    }

    /**
     * The lists of pages a large site's top-level sections write from their {@link Outline#FILE}, by the
     * file's path, as the theme's outline partial writes them; empty for a small site, or when the
     * theme's outline partial does not take the built-in one's list.
     */
    public java.util.SortedMap<String, String> outlineFiles() {
        java.util.SortedMap<String, String> known = outlineFiles;
        if (known != null) return known;
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        for (Map.Entry<String, List<NavItem>> e : outline.sectionLists().entrySet()) {
            try {
                out.put(e.getKey(), templates.render(OUTLINE, e.getValue()).strip());
            } catch (gg.jte.TemplateException | ClassCastException ex) {
                out.clear(); // a theme's own outline: it writes its lists in the page
                break;
            }
        }
        known = java.util.Collections.unmodifiableSortedMap(out);
        outlineFiles = known;
        return known;
    }

    /**
     * What {@link #outlineFiles()} returned, made once: a renderer that takes over the last one's outline with
     * the same templates takes over these too (the same map, so a generator can tell it is unchanged).
     */
    private volatile java.util.SortedMap<String, String> outlineFiles;

    static final String OUTLINE = "partials/outline.jte";

    /** Renders one page of the course. */
    public OutputPage render(RenderedPage page) {
        return output(page, recorded(input(page)));
    }

    /**
     * What a page's template is given: the template and the view. The page's HTML depends on nothing
     * else (see {@link #html}), so a build that keeps HTML between builds keys it by this.
     */
    public record Input(Templates templates, String template, PageView view) {}

    /** The template and view of one page of the course. */
    public Input input(RenderedPage page) {
        SourcePage src = page.source();
        String url = src.url();
        String layout = layout(page);
        String body = body(page);
        PageView view = view(url, layout, page.title(), src.meta().description(), body, page,
                false, src.sectionIndex() ? children(url) : List.of());
        return new Input(templates, layout + ".jte", view);
    }

    private String layout(RenderedPage page) {
        return templates.exists(page.source().layout() + ".jte") ? page.source().layout() : "page";
    }

    /** A page's body as its template is given it (a Q&amp;A page's in cards). */
    public String body(RenderedPage page) {
        return layout(page).equals("qa") ? QaCards.wrap(page, templates.partials()) : page.bodyHtml();
    }

    /** A page's HTML: its template run on its view. */
    public static String html(Input input) {
        return recorded(input).html();
    }

    /** A page's HTML with the ids and link targets its template wrote around the body, recorded while writing. */
    public static Templates.Recorded recorded(Input input) {
        return input.templates().renderRecorded(input.template(), input.view(), FooterText::refs);
    }

    /** The output file of a page of the course with this HTML. */
    public static OutputPage output(RenderedPage page, String html) {
        return new OutputPage(Urls.outputFile(page.source().url()), page.source().url(), html, page);
    }

    /**
     * The output file of a page of the course, rendered with records. HTML a theme writes with
     * {@code $unsafe{...}} from a value whose records nobody told (only a theme of one's own can) is not in
     * them, only where it was written ({@link PageRefs#unrecorded()}, which the build warns about): the
     * check sees what was recorded and reads no page.
     */
    public static OutputPage output(RenderedPage page, Templates.Recorded r) {
        return new OutputPage(Urls.outputFile(page.source().url()), page.source().url(), r.html(), page,
                r.refs(), r.bodyAt(), r.bodyLength());
    }

    /** HTML from one of the theme's partials, escaped as the Markdown's (see {@link Templates#partials()}). */
    public String renderPartial(String template, Object model) {
        return renderPartial(template, model, html -> null);
    }

    /**
     * The same for a partial that writes HTML Java made as it is ({@code $unsafe{...}}: the review page's
     * answers), whose ids and link targets its maker hands over ({@code made}, by the HTML); they are
     * recorded where the partial writes it, in page order with its own.
     */
    public String renderPartial(String template, Object model, Function<String, PageRefs> made) {
        Templates.Recorded r = templates.renderPartialRecorded(template, model, made);
        String html = r.html();
        synchronized (partialRefs) {
            partialRefs.put(html, r.refs());
        }
        return html;
    }

    /**
     * The records of the HTML {@link #renderPartial} returned, by identity: a generated page whose body is
     * that very string has them. Every generated page's body is one of these (or empty).
     */
    private final Map<String, PageRefs> partialRefs = new java.util.IdentityHashMap<>();

    /** A generated page's body's ids and link targets. */
    private PageRefs bodyRefs(String bodyHtml) {
        if (bodyHtml.isEmpty()) return PageRefs.NONE;
        synchronized (partialRefs) {
            PageRefs r = partialRefs.get(bodyHtml);
            if (r != null) return r;
        }
        throw new IllegalStateException("a generated page's body is made by renderPartial");
    }

    /**
     * A title the theme's {@code partials/titles.jte} gives as plain text: that of a page Lectern makes
     * ({@code progress}, {@code review}, {@code glossary}, {@code search}, {@code 404}) or the first
     * breadcrumb's ({@code home}).
     */
    public String title(String page) {
        return titles.computeIfAbsent(page, p -> renderPartial(TITLES, p).strip());
    }

    /**
     * Renders a page that has no Markdown source (404, review, progress ...). Its assets are a list, linked
     * in its order: the cascade depends on it, and so does a reproducible build.
     */
    public OutputPage renderGenerated(String template, String path, String url, String title, String bodyHtml,
                                      List<String> assets, boolean absoluteLinks) {
        PageView view = view(url, template.replace(".jte", ""), title, null, bodyHtml, null, absoluteLinks,
                List.of());
        if (!assets.isEmpty()) {
            List<String> styles = new ArrayList<>(view.stylesheets());
            List<String> scripts = new ArrayList<>(view.scripts());
            split(assets, styles, scripts, view);
            view = new PageView(view.site(), view.url(), view.layout(), view.title(), view.description(), view.body(),
                    view.toc(), view.breadcrumbs(), view.outline(), view.previous(), view.next(), view.children(),
                    List.copyOf(styles), List.copyOf(scripts), view.absoluteLinks(), view.editUrl(),
                    view.lastUpdated(), view.pageKey(), view.quizzes());
        }
        Templates.Recorded r = templates.renderRecorded(template, view, FooterText::refs);
        PageRefs body = bodyRefs(bodyHtml);
        java.util.Set<String> ids = new java.util.HashSet<>(r.refs().ids());
        ids.addAll(body.ids());
        List<PageRefs.Target> targets = new ArrayList<>();
        // in page order: the template's before the body, the body's, the template's after it
        for (PageRefs.Target t : r.refs().targets()) if (t.offset() < r.bodyAt()) targets.add(t);
        for (PageRefs.Target t : body.targets()) {
            targets.add(new PageRefs.Target(t.tag(), t.url(), t.offset() < 0 ? -1 : r.bodyAt() + t.offset(), t.copied()));
        }
        for (PageRefs.Target t : r.refs().targets()) if (t.offset() >= r.bodyAt()) targets.add(t);
        PageRefs refs = new PageRefs(ids, targets, r.refs().unrecorded());
        return new OutputPage(path, url, r.html(), null, refs, r.bodyAt(), r.bodyLength());
    }

    private PageView view(String url, String layout, String title, String description, String bodyHtml,
                          RenderedPage page, boolean absoluteLinks, List<Link> children) {
        Function<String, String> href = target -> absoluteLinks ? site.basePath() + target : Urls.relative(url, target);
        List<Link> crumbs = new ArrayList<>();
        for (Section s : ancestors.getOrDefault(url, List.of())) {
            crumbs.add(new Link(s.url().isEmpty() ? title("home") : s.title(), href.apply(s.url()), null));
        }
        Link previous = null;
        Link next = null;
        Integer pos = positions.get(url);
        if (pos != null && page != null) {
            if (pos > 0) previous = linkTo(course.pages().get(pos - 1), href);
            if (pos < course.pages().size() - 1) next = linkTo(course.pages().get(pos + 1), href);
        }
        List<String> styles = new ArrayList<>(BASE_STYLES);
        List<String> scripts = new ArrayList<>(BASE_SCRIPTS);
        if (page != null && !page.assets().isEmpty()) split(page.assets(), styles, scripts, null);
        // the home page's progress widget is drawn by progress.js; pages without a quiz have "Mark as read"
        if ("home".equals(layout) && !scripts.contains("js/progress.js")) scripts.add("js/progress.js");
        if (site.preview()) scripts.add(PreviewScript.ASSET);
        String content = bodyHtml;
        int quizzes = page == null ? 0 : quizzesByUrl.getOrDefault(page.source().url(), 0);
        if (page != null && quizzes == 0 && MARK_READ.contains(layout)) scripts.add("js/read.js");
        return new PageView(site, url, layout, title, description, new HtmlContent(content),
                page == null ? List.of() : page.headings(), crumbs, outline.forPage(url, absoluteLinks ? site.basePath() : null), previous, next,
                children, List.copyOf(styles), List.copyOf(scripts), absoluteLinks, editUrl(page),
                lastUpdated(page), Urls.pageKey(url), quizzes);
    }

    private static void split(Collection<String> assets, List<String> styles, List<String> scripts, PageView unused) {
        for (String a : new LinkedHashSet<>(assets)) {
            if (a.endsWith(".css") && !styles.contains(a)) styles.add(a);
            else if (a.endsWith(".js") && !scripts.contains(a)) scripts.add(a);
        }
    }

    private List<Link> children(String sectionUrl) {
        List<Link> out = new ArrayList<>();
        Function<String, String> href = target -> Urls.relative(sectionUrl, target);
        findSection(course.root(), sectionUrl).ifPresent(s -> {
            for (SourcePage p : s.pages()) out.add(new Link(p.title(), href.apply(p.url()), p.meta().description()));
            for (Section sub : s.sections()) {
                out.add(new Link(sub.title(), href.apply(sub.url()), sub.index().meta().description()));
            }
        });
        return out;
    }

    private static java.util.Optional<Section> findSection(Section s, String url) {
        if (s.url().equals(url)) return java.util.Optional.of(s);
        for (Section sub : s.sections()) {
            var found = findSection(sub, url);
            if (found.isPresent()) return found;
        }
        return java.util.Optional.empty();
    }

    private static Link linkTo(SourcePage p, Function<String, String> href) {
        return new Link(p.title(), href.apply(p.url()), p.meta().description());
    }

    private String editUrl(RenderedPage page) {
        String repo = site.config().repository();
        if (repo == null || repo.isBlank() || page == null || page.source().file() == null) return null;
        String path = site.config().editUri() != null ? site.config().editUri()
                : "edit/" + site.config().editBranch() + "/content/";
        return repo.replaceAll("/+$", "") + "/" + path + page.source().sourcePath();
    }

    /** "Last updated" needs the file's history, not its mtime (a fresh clone touches every file). */
    public String lastUpdated(RenderedPage page) {
        return page == null ? null : lastUpdated.get(page.source().sourcePath());
    }

    /** A page's body as the template gets it: HTML written as it is, compared by its text. */
    public record HtmlContent(String html) implements gg.jte.Content {
        @Override
        public void writeTo(gg.jte.TemplateOutput output) {
            output.writeContent(html);
        }
    }
}
