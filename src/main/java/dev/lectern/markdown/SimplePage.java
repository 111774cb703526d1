package dev.lectern.markdown;

import dev.lectern.content.SourcePage;
import dev.lectern.util.Href;
import dev.lectern.util.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lectern's own Markdown path for the common page (issue 21): ATX headings, paragraphs with emphasis ({@code *em*},
 * {@code **strong**}, {@code _em_}, {@code __strong__}), code spans, inline links and images, GFM tables, tight
 * bullet and ordered lists (an item's text may go on in lines indented by its marker's width), fenced code and a
 * block quote of one paragraph, written straight into one {@code StringBuilder} with what the Markdown stage
 * records ({@link RenderedPage}: headings and their ids, links with their positions, text runs, sections, heading
 * spans, ids and link targets, the second title's warning), exactly as the flexmark path ({@link MarkdownRenderer})
 * gives them for the same page.
 *
 * <p>It takes a page whole or not at all: at the first line or character outside the subset (any other block, a
 * blank line inside a list, lazy continuation, leading spaces, two trailing spaces, tabs, CR, entities,
 * {@code <}, runs of three delimiters, a run that could both open and close, emphasis that does not pair up,
 * reference links, link titles, signs of a bare link, a registered block kind, ...) {@link #render} returns null
 * and flexmark renders the page. {@code SimplePageTest} holds every page it takes to the flexmark path's result,
 * field by field.
 */
final class SimplePage {
    /** Where the page leaves the subset: thrown without a stack trace, caught in {@link #render}. */
    private static final class NotSimple extends RuntimeException {
        NotSimple() {
            super(null, null, false, false);
        }
    }

    private static final NotSimple NOT_SIMPLE = new NotSimple();

    private static final int MARKABLE = 1;
    private static final int IN_LINK = 2;
    /** The removed title heading's inline Markdown: read, written nowhere, nothing recorded. */
    private static final int DRY = 4;
    /**
     * A heading's inline Markdown: no backslash escapes (flexmark's text of a heading with one differs from what a
     * reader sees: "`a` \\"" gives "a` \"").
     */
    private static final int HEADING = 8;

    private final String md;
    private final int n;
    private final PageState state;
    private final StringBuilder out;
    private final List<PageText.Run> runs = new ArrayList<>();
    private final List<PageText.HeadingSpan> spans = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<PageText.Section> sections = new ArrayList<>();
    private final List<Integer> titleWarnings = new ArrayList<>();
    private final Slugger slugger = new Slugger();
    /** Each link's URL as written to the URL written for it, as flexmark's writer keeps them; and each image's. */
    private final Map<String, String> resolved = new java.util.HashMap<>();
    private final Map<String, String> resolvedImages = new java.util.HashMap<>();
    /** The current section's plain text, block boundaries as spaces (normalized at its end). */
    private final StringBuilder text = new StringBuilder();
    /** Where inline text's plain text goes: {@link #text}, or a heading's text. */
    private StringBuilder plain = text;
    private String sectionId = "";
    private String sectionHeading = "";
    /** Text joined from several lines ({@link #join}): where each line starts in it and in the page's Markdown. */
    private int[] joinedStarts;
    private int[] joinedSources;

    private SimplePage(String md, PageState state) {
        this.md = md;
        this.n = md.length();
        this.state = state;
        this.out = new StringBuilder(md.length() + md.length() / 4);
    }

    /**
     * The page rendered by Lectern's own path, or null when its Markdown is outside the subset (then
     * nothing was recorded or reported: {@code state} is this path's alone).
     */
    static RenderedPage render(SourcePage page, String markdown, PageState state) {
        SimplePage p = new SimplePage(markdown, state);
        try {
            p.blocks();
        } catch (NotSimple e) {
            return null;
        }
        return p.result(page);
    }

    private RenderedPage result(SourcePage page) {
        for (int line : titleWarnings) {
            state.diagnostics.warning(page.displayPath(), line, 1, MarkdownRenderer.SECOND_TITLE);
        }
        sections.add(new PageText.Section(sectionId, sectionHeading, TextRecorder.normalize(text)));
        StringBuilder all = new StringBuilder();
        for (PageText.Section s : sections) {
            TextRecorder.join(all, s.heading());
            TextRecorder.join(all, s.text());
        }
        String html = out.toString();
        List<PageText.Run> withText = new ArrayList<>(runs.size());
        for (PageText.Run r : runs) withText.add(new PageText.Run(r.start(), r.end(), TextRecorder.unescape(html, r.start(), r.end())));
        PageText recorded = new PageText(List.copyOf(withText), List.copyOf(sections), List.copyOf(spans), all.toString(),
                Map.of(), null);
        return new RenderedPage(page, page.title(), html, List.copyOf(headings), List.copyOf(state.links), List.of(),
                state.assets, recorded, state.refs());
    }

    // ---- blocks

    private void blocks() {
        if (md.indexOf('\t') >= 0 || md.indexOf('\r') >= 0 || md.indexOf('\0') >= 0 || md.indexOf('\f') >= 0
                || md.indexOf('\u000B') >= 0) throw NOT_SIMPLE;
        boolean first = true;
        int pos = 0;
        while (pos < n) {
            if (md.charAt(pos) == '\n') {
                pos++;
                continue;
            }
            int eol = endOfLine(pos);
            char c = md.charAt(pos);
            if (c == '`' && md.startsWith("```", pos)) {
                pos = fence(pos, eol);
            } else {
                if (c == ' ') throw NOT_SIMPLE;
                if (c == '#') pos = heading(pos, eol, first);
                else if (c == '>') pos = quote(pos);
                else if (c == '|') pos = table(pos);
                else if (itemMarker(pos, eol) > 0) pos = list(pos);
                else pos = paragraph(pos);
            }
            first = false;
        }
    }

    private int endOfLine(int pos) {
        int e = md.indexOf('\n', pos);
        return e < 0 ? n : e;
    }

    /** A line that neither starts nor ends with a space (and is not blank). */
    private void checkLine(int pos, int eol) {
        if (eol == pos || md.charAt(pos) == ' ' || md.charAt(eol - 1) == ' ') throw NOT_SIMPLE;
    }

    /**
     * Where the text of a paragraph's, list item's or heading's line ends: before its one trailing space (which
     * CommonMark drops); a line starting with a space, or ending with two (a hard break), is not taken.
     */
    private int textEnd(int pos, int eol) {
        if (eol == pos || md.charAt(pos) == ' ') throw NOT_SIMPLE;
        if (md.charAt(eol - 1) != ' ') return eol;
        if (eol - 1 == pos || md.charAt(eol - 2) == ' ') throw NOT_SIMPLE;
        return eol - 1;
    }

    /** Whether the next line after {@code eol} is blank or there is none: where a paragraph, list, quote or table ends. */
    private boolean endsAt(int eol) {
        return eol + 1 >= n || md.charAt(eol + 1) == '\n';
    }

    /** The first line after the blank lines from {@code pos}, or {@code n}. */
    private int afterBlankLines(int pos) {
        while (pos < n && md.charAt(pos) == '\n') pos++;
        return pos;
    }

    /**
     * Whether a line can go on a paragraph (or start one) as text: a letter, a digit that does not start an ordered
     * list item, {@code *} that starts no list item or break, one backtick, {@code ( " ' [}. Anything else may start a
     * block of its own, and the page is not taken.
     */
    private boolean plainStart(int p, int eol) {
        char c = md.charAt(p);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
        if (c >= '0' && c <= '9') {
            int q = p;
            while (q < eol && md.charAt(q) >= '0' && md.charAt(q) <= '9') q++;
            return q >= eol || (md.charAt(q) != '.' && md.charAt(q) != ')') || (q + 1 < eol && md.charAt(q + 1) != ' ');
        }
        switch (c) {
            case '*': {
                if (p + 1 >= eol || md.charAt(p + 1) == ' ') return false;
                for (int q = p; q < eol; q++) if (md.charAt(q) != '*' && md.charAt(q) != ' ') return true;
                return false;
            }
            case '`':
                return !md.startsWith("``", p);
            case '(', ')', '"', '\'', '[', '.', ',', ';', '?', '^', '$', '%', '/', '\\':
                return true;
            default:
                return c >= 0x80 && !odd(c);
        }
    }

    /**
     * A character above ASCII that the page is not taken with: C1 controls, Unicode spaces and line or paragraph
     * separators, and format characters (zero-width ones, the byte order mark), where flexmark's idea of blank or
     * of a line might not be Lectern's.
     */
    private static boolean odd(char c) {
        return c <= 0x9F || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private int paragraph(int pos) {
        boolean trimmed = false;
        int p = pos;
        int eol;
        while (true) {
            eol = endOfLine(p);
            int end = textEnd(p, eol);
            if (!plainStart(p, end)) throw NOT_SIMPLE;
            trimmed |= end != eol;
            if (endsAt(eol)) break;
            p = eol + 1;
        }
        text.append(' ');
        out.append("<p>");
        if (!trimmed) {
            inline(md, pos, eol, pos, eol, MARKABLE);
        } else {
            // a line's trailing space is not text: the lines without it, joined
            List<int[]> lines = new ArrayList<>();
            for (int q = pos; q <= eol; q = endOfLine(q) + 1) lines.add(new int[] {q, textEnd(q, endOfLine(q))});
            String t = join(lines);
            inline(t, 0, t.length(), 0, t.length(), MARKABLE);
        }
        out.append("</p>\n");
        text.append(' ');
        return eol + 1;
    }

    private int heading(int pos, int lineEnd, boolean first) {
        int eol = textEnd(pos, lineEnd);
        int level = 0;
        while (pos + level < eol && md.charAt(pos + level) == '#') level++;
        int from = pos + level + 1;
        if (level > 6 || from >= eol || md.charAt(from - 1) != ' ' || md.charAt(from) == ' ' || md.charAt(eol - 1) == '#') {
            throw NOT_SIMPLE;
        }
        if (first && level == 1) {
            // the page's title: the template writes it; flexmark's tree loses it before writing
            int at = out.length();
            StringBuilder outer = plain;
            plain = new StringBuilder();
            inline(md, from, eol, from, eol, DRY | HEADING);
            plain = outer;
            out.setLength(at);
            return lineEnd + 1;
        }
        if (level == 1) {
            titleWarnings.add(state.lineOf(pos));
            level = 2;
        }
        int at = out.length();
        StringBuilder own = new StringBuilder();
        StringBuilder outer = plain;
        plain = own;
        inline(md, from, eol, from, eol, HEADING);
        plain = outer;
        String words = own.toString();
        String id = slugger.unique(words.strip());
        out.insert(at, "<h" + level + " id=\"" + id + "\">");
        state.ids.add(id);
        out.append("<a class=\"heading-anchor\" href=\"#").append(id).append("\" aria-label=\"")
                .append(Html.escape(state.words("anchor", 0))).append("\">#</a>");
        state.target("a", "#" + id);
        out.append("</h").append(level).append('>');
        spans.add(new PageText.HeadingSpan(id, level, at, out.length()));
        out.append('\n');
        headings.add(new Heading(level, words.strip(), id, state.lineOf(pos)));
        if (level == 2 || level == 3) {
            sections.add(new PageText.Section(sectionId, sectionHeading, TextRecorder.normalize(text)));
            text.setLength(0);
            sectionId = id;
            sectionHeading = TextRecorder.normalize(words);
        } else {
            text.append(' ').append(words).append(' ');
        }
        return lineEnd + 1;
    }

    /** The length of a list item's marker at {@code pos} ({@code "- "}, {@code "* "}, {@code "+ "}, {@code "12. "}), or 0. */
    private int itemMarker(int pos, int eol) {
        char c = md.charAt(pos);
        if (c == '-' || c == '*' || c == '+') return pos + 1 < eol && md.charAt(pos + 1) == ' ' ? 2 : 0;
        int q = pos;
        while (q < eol && q - pos < 10 && md.charAt(q) >= '0' && md.charAt(q) <= '9') q++;
        if (q == pos || q - pos > 9 || q + 1 >= eol || md.charAt(q) != '.' || md.charAt(q + 1) != ' ') return 0;
        return q + 2 - pos;
    }

    /** A tight list of one-line items, all with the same marker (a bullet's character, or a number and {@code .}). */
    private int list(int pos) {
        char kind = md.charAt(pos);
        boolean ordered = kind >= '0' && kind <= '9';
        if (ordered) {
            int m = itemMarker(pos, endOfLine(pos));
            if (kind == '0' && m > 3) throw NOT_SIMPLE;
            String number = md.substring(pos, pos + m - 2);
            out.append(number.equals("1") ? "<ol>\n" : "<ol start=\"" + Integer.parseInt(number) + "\">\n");
        } else {
            out.append("<ul>\n");
        }
        text.append(' ');
        int p = pos;
        while (true) {
            int eol = endOfLine(p);
            int lineEnd = textEnd(p, eol);
            int m = itemMarker(p, lineEnd);
            char c = md.charAt(p);
            if (m == 0 || (ordered ? c < '0' || c > '9' : c != kind)) throw NOT_SIMPLE;
            int from = p + m;
            if (from >= lineEnd || !plainStart(from, lineEnd) || md.startsWith("[ ]", from) || md.startsWith("[x]", from)
                    || md.startsWith("[X]", from)) throw NOT_SIMPLE;
            // lines that go on the item's text, indented by its marker's width exactly
            List<int[]> lines = null;
            int end = eol;
            while (!endsAt(end) && md.charAt(end + 1) == ' ') {
                int q = end + 1;
                int e = endOfLine(q);
                int s = q + m;
                if (s >= e) throw NOT_SIMPLE;
                int te = textEnd(s, e);
                if (!plainStart(s, te)) throw NOT_SIMPLE;
                for (int k = q; k < s; k++) if (md.charAt(k) != ' ') throw NOT_SIMPLE;
                if (lines == null) {
                    lines = new ArrayList<>();
                    lines.add(new int[] {from, lineEnd});
                }
                lines.add(new int[] {s, te});
                end = e;
            }
            text.append(' ');
            out.append("<li>");
            if (lines == null) {
                inline(md, from, lineEnd, from, lineEnd, MARKABLE);
            } else {
                String t = join(lines);
                inline(t, 0, t.length(), 0, t.length(), MARKABLE);
            }
            out.append("</li>\n");
            text.append(' ');
            p = end + 1;
            if (endsAt(end)) break;
        }
        // an item of the same kind after a blank line would make the list loose (an ordered list after a bullet list,
        // or the other way round, is a list of its own)
        int next = afterBlankLines(p);
        if (next < n && itemMarker(next, endOfLine(next)) > 0) {
            char c = md.charAt(next);
            if (ordered == (c >= '0' && c <= '9')) throw NOT_SIMPLE;
        }
        out.append(ordered ? "</ol>\n" : "</ul>\n");
        text.append(' ');
        return p;
    }

    /** A block quote of one paragraph, every line starting with {@code "> "}. */
    private int quote(int pos) {
        List<int[]> lines = new ArrayList<>();
        int p = pos;
        while (true) {
            int eol = endOfLine(p);
            checkLine(p, eol);
            if (eol - p < 3 || md.charAt(p) != '>' || md.charAt(p + 1) != ' ' || !plainStart(p + 2, eol)) throw NOT_SIMPLE;
            lines.add(new int[] {p + 2, eol});
            p = eol + 1;
            if (endsAt(eol)) break;
        }
        int next = afterBlankLines(p);
        if (next < n && md.charAt(next) == '>') throw NOT_SIMPLE;
        String t = join(lines);
        text.append("  ");
        out.append("<blockquote>\n<p>");
        inline(t, 0, t.length(), 0, t.length(), MARKABLE);
        out.append("</p>\n</blockquote>\n");
        text.append("  ");
        return p;
    }

    /**
     * The text of these lines of the page ({@code [start, end)} each) joined by line ends, as flexmark's inline
     * parser sees a quote's or a list item's paragraph; {@link #sourceOffset} finds its characters in the page.
     */
    private String join(List<int[]> lines) {
        StringBuilder joined = new StringBuilder();
        joinedStarts = new int[lines.size()];
        joinedSources = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) joined.append('\n');
            joinedStarts[i] = joined.length();
            joinedSources[i] = lines.get(i)[0];
            joined.append(md, lines.get(i)[0], lines.get(i)[1]);
        }
        return joined.toString();
    }

    /** A GFM table: a header row, a separator row of at least three dashes a column, one or more rows, all with the same columns. */
    private int table(int pos) {
        int headEnd = endOfLine(pos);
        if (endsAt(headEnd)) throw NOT_SIMPLE;
        int sep = headEnd + 1;
        int sepEnd = endOfLine(sep);
        checkLine(sep, sepEnd);
        List<int[]> separators = cells(sep, sepEnd);
        String[] aligns = new String[separators.size()];
        for (int i = 0; i < aligns.length; i++) aligns[i] = align(separators.get(i));
        text.append(' ');
        out.append("<table>\n<thead>\n");
        row(pos, headEnd, aligns, "th");
        out.append("</thead>\n<tbody>\n");
        if (endsAt(sepEnd)) throw NOT_SIMPLE;
        int p = sepEnd + 1;
        while (true) {
            int eol = endOfLine(p);
            checkLine(p, eol);
            row(p, eol, aligns, "td");
            p = eol + 1;
            if (endsAt(eol)) break;
        }
        out.append("</tbody>\n</table>\n");
        text.append(' ');
        return p;
    }

    private void row(int pos, int eol, String[] aligns, String tag) {
        List<int[]> cells = cells(pos, eol);
        if (cells.size() != aligns.length) throw NOT_SIMPLE;
        text.append(' ');
        out.append("<tr>");
        for (int i = 0; i < aligns.length; i++) {
            int[] cell = cells.get(i);
            out.append('<').append(tag);
            if (aligns[i] != null) out.append(" align=\"").append(aligns[i]).append('"');
            out.append('>');
            text.append(' ');
            inline(md, cell[0], cell[1], cell[0], cell[1], MARKABLE);
            text.append(' ');
            out.append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
        text.append(' ');
    }

    /** The cells of a row {@code | a | b |}: their text without the spaces around it, none empty. */
    private List<int[]> cells(int pos, int eol) {
        checkLine(pos, eol);
        if (md.charAt(pos) != '|' || md.charAt(eol - 1) != '|' || eol - pos < 3) throw NOT_SIMPLE;
        List<int[]> cells = new ArrayList<>();
        int from = pos + 1;
        for (int bar = md.indexOf('|', from); bar >= 0 && bar < eol; bar = md.indexOf('|', from)) {
            if (md.charAt(bar - 1) == '\\') throw NOT_SIMPLE; // an escaped pipe: the cell goes on
            int s = from;
            int e = bar;
            while (s < e && md.charAt(s) == ' ') s++;
            while (e > s && md.charAt(e - 1) == ' ') e--;
            if (s == e) throw NOT_SIMPLE;
            cells.add(new int[] {s, e});
            from = bar + 1;
        }
        return cells;
    }

    /** A separator cell's alignment ({@code :---}, {@code ---:}, {@code :---:}, {@code ---}: null). */
    private String align(int[] cell) {
        int s = cell[0];
        int e = cell[1];
        boolean left = md.charAt(s) == ':';
        boolean right = md.charAt(e - 1) == ':';
        // flexmark's separator: three characters at least, a dash at least
        if (e - s < 3) throw NOT_SIMPLE;
        if (left) s++;
        if (right) e--;
        if (e - s < 1) throw NOT_SIMPLE;
        for (int i = s; i < e; i++) if (md.charAt(i) != '-') throw NOT_SIMPLE;
        return left && right ? "center" : left ? "left" : right ? "right" : null;
    }

    /** A fenced code block of three backticks and one word of info (a language, or none), closed by three backticks. */
    private int fence(int pos, int eol) {
        for (int i = pos + 3; i < eol; i++) {
            char c = md.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '+')) {
                throw NOT_SIMPLE;
            }
        }
        String info = md.substring(pos + 3, eol);
        if (state.kinds.find(info).isPresent()) throw NOT_SIMPLE;
        if (eol >= n) throw NOT_SIMPLE;
        int contentStart = eol + 1;
        int p = contentStart;
        int close = -1;
        while (p < n) {
            int e = endOfLine(p);
            int s = p;
            while (s < e && s - p < 4 && md.charAt(s) == ' ') s++;
            if (s - p < 4 && md.startsWith("```", s)) {
                if (s != p || e - p != 3) throw NOT_SIMPLE;
                close = p;
                p = e + 1;
                break;
            }
            p = e + 1;
        }
        if (close < 0) throw NOT_SIMPLE;
        String code = md.substring(contentStart, close);
        String language = info.isEmpty() ? null : info;
        String highlighted = language == null ? null : state.highlighter.highlight(code, language);
        state.assets.add("css/code.css");
        state.assets.add("js/code.js");
        out.append("<pre class=\"code\" tabindex=\"0\"><code");
        if (language != null) out.append(" class=\"language-").append(Html.escape(language)).append('"');
        out.append('>').append(highlighted != null ? highlighted : Html.escape(code)).append("</code></pre>\n");
        text.append(' ').append(code).append(' ');
        return p;
    }

    // ---- inline

    /**
     * Inline Markdown from {@code from} to {@code to} of {@code t} (the page's Markdown, or a block quote's
     * text): text, {@code *em*}, {@code **strong**}, {@code `code`}, {@code [text](url)}. {@code lo} and
     * {@code hi} bound the whole inline text (a link's text sees the characters around it).
     */
    private void inline(String t, int from, int to, int lo, int hi, int flags) {
        int[] open = new int[8];
        int depth = 0;
        int pending = from;
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            switch (c) {
                case '`' -> {
                    flush(t, pending, i, flags);
                    i = code(t, i, to);
                    pending = i;
                }
                case '*', '_' -> {
                    int run = 1;
                    while (i + run < to && t.charAt(i + run) == c) run++;
                    if (run > 2) throw NOT_SIMPLE;
                    char before = i > lo ? t.charAt(i - 1) : '\n';
                    char after = i + run < hi ? t.charAt(i + run) : '\n';
                    // beyond ASCII, letters and digits only (neither spaces nor punctuation to the flanking rules)
                    before = before >= 0x80 && Character.isLetterOrDigit(before) ? 'a' : before;
                    after = after >= 0x80 && Character.isLetterOrDigit(after) ? 'a' : after;
                    if (before >= 0x80 || after >= 0x80) throw NOT_SIMPLE;
                    boolean left = !space(after) && (!punctuation(after) || space(before) || punctuation(before));
                    boolean right = !space(before) && (!punctuation(before) || space(after) || punctuation(after));
                    if (left == right) {
                        // both: "*" may open and close (not taken); "_" between two letters or digits neither
                        if (left && (c == '*' || punctuation(before) || punctuation(after))) throw NOT_SIMPLE;
                        i += run; // neither opens nor closes: text
                        continue;
                    }
                    flush(t, pending, i, flags);
                    int delimiter = c == '*' ? run : -run;
                    if (left) {
                        if (depth == open.length) throw NOT_SIMPLE;
                        open[depth++] = delimiter;
                        if ((flags & DRY) == 0) out.append(run == 1 ? "<em>" : "<strong>");
                    } else {
                        if (depth == 0 || open[depth - 1] != delimiter) throw NOT_SIMPLE;
                        depth--;
                        if ((flags & DRY) == 0) out.append(run == 1 ? "</em>" : "</strong>");
                    }
                    i += run;
                    pending = i;
                }
                case '[' -> {
                    flush(t, pending, i, flags);
                    i = link(t, i, to, lo, hi, flags);
                    pending = i;
                }
                case '!' -> {
                    if (i + 1 < to && t.charAt(i + 1) == '[') {
                        flush(t, pending, i, flags);
                        i = image(t, i, to, lo, hi, flags);
                        pending = i;
                    } else {
                        i++;
                    }
                }
                case ':' -> {
                    // a bare link's sign
                    if (i + 1 < to && (t.charAt(i + 1) == '/' || t.charAt(i + 1) == '\\')) throw NOT_SIMPLE;
                    i++;
                }
                case 'w', 'W' -> {
                    if (t.regionMatches(true, i, "www.", 0, 4) || t.regionMatches(true, i, "www\\.", 0, 5)) throw NOT_SIMPLE;
                    i++;
                }
                case '&' -> {
                    // an entity's sign (a letter or '#' after it) is not taken; else it is text, written "&amp;"
                    if (i + 1 < hi && (t.charAt(i + 1) == '#' || Character.isLetter(t.charAt(i + 1)))) throw NOT_SIMPLE;
                    i++;
                }
                case '\\' -> {
                    // before ASCII punctuation: that character as text; before a line end: a hard break (not taken);
                    // before anything else (or at the end): a backslash
                    char next = i + 1 < to ? t.charAt(i + 1) : ' ';
                    if (next == '\n' || (flags & HEADING) != 0) throw NOT_SIMPLE;
                    if (!punctuation(next)) {
                        i++;
                        continue;
                    }
                    flush(t, pending, i, flags);
                    flush(t, i + 1, i + 2, flags);
                    i += 2;
                    pending = i;
                }
                case ']', '<', '~', '@' -> throw NOT_SIMPLE;
                case '\n' -> i++;
                default -> {
                    if (c < ' ' || (c >= 0x7F && odd(c))) throw NOT_SIMPLE;
                    i++;
                }
            }
        }
        flush(t, pending, to, flags);
        if (depth != 0) throw NOT_SIMPLE;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\n';
    }

    private static boolean asciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** ASCII punctuation, as CommonMark has it. */
    private static boolean punctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** Text from {@code from} to {@code to}: written escaped, a run of the glossary's where {@code MARKABLE}, in the plain text. */
    private void flush(String t, int from, int to, int flags) {
        if (from >= to) return;
        plain.append(t, from, to);
        if ((flags & DRY) != 0) return;
        int start = out.length();
        escape(t, from, to);
        if ((flags & MARKABLE) != 0) TextRecorder.addRun(out, runs, start, out.length());
    }

    /** Text as flexmark escapes it ({@code < & > "}; the first two never reach here outside code). */
    private void escape(CharSequence t, int from, int to) {
        int done = from;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            String e = c == '"' ? "&quot;" : c == '>' ? "&gt;" : c == '<' ? "&lt;" : c == '&' ? "&amp;" : null;
            if (e == null) continue;
            out.append(t, done, i).append(e);
            done = i + 1;
        }
        out.append(t, done, to);
    }

    /** A code span of one backtick a side, of one line, without spaces at its ends: where it ends. */
    private int code(String t, int i, int to) {
        if (i + 1 < to && t.charAt(i + 1) == '`') throw NOT_SIMPLE;
        int close = t.indexOf('`', i + 1);
        if (close < 0 || close >= to || close == i + 1 || (close + 1 < to && t.charAt(close + 1) == '`')
                || t.charAt(i + 1) == ' ' || t.charAt(close - 1) == ' ') throw NOT_SIMPLE;
        for (int k = i + 1; k < close; k++) if (t.charAt(k) == '\n') throw NOT_SIMPLE;
        plain.append(t, i + 1, close);
        out.append("<code>");
        escape(t, i + 1, close);
        out.append("</code>");
        return close + 1;
    }

    /** An inline link {@code [text](url)}, no title, the URL of the characters {@link #urlChar} allows: where it ends. */
    private int link(String t, int i, int to, int lo, int hi, int flags) {
        if ((flags & IN_LINK) != 0) throw NOT_SIMPLE;
        int k = closingBracket(t, i, to);
        int d = k + 2;
        int e = destinationEnd(t, d, to);
        String href = t.substring(d, e);
        if (!SafeUrls.isSafe(href, false) || href.regionMatches(true, 0, "www.", 0, 4)) throw NOT_SIMPLE;
        if ((flags & DRY) != 0) {
            inline(t, i + 1, k, lo, hi, flags | IN_LINK);
            return e + 1;
        }
        String url = written(href, resolved, sourceOffset(t, i));
        out.append("<a href=\"").append(url).append("\">");
        state.target("a", url);
        inline(t, i + 1, k, lo, hi, (flags & ~MARKABLE) | IN_LINK);
        out.append("</a>");
        return e + 1;
    }

    /**
     * An image {@code ![alt](src)}, no title, the source of the characters {@link #urlChar} allows but {@code #}
     * (GitHub's colour scheme suffixes): where it ends. Its alt text is the text of its inline Markdown.
     */
    private int image(String t, int i, int to, int lo, int hi, int flags) {
        // not in a heading, whose text (its id) flexmark takes the alt text into, and its section's heading not
        if ((flags & (IN_LINK | HEADING)) != 0) throw NOT_SIMPLE;
        int k = closingBracket(t, i + 1, to);
        int d = k + 2;
        int e = destinationEnd(t, d, to);
        String src = t.substring(d, e);
        if (src.indexOf('#') >= 0 || !SafeUrls.isSafe(src, true) || src.regionMatches(true, 0, "www.", 0, 4)) throw NOT_SIMPLE;
        // no code in the alt text: flexmark's text of it may keep a backtick ("a `b`" in a quote gives "a `b")
        for (int c = i + 2; c < k; c++) if (t.charAt(c) == '`') throw NOT_SIMPLE;
        StringBuilder outer = plain;
        StringBuilder alt = new StringBuilder();
        plain = alt;
        int at = out.length();
        inline(t, i + 2, k, lo, hi, DRY | HEADING | IN_LINK);
        out.setLength(at);
        plain = outer;
        if ((flags & DRY) != 0) return e + 1;
        String url = written(src, resolvedImages, sourceOffset(t, i));
        out.append("<img src=\"").append(url).append("\" alt=\"");
        escape(alt, 0, alt.length());
        out.append("\" />");
        state.target("img", url);
        return e + 1;
    }

    /** The URL written for a link's or image's URL as written: resolved once per page, as flexmark's writer does. */
    private String written(String href, Map<String, String> cache, int offset) {
        String url = cache.get(href);
        if (url == null) {
            url = href;
            if (!Href.isExternal(href)) {
                String page = LecternLinkResolver.pageLink(href, offset, state);
                if (page != null) url = page;
            }
            cache.put(href, url);
        }
        for (int c = 0; c < url.length(); c++) if (!urlChar(url.charAt(c))) throw NOT_SIMPLE;
        return url;
    }

    /** Where the {@code ]} of the bracket at {@code i} is, followed by {@code (}; not a bracket inside. */
    private static int closingBracket(String t, int i, int to) {
        int k = i + 1;
        while (true) {
            if (k >= to) throw NOT_SIMPLE;
            char c = t.charAt(k);
            if (c == ']') break;
            if (c == '[') throw NOT_SIMPLE;
            if (c == '\\') {
                k += 2; // an escaped character is not a bracket or backtick
                continue;
            }
            if (c == '`') {
                int close = t.indexOf('`', k + 1);
                if (close < 0 || close >= to) throw NOT_SIMPLE;
                k = close + 1;
                continue;
            }
            k++;
        }
        if (k == i + 1 || k + 1 >= to || t.charAt(k + 1) != '(') throw NOT_SIMPLE;
        return k;
    }

    /** Where the URL from {@code d} ends (at its {@code )}): not empty, of the characters {@link #urlChar} allows. */
    private static int destinationEnd(String t, int d, int to) {
        int e = d;
        while (e < to && t.charAt(e) != ')') {
            if (!urlChar(t.charAt(e))) throw NOT_SIMPLE;
            e++;
        }
        if (e >= to || e == d) throw NOT_SIMPLE;
        return e;
    }

    /** A character a link's URL may hold here: nothing flexmark would unescape, escape or read otherwise. */
    private static boolean urlChar(char c) {
        return asciiAlnum(c) || "-._~/#:?=+%".indexOf(c) >= 0;
    }

    /** Where index {@code i} of {@code t} is in the page's Markdown. */
    private int sourceOffset(String t, int i) {
        if (t == md) return i;
        int line = java.util.Arrays.binarySearch(joinedStarts, i);
        if (line < 0) line = -line - 2;
        return joinedSources[line] + i - joinedStarts[line];
    }
}
