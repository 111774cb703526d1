package dev.lectern.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for URLs that leave the Markdown stage (page links and images, and so those of quiz
 * texts, review cards and every other inline Markdown): a link is relative, {@code #...},
 * {@code http:}, {@code https:}, {@code mailto:} or {@code tel:}; an image may also be a
 * {@code data:image/} of a raster type (not SVG, which can hold script). The scheme is read as a
 * browser would and more: after decoding HTML entities ({@code &#106;}, {@code &colon;}), without
 * whitespace and control characters, in any letter case. Anything else ({@code javascript:},
 * {@code vbscript:}, {@code data:text/html}, ...) is rendered inert and reported.
 */
public final class SafeUrls {
    private SafeUrls() {}

    /**
     * What an unsafe URL becomes while flexmark writes the page; the attribute that holds it is then
     * dropped ({@link #dropInert}), leaving {@code <a>text</a>} or {@code <img alt="...">}.
     */
    static final String INERT = "about:invalid#lectern-unsafe-url";

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern RASTER_DATA = Pattern.compile("^data:image/(png|jpeg|jpg|gif|webp)[;,]");

    /** Whether a link ({@code image == false}) or an image source may be published as written. */
    public static boolean isSafe(String url, boolean image) {
        String seen = asBrowserReads(url);
        Matcher m = SCHEME.matcher(seen);
        if (!m.find()) return true; // relative, "#...", "//host/..."
        String scheme = m.group(1);
        if ((image ? IMAGE_SCHEMES : LINK_SCHEMES).contains(scheme)) return true;
        return image && RASTER_DATA.matcher(seen).find();
    }

    /** The warning for an unsafe URL, with the URL shortened and its control characters shown as {@code ?}. */
    public static String warning(String url, boolean image) {
        Matcher m = SCHEME.matcher(asBrowserReads(url));
        String scheme = m.find() ? m.group(1) + ":" : "?";
        return image
                ? "unsafe image source `" + shown(url) + "` (scheme `" + scheme + "`): an image may only be relative, "
                        + "`http:`, `https:` or `data:image/` (png, jpeg, gif, webp); it is left without a source"
                : "unsafe link `" + shown(url) + "` (scheme `" + scheme + "`): a link may only be relative, `#...`, "
                        + "`http:`, `https:`, `mailto:` or `tel:`; it is shown as plain text";
    }

    /** Drops the attributes that hold {@link #INERT} from rendered HTML. */
    static String dropInert(String html) {
        if (!html.contains(INERT)) return html;
        return html.replace(" href=\"" + INERT + "\"", "").replace(" src=\"" + INERT + "\"", "");
    }

    /** Entities decoded, whitespace and control characters removed, lower case. */
    static String asBrowserReads(String url) {
        String decoded = org.jsoup.parser.Parser.unescapeEntities(url, false);
        StringBuilder s = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > ' ' && c != 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c)
                    && Character.getType(c) != Character.FORMAT) s.append(c);
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    private static String shown(String url) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < url.length() && s.length() < 60; i++) {
            char c = url.charAt(i);
            s.append(c < ' ' || c == 0x7f || c == '`' ? '?' : c);
        }
        return url.length() > 60 ? s + "..." : s.toString();
    }
}
