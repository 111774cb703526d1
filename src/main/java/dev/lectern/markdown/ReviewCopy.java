package dev.lectern.markdown;

import dev.lectern.util.Html;
import dev.lectern.util.Urls;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a Q&amp;A page's answers are copied onto the course's Review page ({@code review/}), recorded while the
 * page is made, never read back from its HTML: the changes ({@link Edit}s) that turn a stretch of the page's
 * body HTML into its copy. The Markdown stage records them as it writes the page (ids and the references to
 * them left out, links and images re-pointed so that they reach from {@code review/} what they reached from
 * the page, heading anchors and quizzes left out, a diagram as its block made it for the copy), the glossary
 * its marks (without their tooltip ids). Ids the copy keeps (a diagram's SVG symbols, which its {@code <use>}s
 * need) start with {@link #placeholder}, which becomes the card's own prefix, unique on the review page.
 *
 * @param edits in page order, none overlapping another
 * @param placeholder random per page (as {@link TextRecorder}'s marks), so no page can write it
 */
public record ReviewCopy(List<Edit> edits, String placeholder) {
    /** The Review page's URL. */
    public static final String URL = "review/";

    public ReviewCopy {
        edits = List.copyOf(edits);
    }

    /**
     * In the copy, {@code html.substring(start, end)} of the page's body becomes {@code review}, which links to
     * {@code targets} (URLs as written, decoded, from {@code review/}) and defines {@code ids}.
     */
    public record Edit(int start, int end, String review, List<PageRefs.Target> targets, Set<String> ids) {
        public Edit {
            targets = List.copyOf(targets);
            ids = Set.copyOf(ids);
        }
    }

    /** A copy: its HTML, and the ids it defines and its link targets, in order. */
    public record Copy(String html, PageRefs refs) {}

    /**
     * The copy of {@code html.substring(from, to)} (white space around it left out), with the card's {@code prefix}
     * in place of the {@link #placeholder}.
     */
    public Copy copy(String html, int from, int to, String prefix) {
        while (from < to && Character.isWhitespace(html.charAt(from))) from++;
        while (to > from && Character.isWhitespace(html.charAt(to - 1))) to--;
        StringBuilder out = new StringBuilder(to - from);
        Set<String> ids = new HashSet<>();
        List<PageRefs.Target> targets = new ArrayList<>();
        int done = from;
        for (Edit e : edits) {
            if (e.start() < from || e.end() > to) continue;
            out.append(html, done, e.start()).append(prefixed(e.review(), prefix));
            for (String id : e.ids()) ids.add(prefixed(id, prefix));
            targets.addAll(e.targets());
            done = e.end();
        }
        out.append(html, done, to);
        return new Copy(out.toString(), new PageRefs(ids, targets));
    }

    private String prefixed(String s, String prefix) {
        return placeholder.isEmpty() ? s : s.replace(placeholder, prefix);
    }

    /** No edits: a copy as the page has it. */
    public static final ReviewCopy NONE = new ReviewCopy(List.of(), "");

    /** These edits after text was inserted into the body HTML ({@link PageText#shifted}). */
    ReviewCopy shifted(List<int[]> insertions) {
        List<Edit> moved = new ArrayList<>(edits.size());
        for (Edit e : edits) {
            moved.add(new Edit(PageText.moved(e.start(), insertions), PageText.moved(e.end(), insertions), e.review(),
                    e.targets(), e.ids()));
        }
        return new ReviewCopy(moved, placeholder);
    }

    /** These edits and {@code more} (of the body after {@link #shifted}), in page order. */
    public ReviewCopy with(List<Edit> more) {
        if (more.isEmpty()) return this;
        List<Edit> all = new ArrayList<>(edits);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Edit::start));
        return new ReviewCopy(all, placeholder);
    }

    /**
     * A link or image source {@code url} (as written, decoded) of the page at {@code pageUrl}, as the copy writes it
     * (escaped); {@code markdown}: of a Markdown link or image, whose {@link LinkRef} the check reads
     * ({@link PageRefs.Target#copied}).
     */
    static Edit link(String tag, String url, String pageUrl, boolean markdown) {
        String to = repoint(url, pageUrl);
        return new Edit(0, 0, Html.escape(to), List.of(new PageRefs.Target(tag, to, -1, markdown)), Set.of());
    }

    /**
     * A URL of the page at {@code pageUrl} as it is written on the review page, so that it reaches what it reached:
     * relative ones re-pointed (one with only a fragment leads to the page), others as they are.
     */
    public static String repoint(String href, String pageUrl) {
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || href.startsWith("//") || href.startsWith("/")) return href;
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        String folder = pageUrl.replaceAll("/+$", "");
        String target = path.isEmpty() ? pageUrl : Urls.resolve(folder, path);
        if (target == null) return href;
        return Urls.relative(URL, target) + fragment;
    }
}
