package dev.lectern.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.lectern.blocks.BlockKinds;
import dev.lectern.blocks.Markup;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostics;
import dev.lectern.util.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Second stage: parses a page's Markdown (CommonMark plus GFM tables, strikethrough, autolinks,
 * task lists, footnotes, definition lists, callouts) and renders its body HTML, recording headings,
 * links and fenced blocks on the way. Thread-safe: one instance serves every page of a build.
 */
public final class MarkdownRenderer {
    /**
     * Parsers by which of the optional syntaxes a text may hold (index bits: 1 = bare links, 2 = callouts,
     * 4 = attribute lists {@code {#id .class}}, 8 = abbreviations {@code *[HTML]: ...}), made when first needed.
     * Flexmark's autolink and admonition extensions scan every text node and every line start, about half
     * of all parsing time on a corpus with neither. A text without {@code !!!} or {@code ???} holds no
     * callout; one whose only URLs are link destinations holds no bare link (see {@link #parse}), so
     * most pages are parsed without them, to the same document ({@code ParserChoiceTest}).
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Parser> parsers =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(16);
    private static final int BARE_LINKS = 1;
    private static final int CALLOUTS = 2;
    private static final int ATTRIBUTES = 4;
    private static final int ABBREVIATIONS = 8;
    private final boolean rawHtml;
    /**
     * Renderers by the same bits as {@link #parsers}: a document is rendered by the renderer of the
     * extensions it was parsed with. The others' node renderers could only meet nodes it does not have,
     * yet each render makes them anew and the attribute lists' provider looks at every tag (a renderer
     * of every extension took a fifth more time to parse and render the 1,000-page corpus).
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<HtmlRenderer> renderers =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(16);
    private final BlockKinds kinds;
    private final CodeHighlighter highlighter;
    private final Markup markup;

    /** {@code markup}: the theme's partial templates, for the blocks' markup. */
    public MarkdownRenderer(BlockKinds kinds, boolean rawHtml, CodeHighlighter highlighter, Markup markup) {
        this.kinds = kinds;
        this.markup = markup;
        this.highlighter = highlighter;
        this.rawHtml = rawHtml;
    }

    private HtmlRenderer renderer(int syntaxes) {
        HtmlRenderer r = renderers.get(syntaxes);
        if (r == null) {
            r = HtmlRenderer.builder(options(syntaxes, rawHtml)).build();
            if (!renderers.compareAndSet(syntaxes, null, r)) r = renderers.get(syntaxes);
        }
        return r;
    }

    private Parser parser(int syntaxes) {
        Parser p = parsers.get(syntaxes);
        if (p == null) {
            // a custom inline parser drops flexmark's core reference definitions: added back where flexmark adds them (last)
            p = Parser.builder(options(syntaxes, rawHtml)).customInlineParserFactory(SliceInlineParser::new)
                    .paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory()).build();
            if (!parsers.compareAndSet(syntaxes, null, p)) p = parsers.get(syntaxes);
        }
        return p;
    }

    private static MutableDataSet options(int syntaxes, boolean rawHtml) {
        boolean bareLinks = (syntaxes & BARE_LINKS) != 0;
        boolean callouts = (syntaxes & CALLOUTS) != 0;
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                FootnoteExtension.create(), DefinitionExtension.create(), LecternExtension.create()));
        if (bareLinks) extensions.add(2, AutolinkExtension.create());
        if (callouts) extensions.add(extensions.size() - 1, CalloutSyntax.create());
        if ((syntaxes & ATTRIBUTES) != 0) extensions.add(extensions.size() - 1, AttributesExtension.create());
        if ((syntaxes & ABBREVIATIONS) != 0) extensions.add(extensions.size() - 1, AbbreviationExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.ESCAPE_HTML, !rawHtml);
        // Not flexmark's own filter (lower-case "javascript:" only, and silent): SafeUrls decides, and warns.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(AdmonitionExtension.INTERRUPTS_PARAGRAPH, true);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        // attr_list as MkDocs has it: ids and classes for the element before, never info-string attributes
        options.set(AttributesExtension.FENCED_CODE_INFO_ATTRIBUTES, false);
        options.set(AttributesExtension.USE_EMPTY_IMPLICIT_AS_SPAN_DELIMITER, false);
        options.set(AttributesExtension.WRAP_NON_ATTRIBUTE_TEXT, false);
        return options;
    }

    /** The document for this text, parsed without the autolink and callout extensions when it cannot use them. */
    Document parse(String text) {
        return parsed(text).document();
    }

    /** A document, the parser that made it, and that parser's optional syntaxes (bits as {@link #parsers}). */
    record Parsed(Parser parser, Document document, int syntaxes) {}

    /** The document's HTML, by the renderer of the extensions it was parsed with. */
    private String render(Parsed parsed) {
        return renderer(parsed.syntaxes()).render(parsed.document());
    }

    Parsed parsed(String text) {
        return parsed(text, Signs.of(text));
    }

    /** The same, {@code signs} those of {@code text}. */
    private Parsed parsed(String text, Signs signs) {
        int syntaxes = (signs.callout() ? CALLOUTS : 0) | (signs.attributeList() ? ATTRIBUTES : 0)
                | (signs.abbreviation() ? ABBREVIATIONS : 0);
        Parser without = parser(syntaxes);
        Document doc = without.parse(text);
        if (!signs.bareLink() || !mayHoldBareLink(doc, text)) return new Parsed(without, doc, syntaxes);
        Parser with = parser(syntaxes | BARE_LINKS);
        return new Parsed(with, with.parse(text), syntaxes | BARE_LINKS);
    }

    /**
     * The parser with every extension that may apply to this text: what {@link #parse} must agree with.
     * Attribute lists are a switch rather than a guess: a page uses them when it writes one in MkDocs'
     * form ({@code {#id}}, {@code {.class}}, {@code {: ...}}), so a brace in other text stays text.
     */
    Parser fullParser(String text) {
        return parser(BARE_LINKS | CALLOUTS | ABBREVIATIONS | (hasAttributeList(text) ? ATTRIBUTES : 0));
    }

    /** Whether the text holds {@code {#}, {@code {.} or {@code {:}, spaces allowed after the brace. */
    static boolean hasAttributeList(String text) {
        for (int brace = text.indexOf('{'); brace >= 0; brace = text.indexOf('{', brace + 1)) {
            int i = brace + 1;
            while (i < text.length() && text.charAt(i) == ' ') i++;
            if (i < text.length() && (text.charAt(i) == '#' || text.charAt(i) == '.' || text.charAt(i) == ':')) return true;
        }
        return false;
    }

    /**
     * Whether the autolink extension could find something in this text, which holds a sign of one ({@link
     * Signs#bareLink}): a scheme ({@code ://}, also escaped), an {@code @}, a {@code www.} or an entity it would
     * decode, outside the places it leaves
     * alone: the destinations of the document's links (most URLs in Markdown are there), code spans,
     * code blocks and HTML.
     */
    private static boolean mayHoldBareLink(Document doc, String text) {
        char[] outside = text.toCharArray();
        for (Node n : doc.getDescendants()) {
            BasedSequence url = n instanceof LinkNodeBase link ? link.getUrl()
                    : n instanceof Reference ref ? ref.getUrl()
                    : n instanceof AutoLink || n instanceof MailLink || n instanceof Code || n instanceof CodeBlock
                            || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
                            || n instanceof HtmlBlockBase || n instanceof HtmlInlineBase ? n.getChars()
                    : BasedSequence.NULL;
            if (url.isNull() || url.isEmpty()) continue;
            java.util.Arrays.fill(outside, Math.max(0, url.getStartOffset()), Math.min(outside.length, url.getEndOffset()), ' ');
        }
        return hasBareLinkSign(new String(outside));
    }

    static boolean hasBareLinkSign(String text) {
        return text.contains(":/") || text.contains(":\\") || text.indexOf('@') >= 0 || hasWww(text) || hasEntity(text);
    }

    /** Whether the text may hold an HTML entity, which the autolink extension reads decoded ({@code &commat;}). */
    private static boolean hasEntity(String text) {
        for (int amp = text.indexOf('&'); amp >= 0 && amp + 1 < text.length(); amp = text.indexOf('&', amp + 1)) {
            char next = text.charAt(amp + 1);
            if (next == '#' || Character.isLetter(next)) return true;
        }
        return false;
    }

    /** Whether the text has "www." in any letter case, as the autolink extension would see it. */
    private static boolean hasWww(String text) {
        for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if ((text.charAt(dot - 1) | 0x20) == 'w' && (text.charAt(dot - 2) | 0x20) == 'w'
                    && (text.charAt(dot - 3) | 0x20) == 'w') return true;
            // an escaped dot, "www\\.", is a dot to the autolink extension
            if (text.charAt(dot - 1) == '\\' && dot >= 4 && (text.charAt(dot - 2) | 0x20) == 'w'
                    && (text.charAt(dot - 3) | 0x20) == 'w' && (text.charAt(dot - 4) | 0x20) == 'w') return true;
        }
        return false;
    }

    /**
     * How deep Markdown may nest (lists, quotes, emphasis, links inside each other: each level is one
     * or two nodes of the syntax tree). Rendering is recursive; hundreds of levels overflow the stack.
     */
    public static final int MAX_DEPTH = 100;

    /**
     * The page's body HTML and what was found on the way. Whatever goes wrong inside (a stack overflow
     * on input too deep to foresee, a bug) becomes this page's error, never the build's end.
     */
    public RenderedPage render(SourcePage page, LinkTargets targets, Diagnostics diagnostics) {
        return render(page, targets, diagnostics, Map.of());
    }

    /**
     * The same with the links whose URL as written ({@link LinkRef#written()}) is a key of {@code unlinked}
     * written as text, in a {@code <span class="broken-link">} whose title is its value ({@code links: warn}).
     */
    public RenderedPage render(SourcePage page, LinkTargets targets, Diagnostics diagnostics, Map<String, String> unlinked) {
        try {
            return renderPage(page, targets, diagnostics, unlinked);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            diagnostics.error(page.displayPath(), 0, 0, "this page could not be built: " + e
                    + (e instanceof StackOverflowError ? " (is something nested very deeply?)" : ""));
            return empty(page);
        }
    }

    private static RenderedPage empty(SourcePage page) {
        return new RenderedPage(page, page.title(), "", List.of(), List.of(), List.of(), java.util.Set.of(),
                PageText.EMPTY, PageRefs.NONE);
    }

    private RenderedPage renderPage(SourcePage page, LinkTargets targets, Diagnostics diagnostics,
                                    Map<String, String> unlinked) {
        // each step reads the signs of the text it is given: one pass for all, again only after a rewrite changed it
        Signs signs = Signs.of(page.markdown());
        RenderedPage simple = simplePath(page, targets, diagnostics, unlinked, signs);
        return simple != null ? simple : flexmarkPath(page, targets, diagnostics, unlinked, signs);
    }

    /**
     * The choice of path: a page of the common Markdown ({@link SimplePage}: headings, paragraphs, emphasis, code,
     * links, tables, simple lists, fenced code, a quote) is rendered by Lectern's own path, to what the flexmark path
     * would give; null for every other page (and for a page whose links are written as text, a Q&amp;A page, one with
     * any syntax Lectern rewrites or an optional extension reads), which {@link #flexmarkPath} renders.
     */
    private RenderedPage simplePath(SourcePage page, LinkTargets targets, Diagnostics diagnostics,
                                    Map<String, String> unlinked, Signs signs) {
        if (!unlinked.isEmpty() || !signs.noneButBareLink() || "qa".equals(page.layout())) return null;
        String markdown = page.markdown();
        PageState state = new PageState(page, targets, kinds, diagnostics, new LineIndex(markdown), highlighter, null, markup);
        return SimplePage.render(page, markdown, state);
    }

    /** Lectern's own path alone: the page as {@link #render} gives it when that path takes it, else null ({@code SimplePageTest}). */
    RenderedPage renderSimple(SourcePage page, LinkTargets targets, Diagnostics diagnostics) {
        return simplePath(page, targets, diagnostics, Map.of(), Signs.of(page.markdown()));
    }

    /** The flexmark path alone, whichever path {@link #render} takes for the page ({@code SimplePageTest}). */
    RenderedPage renderWithFlexmark(SourcePage page, LinkTargets targets, Diagnostics diagnostics) {
        return flexmarkPath(page, targets, diagnostics, Map.of(), Signs.of(page.markdown()));
    }

    private RenderedPage flexmarkPath(SourcePage page, LinkTargets targets, Diagnostics diagnostics,
                                      Map<String, String> unlinked, Signs signs) {
        Snippets.Expanded expanded = signs.snippet() ? Snippets.expand(page, page.markdown(), diagnostics) : null;
        String markdown = expanded == null ? page.markdown() : expanded.text();
        if (expanded != null) signs = Signs.of(markdown);
        if (signs.githubCallout() && markdown != (markdown = GitHubCallouts.rewrite(markdown))) signs = Signs.of(markdown);
        if (signs.tabs() && markdown != (markdown = ContentTabs.rewrite(markdown))) signs = Signs.of(markdown);
        if (signs.colonAttributes() && markdown != (markdown = AttributeLists.colonForm(markdown))) signs = Signs.of(markdown);
        LineIndex lineIndex = expanded == null ? new LineIndex(markdown) : new LineIndex(markdown, expanded.lines());
        PageState full = new PageState(page, targets, kinds, diagnostics, lineIndex, highlighter, null, markup);
        full.record = true;
        full.rawHtml = rawHtml;
        // a Q&A page's answers are copied onto the Review page: the copy's edits are recorded as it is written
        if ("qa".equals(page.layout())) full.review = TextRecorder.mark(full.nonce, 'p');
        Parsed parsed = parsed(markdown, signs);
        Document doc = parsed.document();
        full.unlinked = unlinked;
        full.inline = new dev.lectern.blocks.BlockContext.InlineMarkdown() {
            @Override
            public String toHtml(String text) {
                return renderInline(text, full);
            }

            @Override
            public String toText(String text) {
                if (text == null || text.isEmpty()) return "";
                if (!full.inlineText.containsKey(text)) renderInline(text, full);
                return full.inlineText.getOrDefault(text, "");
            }
        };
        PageState.KEY.set(doc, full);
        Node deep = tooDeep(doc);
        if (deep != null) {
            int offset = deep.getStartOffset();
            diagnostics.error(page.displayPath(), full.lineOf(offset), full.columnOf(offset), TOO_DEEP);
            return empty(page);
        }

        List<Heading> headingNodes = new ArrayList<>();
        for (Node n : doc.getDescendants()) if (n instanceof Heading h) headingNodes.add(h);
        // The first "#" heading is the page title (the template prints it as the only h1).
        Node first = doc.getFirstChild();
        while (first instanceof com.vladsch.flexmark.util.ast.BlankLine) first = first.getNext();
        String title = page.title();
        if (first instanceof Heading h && h.getLevel() == 1) {
            headingNodes.remove(h);
            h.unlink();
            // a heading that came from a snippet names a page that has no title of its own (or only its nav title)
            if (expanded != null && page.meta().title() == null && !page.titleFromHeading()) {
                title = new TextCollectingVisitor().collectAndGetText(h).strip();
            }
        }
        Slugger slugger = new Slugger();
        AttributeLists.check(doc, full);
        // every text node is a part of the document's text: without either opener, no node has one
        if (signs.templateSyntax()) templateSyntax(doc, full);
        trimMailLinks(doc);
        for (Heading h : headingNodes) {
            String own = AttributeLists.id(h);
            if (own != null) slugger.reserve(own);
        }
        List<dev.lectern.markdown.Heading> headings = new ArrayList<>();
        TextCollectingVisitor text = new TextCollectingVisitor();
        for (Heading h : headingNodes) {
            if (h.getLevel() == 1) {
                diagnostics.warning(page.displayPath(), full.lineOf(h.getStartOffset()), 1, SECOND_TITLE);
                h.setLevel(2);
            }
            String plain = text.collectAndGetText(h).strip();
            String own = AttributeLists.id(h);
            String id = own != null ? own : slugger.unique(plain);
            full.headingIds.put(h, id);
            headings.add(new dev.lectern.markdown.Heading(h.getLevel(), plain, id, full.lineOf(h.getStartOffset())));
        }
        TextRecorder.Stripped stripped = TextRecorder.strip(SafeUrls.dropInert(render(parsed)), full.nonce, full.headingsWritten,
                full.pendingEdits, full.textsWritten, full.textsLength);
        String html = stripped.html();
        PageText recorded = TextRecorder.record(doc, full, stripped);
        if (rawHtml && hasHtml(doc)) {
            recorded = new PageText(null, null, recorded.headingSpans(), recorded.allText(), recorded.inlineText(),
                    recorded.review());
        }
        if (rawHtml) RawHtmlRefs.record(doc, full);
        return new RenderedPage(page, title, html, List.copyOf(headings), List.copyOf(full.links),
                List.copyOf(full.blocks), full.assets, recorded, full.refs());
    }

    /** Whether the document holds HTML (passed through as written when the site allows raw HTML). */
    private static boolean hasHtml(Document doc) {
        for (Node n : doc.getDescendants()) if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) return true;
        return false;
    }

    /**
     * Jinja or plugin syntax ({@code {{ ... }}}, {@code {% ... %}}) that MkDocs macros would have run is
     * shown as written; a warning at its position says so (code spans and blocks are left alone).
     */
    private static void templateSyntax(Document doc, PageState state) {
        for (Node n : doc.getDescendants()) {
            if (!(n instanceof com.vladsch.flexmark.ast.Text) || n.getAncestorOfType(Code.class, FencedCodeBlock.class,
                    IndentedCodeBlock.class, CodeBlock.class, HtmlBlockBase.class) != null) continue;
            BasedSequence chars = n.getChars();
            String s = chars.toString();
            int at = Math.min(s.indexOf("{{") < 0 ? Integer.MAX_VALUE : s.indexOf("{{"),
                    s.indexOf("{%") < 0 ? Integer.MAX_VALUE : s.indexOf("{%"));
            if (at == Integer.MAX_VALUE) continue;
            int off = chars.getStartOffset() + at;
            String close = s.startsWith("{{", at) ? "}}" : "%}";
            int end = s.indexOf(close, at);
            String what = end < 0 ? s.substring(at, Math.min(s.length(), at + 20)) : s.substring(at, end + 2);
            state.diagnostics.warning(state.page.displayPath(), state.lineOf(off), state.columnOf(off),
                    "template syntax `" + what + "` is not run by Lectern (MkDocs macros or Jinja); it is shown as written");
        }
    }

    /**
     * GFM allows only letters, digits and {@code . - _ +} in an extended e-mail autolink; flexmark's
     * autolinker also takes a quote or other punctuation before the address into the link. That part
     * goes back to the text before the link.
     */
    private static void trimMailLinks(Document doc) {
        List<MailLink> links = new ArrayList<>();
        for (Node n : doc.getDescendants()) if (n instanceof MailLink m && m.getOpeningMarker().isEmpty()) links.add(m);
        for (MailLink m : links) {
            BasedSequence text = m.getText();
            int k = 0;
            while (k < text.length() && !isMailChar(text.charAt(k))) k++;
            if (k == 0 || k >= text.indexOf('@')) continue;
            m.insertBefore(new com.vladsch.flexmark.ast.Text(text.subSequence(0, k)));
            m.setText(text.subSequence(k));
            m.setChars(text.subSequence(k));
        }
    }

    private static boolean isMailChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '+';
    }

    /** The warning for a {@code #} heading after the page's title (both paths write it). */
    static final String SECOND_TITLE = "a page has one title (its h1); this `#` heading is shown as `##`";

    static final String TOO_DEEP = "Markdown nested more than " + MAX_DEPTH + " levels deep (lists, quotes, "
            + "emphasis or links inside each other); flatten it";

    /** The first node nested deeper than {@link #MAX_DEPTH}, or null; found without recursion. */
    static Node tooDeep(Document doc) {
        Node n = doc.getFirstChild();
        int depth = 1;
        while (n != null) {
            if (depth > MAX_DEPTH) return n;
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                continue;
            }
            while (n.getNext() == null) {
                n = n.getParent();
                depth--;
                if (n == null || n == doc) return null;
            }
            n = n.getNext();
        }
        return null;
    }

    /** Inline Markdown inside a block's data: rendered without the surrounding paragraph. */
    private String renderInline(String text, PageState outer) {
        if (text == null || text.isEmpty()) return "";
        String plain = PlainInline.html(text);
        if (plain != null) {
            outer.inlineText.put(text, text);
            return plain;
        }
        Parsed parsed = parsed(text);
        Document doc = parsed.document();
        PageState inner = new PageState(outer.page, outer.targets, outer.kinds, outer.diagnostics, outer.lines,
                outer.highlighter, null, outer.markup);
        inner.fixedLine = Math.max(1, outer.currentBlockLine);
        inner.rawHtml = rawHtml;
        inner.unlinked = outer.unlinked;
        PageState.KEY.set(doc, inner);
        if (tooDeep(doc) != null) {
            outer.diagnostics.error(outer.page.displayPath(), inner.fixedLine, 1, TOO_DEEP);
            return Html.escape(text);
        }
        String html;
        Node only = doc.getFirstChild();
        if (only instanceof Paragraph && only.getNext() == null) {
            html = SafeUrls.dropInert(render(parsed)).strip();
            if (html.startsWith("<p>") && html.endsWith("</p>")) html = html.substring(3, html.length() - 4);
        } else {
            html = SafeUrls.dropInert(render(parsed)).strip();
        }
        outer.links.addAll(inner.links);
        outer.inlineText.put(text, TextRecorder.plainInline(doc, inner));
        if (rawHtml) RawHtmlRefs.record(doc, inner);
        outer.ids.addAll(inner.ids);
        outer.linkTargets.addAll(inner.linkTargets);
        return html;
    }
}
