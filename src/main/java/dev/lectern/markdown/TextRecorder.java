package dev.lectern.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the Markdown stage records a page's text ({@link PageText}) while flexmark writes its HTML.
 *
 * <p>Offsets: while rendering, {@link LecternNodeRenderer} writes marks into the HTML ({@link #mark}, holding
 * a random nonce no page can know): around the text the glossary may mark and around each heading. {@link #strip} takes the
 * marks out again, noting where they were; the HTML is then byte for byte what it would have been.
 *
 * <p>Plain text (sections, the words of a page): from the syntax tree, as a reader sees the rendered page,
 * with block boundaries as spaces and whitespace collapsed as a browser does.
 */
final class TextRecorder {
    private TextRecorder() {}

    /**
     * A mark is {@link #MARK}, the page's nonce ({@link #nonce}) and one of these letters. The nonce is random
     * per page, so no page can write a mark (a page may well hold U+0001 itself); all of it is Latin-1, so the
     * page's HTML stays a compact string while it is written (a character above U+00FF would make every
     * buffer of it twice as large and slower).
     */
    static final char MARK = '\u0001';
    static final char OPEN = 'o';
    static final char CLOSE = 'c';
    static final char HEADING = 'h';
    static final char HEADING_END = 'e';
    /** Around HTML that the review copy changes ({@link ReviewCopy}): the next of the page's {@link Pending} edits. */
    static final char EDIT = 'r';
    static final char EDIT_END = 's';
    /** In place of the next of the page's texts written apart ({@link PageState#textsWritten}, {@link Chars#render}). */
    static final char TEXT = 't';
    private static final int NONCE = 12;

    /** A new nonce: {@value #NONCE} random letters. */
    static String nonce() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        char[] c = new char[NONCE];
        for (int i = 0; i < NONCE; i++) c[i] = (char) ('a' + r.nextInt(26));
        return new String(c);
    }

    /** The mark of {@code kind} for a page with {@code nonce}. */
    static String mark(String nonce, char kind) {
        return MARK + nonce + kind;
    }

    /** HTML without its marks, the runs, heading spans and review edits the marks showed. */
    record Stripped(String html, List<PageText.Run> runs, List<PageText.HeadingSpan> spans, List<ReviewCopy.Edit> edits) {}

    /**
     * A change of the review copy, written between {@link #EDIT} marks, its place not yet known: the copy writes
     * {@code edit} in place of what lies between the marks and {@code before} characters before them and
     * {@code after} after them (an attribute's name and quotes around its value, when the copy leaves the
     * attribute out).
     */
    record Pending(ReviewCopy.Edit edit, int before, int after) {}

    /** {@code headings}: the id and level of each heading rendered with marks, in the order rendered. */
    static Stripped strip(String marked, String nonce, List<PageText.HeadingSpan> headings) {
        return strip(marked, nonce, headings, List.of());
    }

    /** The same, with the review edits written between marks ({@code pending}, in the order written). */
    static Stripped strip(String marked, String nonce, List<PageText.HeadingSpan> headings, List<Pending> pending) {
        return strip(marked, nonce, headings, pending, List.of(), 0);
    }

    /** The same, with the texts written apart ({@code texts}, in the order written, {@code textsLength} characters in all). */
    static Stripped strip(String marked, String nonce, List<PageText.HeadingSpan> headings, List<Pending> pending,
                          List<String> texts, int textsLength) {
        StringBuilder html = new StringBuilder(marked.length() + textsLength);
        int text = 0;
        List<PageText.Run> runs = new ArrayList<>();
        List<PageText.HeadingSpan> spans = new ArrayList<>();
        int runStart = -1;
        int headingStart = -1;
        int editStart = -1;
        List<ReviewCopy.Edit> edits = new ArrayList<>();
        int from = 0;
        for (int i = marked.indexOf(MARK); i >= 0; i = marked.indexOf(MARK, i + 1)) {
            int kind = i + 1 + NONCE;
            if (kind >= marked.length() || !marked.startsWith(nonce, i + 1)) continue; // the page's own U+0001
            char c = marked.charAt(kind);
            html.append(marked, from, i);
            from = kind + 1;
            i = kind;
            int at = html.length();
            switch (c) {
                case OPEN -> {
                    if (runStart >= 0) throw new IllegalStateException("text mark opened twice at " + at);
                    runStart = at;
                }
                case CLOSE -> {
                    if (runStart < 0) throw new IllegalStateException("text mark closed before it opened at " + at);
                    addRun(html, runs, runStart, at);
                    runStart = -1;
                }
                case TEXT -> {
                    if (text >= texts.size()) throw new IllegalStateException("more text marks than texts at " + at);
                    html.append(texts.get(text++));
                }
                case HEADING -> headingStart = at;
                case HEADING_END -> {
                    if (headingStart < 0 || spans.size() >= headings.size()) {
                        throw new IllegalStateException("heading mark closed before it opened at " + at);
                    }
                    PageText.HeadingSpan h = headings.get(spans.size());
                    spans.add(new PageText.HeadingSpan(h.id(), h.level(), headingStart, at));
                    headingStart = -1;
                }
                case EDIT -> {
                    if (editStart >= 0) throw new IllegalStateException("edit mark opened twice at " + at);
                    editStart = at;
                }
                case EDIT_END -> {
                    if (editStart < 0 || edits.size() >= pending.size()) {
                        throw new IllegalStateException("edit mark closed before it opened at " + at);
                    }
                    Pending p = pending.get(edits.size());
                    edits.add(new ReviewCopy.Edit(editStart - p.before(), at + p.after(), p.edit().review(),
                            p.edit().targets(), p.edit().ids()));
                    editStart = -1;
                }
                default -> throw new IllegalStateException("unknown mark " + c + " at " + at);
            }
        }
        html.append(marked, from, marked.length());
        if (runStart >= 0 || headingStart >= 0 || spans.size() != headings.size() || editStart >= 0
                || edits.size() != pending.size() || text != texts.size()) {
            throw new IllegalStateException("text, heading or edit marks do not pair up");
        }
        for (ReviewCopy.Edit e : edits) {
            if (e.start() < 0 || e.end() > html.length()) throw new IllegalStateException("edit outside the page at " + e.start());
        }
        String out = html.toString();
        List<PageText.Run> withText = new ArrayList<>(runs.size());
        for (PageText.Run r : runs) withText.add(new PageText.Run(r.start(), r.end(), unescape(out, r.start(), r.end())));
        return new Stripped(out, List.copyOf(withText), List.copyOf(spans), List.copyOf(edits));
    }

    /**
     * A run, joined to the one before when only text lies between them (no tag, no entity: the brackets
     * of an undefined reference link, say), as one piece of character data of the HTML.
     */
    static void addRun(CharSequence html, List<PageText.Run> runs, int start, int end) {
        if (!runs.isEmpty()) {
            PageText.Run last = runs.get(runs.size() - 1);
            boolean onlyText = true;
            for (int i = last.end(); i < start && onlyText; i++) onlyText = html.charAt(i) != '<' && html.charAt(i) != '&';
            if (onlyText) {
                runs.set(runs.size() - 1, new PageText.Run(last.start(), end, null));
                return;
            }
        }
        if (end > start) runs.add(new PageText.Run(start, end, null));
    }

    /**
     * Text of HTML written by flexmark or {@code Html.escape}: the five escapes {@code &amp; &lt; &gt; &quot;
     * &#39;} and numeric references decoded; anything else after {@code &} is kept as written.
     */
    static String unescape(String html, int start, int end) {
        int amp = start;
        while (amp < end && html.charAt(amp) != '&') amp++;
        if (amp == end) return html.substring(start, end);
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; ) {
            int semi = html.charAt(i) == '&' ? html.indexOf(';', i) : -1;
            String decoded = semi > i && semi < end ? entity(html.substring(i + 1, semi)) : null;
            if (decoded == null) {
                out.append(html.charAt(i++));
            } else {
                out.append(decoded);
                i = semi + 1;
            }
        }
        return out.toString();
    }

    /** Where character {@code index} of a run's text is in the HTML (its text's length: the run's end). */
    static int htmlOffset(String html, PageText.Run run, int index) {
        int at = run.start();
        for (int seen = 0; seen < index; ) {
            int semi = html.charAt(at) == '&' ? html.indexOf(';', at) : -1;
            String decoded = semi > at && semi < run.end() ? entity(html.substring(at + 1, semi)) : null;
            if (decoded == null) {
                at++;
                seen++;
            } else {
                at = semi + 1;
                seen += decoded.length();
            }
        }
        return at;
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "#39": return "'";
            default: break;
        }
        if (name.length() < 2 || name.charAt(0) != '#') return null;
        try {
            int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether the glossary may mark the text of this node: it is not inside a heading, a link, an image or
     * a code span (the elements {@code a}, {@code code}, {@code h1}...{@code h6} of the HTML).
     */
    static boolean markable(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Heading || p instanceof Link || p instanceof Image || p instanceof ImageRef
                    || p instanceof AutoLink || p instanceof MailLink || p instanceof Code
                    || (p instanceof LinkRef ref && ref.isDefined())) return false;
        }
        return true;
    }

    /** The sections of a rendered document at its top-level {@code ##} and {@code ###} headings, and all its words. */
    static PageText record(Document doc, PageState state, Stripped stripped) {
        List<PageText.Section> sections = new ArrayList<>();
        String headingId = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        // what search leaves out and the glossary counts: the source of quiz and diagram blocks
        StringBuilder blocks = new StringBuilder();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            String id = n instanceof Heading h ? state.headingIds.get(h) : null;
            if (id != null && (((Heading) n).getLevel() == 2 || ((Heading) n).getLevel() == 3)) {
                sections.add(new PageText.Section(headingId, heading, normalize(text)));
                text.setLength(0);
                walk(n, text, state, blocks);
                headingId = id;
                heading = normalize(text);
                text.setLength(0);
                continue;
            }
            walk(n, text, state, blocks);
        }
        // Footnotes come last on the page, in the order of their first reference.
        List<FootnoteBlock> notes = new ArrayList<>();
        for (Node n : doc.getDescendants()) if (n instanceof FootnoteBlock f && f.isReferenced()) notes.add(f);
        notes.sort(java.util.Comparator.comparingInt(FootnoteBlock::getFootnoteOrdinal));
        for (FootnoteBlock f : notes) {
            text.append(' ');
            walkChildren(f, text, state, blocks);
        }
        sections.add(new PageText.Section(headingId, heading, normalize(text)));
        // every piece is normalized already: joined by single spaces, the whole is too (no second pass over it)
        StringBuilder all = new StringBuilder();
        for (PageText.Section s : sections) {
            join(all, s.heading());
            join(all, s.text());
        }
        join(all, normalize(blocks));
        return new PageText(stripped.runs(), List.copyOf(sections), stripped.spans(), all.toString(),
                Map.copyOf(state.inlineText), state.review == null ? null : new ReviewCopy(stripped.edits(), state.review));
    }

    /** Appends a {@link #normalize normalized} piece of text, after a space if both are not empty. */
    static void join(StringBuilder all, String piece) {
        if (piece.isEmpty()) return;
        if (all.length() > 0) all.append(' ');
        all.append(piece);
    }

    /** The plain text of inline Markdown rendered on its own (a quiz question, ...). */
    static String plainInline(Document doc, PageState state) {
        StringBuilder out = new StringBuilder();
        walkChildren(doc, out, state, out);
        return normalize(out);
    }

    /**
     * Appends the text a reader sees of a node to {@code out}, and the source of its quiz and diagram blocks
     * (which search leaves out) to {@code blocks}.
     */
    private static void walk(Node n, StringBuilder out, PageState state, StringBuilder blocks) {
        if (n instanceof com.vladsch.flexmark.ast.Text || n instanceof HtmlEntity) {
            String chars = Chars.of(n.getChars());
            // most text has nothing to unescape; BasedSequence.unescape copies it character by character
            out.append(chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : n.getChars().unescape());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.append(' ');
        } else if (n instanceof Code code) {
            out.append(Chars.of(code.getText()));
        } else if (n instanceof AutoLink a) {
            out.append(Chars.of(a.getText()));
        } else if (n instanceof MailLink m) {
            out.append(Chars.of(m.getText()));
        } else if (n instanceof Abbreviation) {
            out.append(Chars.of(n.getChars()));
        } else if (n instanceof HtmlInlineBase) {
            // escaped, the HTML is text a reader sees; written as HTML, it is markup
            if (!state.rawHtml) out.append(Chars.of(n.getChars()));
        } else if (n instanceof HtmlBlockBase) {
            if (!state.rawHtml) out.append(' ').append(Chars.of(n.getChars())).append(' ');
        } else if (n instanceof LinkRef ref && !ref.isDefined()) {
            if (!ref.hasChildren()) {
                out.append(ref.getChars().unescape());
            } else {
                out.append(ref.getChars().prefixOf(ref.getChildChars()).unescape());
                walkChildren(n, out, state, blocks);
                out.append(ref.getChars().suffixOf(ref.getChildChars()).unescape());
            }
        } else if (n instanceof Image || n instanceof ImageRef || n instanceof Reference || n instanceof AbbreviationBlock
                || n instanceof AttributesNode || n instanceof ThematicBreak || n instanceof FootnoteBlock
                || n instanceof Footnote) {
            // no text on the page (image descriptions are attributes; footnotes come at the end, see record)
        } else if (n instanceof FencedCodeBlock f) {
            fenceText(f, out, state, blocks);
        } else if (n instanceof IndentedCodeBlock || n instanceof CodeBlock) {
            out.append(' ').append(Chars.of(((Block) n).getContentChars())).append(' ');
        } else if (n instanceof AdmonitionBlock a) {
            String label = state.labels.get(a);
            out.append(' ').append(label == null ? "" : label).append(' ');
            walkChildren(n, out, state, blocks);
            out.append(' ');
        } else if (n instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
            // the |---| line: no text on the page
        } else if (n instanceof Block || n instanceof com.vladsch.flexmark.ext.tables.TableCell
                || n instanceof com.vladsch.flexmark.ext.tables.TableRow) {
            out.append(' ');
            walkChildren(n, out, state, blocks);
            out.append(' ');
        } else {
            walkChildren(n, out, state, blocks);
        }
    }

    private static void walkChildren(Node n, StringBuilder out, PageState state, StringBuilder blocks) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) walk(c, out, state, blocks);
    }

    /** A fenced block's words: code as it is, a block kind's title and source (for quizzes and diagrams in {@code blocks}). */
    private static void fenceText(FencedCodeBlock f, StringBuilder out, PageState state, StringBuilder blocks) {
        String info = f.getInfo().toString().strip();
        String kind = info.split("\\s+", 2)[0];
        String rest = info.length() > kind.length() ? info.substring(kind.length()).strip() : "";
        if (state.kinds.find(kind).isEmpty()) {
            out.append(' ').append(Chars.of(f.getContentChars())).append(' ');
            return;
        }
        StringBuilder to = kind.equals("quiz") || kind.equals("diagram") ? blocks : out;
        to.append(' ').append(rest).append(' ').append(Chars.of(f.getContentChars())).append(' ');
    }

    /**
     * Whitespace as a browser's {@code textContent} shown collapsed (and jsoup's {@code text()}): runs of
     * spaces, tabs, line breaks and no-break spaces become one space, zero-width spaces and soft hyphens
     * go; no space at either end.
     */
    static String normalize(CharSequence s) {
        // copied at once, then collapsed in place (what is written never overtakes what is read)
        int length = s.length();
        char[] out = new char[length];
        if (s instanceof StringBuilder b) b.getChars(0, length, out, 0);
        else s.toString().getChars(0, length, out, 0);
        int n = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = out[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0') {
                space = n > 0;
            } else if (c != '\u200B' && c != '\u00AD') {
                if (space) out[n++] = ' ';
                space = false;
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
