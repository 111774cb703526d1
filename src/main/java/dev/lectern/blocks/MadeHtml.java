package dev.lectern.blocks;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * HTML that Lectern's Java code makes and a template writes as it is ({@code $unsafe{...}}, such as a
 * diagram's SVG), with the ids it defines, told by its maker when it makes it: what records a page's
 * ids cannot read from a template. Held only as long as the HTML itself is.
 */
public final class MadeHtml {
    private static final Map<String, Set<String>> IDS = Collections.synchronizedMap(new WeakHashMap<>());

    private MadeHtml() {}

    /** Tells that {@code html} defines these ids (and holds no link); returns it. */
    public static String withIds(String html, Set<String> ids) {
        IDS.put(html, Set.copyOf(ids));
        return html;
    }

    /** The ids of HTML told with {@link #withIds}, or null. */
    public static Set<String> ids(String html) {
        return IDS.get(html);
    }
}
