package dev.lectern.util;

import java.util.regex.Pattern;

/**
 * A link target as written, split into path and {@code #fragment} (a {@code ?query} is dropped:
 * a static site has no use for it when resolving files).
 *
 * @param fragment without the {@code #}, or null when there is none
 */
public record Href(String path, String fragment) {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    public static Href parse(String href) {
        String fragment = null;
        String path = href;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        return new Href(path, fragment);
    }

    /** Links to other hosts ({@code https:}, {@code mailto:}, {@code //host}) are not the site's business. */
    public static boolean isExternal(String href) {
        return SCHEME.matcher(href).find() || href.startsWith("//");
    }
}
