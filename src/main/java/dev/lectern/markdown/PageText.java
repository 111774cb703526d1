package dev.lectern.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the Markdown stage records about the text of a page's body HTML, so that later stages need
 * not read the HTML back: the text runs the glossary may mark, the sections search indexes, where
 * each heading sits in the HTML, the text the glossary counts as using a term, and the plain text of
 * the inline Markdown rendered for the page's blocks.
 *
 * <p>A page with raw HTML ({@code raw_html: true} and HTML in its Markdown) has its text structure
 * decided by that HTML, which is not ours: its runs and sections are not recorded ({@link #recorded()}
 * is false) and the glossary and search read that page's HTML instead. Heading spans are always recorded.
 *
 * @param runs the text the glossary may mark, in page order: character data between two tags, outside
 *        code, headings, links and the other places the glossary leaves alone
 * @param sections the page's sections at its {@code ##} and {@code ###} headings (the first one, before any
 *        heading, with an empty id and heading, always there), each with its plain text; quiz and diagram blocks
 *        left out
 * @param headingSpans every heading of the page with an id, in page order, with where it starts
 *        ({@code <h2}) and ends (after {@code </h2>}) in the body HTML
 * @param allText every word of the page a reader sees, headings, code and blocks included (whitespace
 *        collapsed): the glossary counts a term used when it occurs here
 * @param inlineText the plain text of each piece of inline Markdown rendered for a block (a quiz
 *        question, ...), by its Markdown
 * @param review how the page's answers are copied onto the Review page (a Q&amp;A page's); null for other pages
 */
public record PageText(List<Run> runs, List<Section> sections, List<HeadingSpan> headingSpans, String allText,
                       Map<String, String> inlineText, ReviewCopy review) {

    /** Text of the body HTML from {@code start} to {@code end} (as written there, escaped), and that text unescaped. */
    public record Run(int start, int end, String text) {
        /** Where character {@code index} of {@link #text} (or its end) is in the body HTML {@code html}. */
        public int htmlOffset(String html, int index) {
            return TextRecorder.htmlOffset(html, this, index);
        }

        /** The run of {@code html} from {@code start} to {@code end}, with its text. */
        public static Run of(String html, int start, int end) {
            return new Run(start, end, TextRecorder.unescape(html, start, end));
        }
    }

    /** A section: its heading's id and text (both empty for the part before the first heading) and its plain text. */
    public record Section(String headingId, String heading, String text) {}

    /** Where a heading is in the body HTML: {@code html.substring(start, end)} is {@code <hN ...>...</hN>}. */
    public record HeadingSpan(String id, int level, int start, int end) {}

    public static final PageText EMPTY = new PageText(List.of(), List.of(), List.of(), "", Map.of(), null);

    /** A page's text without a review copy. */
    public PageText(List<Run> runs, List<Section> sections, List<HeadingSpan> headingSpans, String allText,
                    Map<String, String> inlineText) {
        this(runs, sections, headingSpans, allText, inlineText, null);
    }

    /** Whether runs and sections were recorded (false for a page with raw HTML). */
    public boolean recorded() {
        return runs != null;
    }

    /**
     * This record after text was inserted into the body HTML: {@code insertions} holds pairs of the offset in the
     * old HTML and how many characters longer the HTML became there, in increasing order of offset. Runs are
     * dropped (the text they describe has changed); spans and the review copy's edits move.
     */
    public PageText shifted(List<int[]> insertions) {
        if (insertions.isEmpty()) return this;
        List<HeadingSpan> spans = new ArrayList<>(headingSpans.size());
        for (HeadingSpan s : headingSpans) {
            spans.add(new HeadingSpan(s.id(), s.level(), moved(s.start(), insertions), moved(s.end(), insertions)));
        }
        return new PageText(runs == null ? null : List.of(), sections, List.copyOf(spans), allText, inlineText,
                review == null ? null : review.shifted(insertions));
    }

    /** This record with these review edits added ({@link ReviewCopy#with}); as it is for a page without a review copy. */
    public PageText withReviewEdits(List<ReviewCopy.Edit> more) {
        if (review == null || more.isEmpty()) return this;
        return new PageText(runs, sections, headingSpans, allText, inlineText, review.with(more));
    }

    static int moved(int offset, List<int[]> insertions) {
        int delta = 0;
        for (int[] i : insertions) {
            if (i[0] > offset) break;
            delta += i[1];
        }
        return offset + delta;
    }
}
