package dev.lectern.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the check stage needs from a finished page, read in one pass over its HTML without building
 * a tree: every {@code id}, and the targets of {@code a[href]}, {@code link[href]},
 * {@code script[src]} and {@code img[src]} with their offsets. Tags inside comments and inside the
 * text of {@code script}, {@code style}, {@code title} and {@code textarea} are not tags, as in a
 * browser. Attribute values may be double-, single- or un-quoted; character references in them
 * are decoded (the named ones Lectern and jte write, and every numeric one).
 *
 * <p>The check works from what was recorded while each page was written ({@code PageRefs}) and reads
 * no page; this scan, which the check used before, is the reference the records are tested against
 * ({@link RecordedRefsTest}). It gives the same ids and links as jsoup on the pages Lectern writes
 * ({@link HtmlScanTest} compares the two).
 */
public final class HtmlScan {
    /** A link target and the offset of its tag in the page. */
    public record Ref(String target, int offset) {}

    private final String html;
    private final int length;
    private int pos;
    private final Set<String> ids = new HashSet<>();
    private final List<Ref> refs = new ArrayList<>();

    private HtmlScan(String html) {
        this.html = html;
        this.length = html.length();
    }

    /** Scans a page. */
    public static HtmlScan of(String html) {
        HtmlScan s = new HtmlScan(html);
        s.run();
        return s;
    }

    public Set<String> ids() {
        return ids;
    }

    public List<Ref> refs() {
        return refs;
    }

    private void run() {
        while (true) {
            int lt = html.indexOf('<', pos);
            if (lt < 0 || lt + 1 >= length) return;
            char c = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                pos = end < 0 ? length : end + 3;
            } else if (c == '!' || c == '?' || c == '/') {
                int end = html.indexOf('>', lt + 2);
                pos = end < 0 ? length : end + 1;
            } else if (isAsciiLetter(c)) {
                pos = lt + 1;
                tag(lt);
            } else {
                pos = lt + 1;
            }
        }
    }

    private void tag(int start) {
        int nameStart = pos;
        while (pos < length && !isSpace(html.charAt(pos)) && html.charAt(pos) != '/' && html.charAt(pos) != '>') pos++;
        String name = html.substring(nameStart, pos).toLowerCase(Locale.ROOT);
        String id = null;
        String href = null;
        String src = null;
        Set<String> seen = new HashSet<>(4);
        while (pos < length) {
            char c = html.charAt(pos);
            if (isSpace(c) || c == '/') {
                pos++;
                continue;
            }
            if (c == '>') {
                pos++;
                break;
            }
            int attrStart = pos;
            pos++; // an attribute name may start with '=' or a quote; it ends at space, '/', '>' or '='
            while (pos < length && !isSpace(html.charAt(pos)) && "/>=".indexOf(html.charAt(pos)) < 0) pos++;
            String attr = html.substring(attrStart, pos).toLowerCase(Locale.ROOT);
            while (pos < length && isSpace(html.charAt(pos))) pos++;
            String value = "";
            if (pos < length && html.charAt(pos) == '=') {
                pos++;
                while (pos < length && isSpace(html.charAt(pos))) pos++;
                value = value();
            }
            if (!seen.add(attr)) continue; // the first of repeated attributes counts
            switch (attr) {
                case "id" -> id = value;
                case "href" -> href = value;
                case "src" -> src = value;
                default -> { }
            }
        }
        if (id != null) ids.add(id);
        boolean link = switch (name) {
            case "a", "link" -> href != null;
            case "script", "img" -> src != null;
            default -> false;
        };
        if (link) refs.add(new Ref(href != null ? href : src, start));
        if (name.equals("script") || name.equals("style") || name.equals("title") || name.equals("textarea")) {
            skipRawText(name);
        }
    }

    private String value() {
        if (pos >= length) return "";
        char q = html.charAt(pos);
        int start;
        int end;
        if (q == '"' || q == '\'') {
            start = pos + 1;
            end = html.indexOf(q, start);
            if (end < 0) end = length;
            pos = Math.min(length, end + 1);
        } else {
            start = pos;
            while (pos < length && !isSpace(html.charAt(pos)) && html.charAt(pos) != '>') pos++;
            end = pos;
        }
        return decode(html.substring(start, end));
    }

    /** Skips to the end tag of an element whose content is text ({@code </script>}). */
    private void skipRawText(String name) {
        int from = pos;
        while (true) {
            int close = html.indexOf("</", from);
            if (close < 0) {
                pos = length;
                return;
            }
            if (html.regionMatches(true, close + 2, name, 0, name.length())) {
                pos = close;
                return;
            }
            from = close + 2;
        }
    }

    /** Decodes character references in an attribute value. */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            out.append(s, i, amp);
            int semi = s.indexOf(';', amp);
            String ref = semi < 0 ? null : s.substring(amp + 1, semi);
            String decoded = ref == null ? null : reference(ref);
            if (decoded == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(decoded);
                i = semi + 1;
            }
            amp = s.indexOf('&', i);
        }
        return out.append(s, i, s.length()).toString();
    }

    private static String reference(String ref) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) return Character.toString(Integer.parseInt(ref.substring(2), 16));
            if (ref.startsWith("#")) return Character.toString(Integer.parseInt(ref.substring(1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> null;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
