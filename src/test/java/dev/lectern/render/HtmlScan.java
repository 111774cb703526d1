package dev.lectern.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the check stage needs from a finished page, read from its HTML: every {@code id}, and the
 * targets of {@code a[href]}, {@code link[href]}, {@code script[src]} and {@code img[src]} with the
 * offsets of their tags. The markup is read by {@link TemplateText}, the reader that records a
 * template's literal text while it is written, here over a whole page in one piece: one reader of
 * HTML attributes in the project.
 *
 * <p>The check works from what was recorded while each page was written ({@code PageRefs}) and reads
 * no page; this scan is the reference the records are tested against ({@code RecordedRefsTest}), and
 * it gives the same ids and links as jsoup on the pages Lectern writes and on tricky HTML
 * ({@code HtmlScanTest} compares the two).
 */
public final class HtmlScan {
    /** A link target and the offset of its tag in the page. */
    public record Ref(String target, int offset) {}

    private final Set<String> ids = new HashSet<>();
    private final List<Ref> refs = new ArrayList<>();

    private HtmlScan() {}

    /** Scans a page. */
    public static HtmlScan of(String html) {
        HtmlScan s = new HtmlScan();
        String tag = null;
        int at = -1;
        String attribute = null;
        StringBuilder value = null;
        String id = null;
        String href = null;
        String src = null;
        for (TemplateText.Event e : TemplateText.scan(html, TemplateText.State.TEXT).events()) {
            switch (e.kind()) {
                case TAG -> {
                    tag = e.text();
                    at = e.offset();
                    id = null;
                    href = null;
                    src = null;
                }
                case ATTRIBUTE -> {
                    attribute = e.text();
                    value = new StringBuilder();
                }
                case VALUE -> value.append(e.text());
                case END_ATTRIBUTE -> {
                    // the first of repeated attributes counts
                    String v = value.toString();
                    switch (attribute) {
                        case "id" -> id = id == null ? v : id;
                        case "href" -> href = href == null ? v : href;
                        case "src" -> src = src == null ? v : src;
                        default -> { }
                    }
                }
                case CLOSE -> {
                    if (id != null) s.ids.add(id);
                    String target = switch (tag) {
                        case "a", "link" -> href;
                        case "script", "img" -> src;
                        default -> null;
                    };
                    if (target != null) s.refs.add(new Ref(target, at));
                }
            }
        }
        return s;
    }

    public Set<String> ids() {
        return ids;
    }

    public List<Ref> refs() {
        return refs;
    }
}
