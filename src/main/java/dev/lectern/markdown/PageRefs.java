package dev.lectern.markdown;

import java.util.List;
import java.util.Set;

/**
 * What a part of a page defines and where it points, recorded while it was written (never read back
 * from its HTML): the {@code id}s it defines and the targets of its {@code a}/{@code link} hrefs and
 * {@code script}/{@code img} srcs. For a page's Markdown body these are the links that are not
 * Markdown links (those are {@link LinkRef}s): heading anchors, footnotes, raw HTML, blocks, glossary
 * marks; for the theme's part of a page ({@code render.RecordingOutput}) every link it writes.
 *
 * @param targets in the order written; {@code offset} is where the tag starts in the HTML it was
 *     recorded for, or -1 where unknown
 * @param unrecorded the places of the theme's templates that wrote HTML into this part whose ids and
 *     links nobody recorded ({@code $unsafe{...}} of a value Lectern did not make), in the order written
 */
public record PageRefs(Set<String> ids, List<Target> targets, List<Unrecorded> unrecorded) {
    public static final PageRefs NONE = new PageRefs(Set.of(), List.of());

    /**
     * A link target: the tag ({@code a}, {@code link}, {@code script}, {@code img}) and its URL as written, decoded.
     * {@code copied}: a Review page answer's copy of a Markdown link or image, which the check reports where it is
     * written (its {@link LinkRef}, at file:line:col), not on the Review page; with {@code links: warn} the copy of a
     * broken one is text, as on its page.
     */
    public record Target(String tag, String url, int offset, boolean copied) {
        public Target(String tag, String url, int offset) {
            this(tag, url, offset, false);
        }
    }

    /** A template ({@code partials/footer.jte}) and its line (from 1; 0 when not known). */
    public record Unrecorded(String template, int line) {}

    public PageRefs {
        ids = Set.copyOf(ids);
        targets = List.copyOf(targets);
        unrecorded = List.copyOf(unrecorded);
    }

    /** A part whose HTML was all recorded. */
    public PageRefs(Set<String> ids, List<Target> targets) {
        this(ids, targets, List.of());
    }
}
