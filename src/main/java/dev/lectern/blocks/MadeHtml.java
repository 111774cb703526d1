package dev.lectern.blocks;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * HTML that Lectern's Java code makes and a template writes as it is ({@code $unsafe{...}}, such as a
 * diagram's SVG or a Review card's answer), with the ids it defines and the targets of its links, told
 * by its maker when it makes it: what records a page's ids cannot read from a template. Held only as
 * long as the HTML itself is.
 */
public final class MadeHtml {
    /** A link target of made HTML: the tag ({@code a}, {@code img} ...) and the URL as written. */
    public record Link(String tag, String url) {}

    private record Told(Set<String> ids, List<Link> links) {}

    private static final Map<String, Told> TOLD = Collections.synchronizedMap(new WeakHashMap<>());

    private MadeHtml() {}

    /** Tells that {@code html} defines these ids (and holds no link); returns it. */
    public static String withIds(String html, Set<String> ids) {
        return withRefs(html, ids, List.of());
    }

    /** Tells that {@code html} defines these ids and holds these link targets, in page order; returns it. */
    public static String withRefs(String html, Set<String> ids, List<Link> links) {
        TOLD.put(html, new Told(Set.copyOf(ids), List.copyOf(links)));
        return html;
    }

    /** The ids of HTML told with {@link #withIds} or {@link #withRefs}, or null. */
    public static Set<String> ids(String html) {
        Told t = TOLD.get(html);
        return t == null ? null : t.ids();
    }

    /** The link targets of HTML told with {@link #withRefs}, in page order, or null when not told. */
    public static List<Link> links(String html) {
        Told t = TOLD.get(html);
        return t == null ? null : t.links();
    }
}
