package dev.lectern.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.BlockKind;
import dev.lectern.blocks.BlockOutput;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.diag.DidYouMean;
import dev.lectern.util.Html;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lectern's own rendering of three node types: headings (GitHub-style ids), fenced code (handed to
 * a registered {@link BlockKind} or highlighted) and callouts ({@code !!! note}, {@code > [!NOTE]}).
 */
final class LecternNodeRenderer implements NodeRenderer {
    /** An edit of the review copy that leaves out what it replaces. */
    private static final ReviewCopy.Edit NOTHING = new ReviewCopy.Edit(0, 0, "", List.of(), java.util.Set.of());
    static final Map<String, String> CALLOUT_TYPES = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("info", "note"), Map.entry("abstract", "note"),
            Map.entry("summary", "note"), Map.entry("important", "note"), Map.entry("example", "note"),
            Map.entry("quote", "note"), Map.entry("question", "note"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("success", "tip"),
            Map.entry("warning", "warning"), Map.entry("caution", "warning"), Map.entry("attention", "warning"),
            Map.entry("danger", "danger"), Map.entry("error", "danger"), Map.entry("failure", "danger"),
            Map.entry("bug", "danger"));
    private static final Map<String, String> CALLOUT_ICONS = Map.of(
            "note", "i", "tip", "\u2713", "warning", "!", "danger", "\u00d7");

    LecternNodeRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        Set<NodeRenderingHandler<?>> set = new HashSet<>();
        set.add(new NodeRenderingHandler<>(Heading.class, this::renderHeading));
        set.add(new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFence));
        set.add(new NodeRenderingHandler<>(AdmonitionBlock.class, this::renderCallout));
        // Text the glossary may mark, between TextRecorder's marks; written by flexmark as always.
        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Text.class, this::renderText));
        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlEntity.class, this::renderText));
        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.SoftLineBreak.class, this::renderText));
        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlInline.class, this::renderText));
        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlInlineComment.class, this::renderText));
        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlBlock.class, this::renderHtmlBlock));

        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Link.class, (n, c, h) -> renderLink(n, n.getUrl(), false, c, h)));
        // A reference without a definition is text (the glossary may mark it); one with a definition a link.
        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.LinkRef.class, (n, c, h) -> {
            if (n.isDefined()) renderLink(n, reference(n, c), false, c, h);
            else renderText(n, c, h);
        }));
        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Image.class, (n, c, h) -> renderLink(n, n.getUrl(), true, c, h)));
        set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.ImageRef.class, (n, c, h) -> renderLink(n, reference(n, c), true, c, h)));
        return set;
    }

    /** The URL of a reference link's definition, or null when it has none (then it is text). */
    private static com.vladsch.flexmark.util.sequence.BasedSequence reference(com.vladsch.flexmark.ast.RefNode node,
                                                                            NodeRendererContext context) {
        if (!node.isDefined()) return null;
        com.vladsch.flexmark.ast.Reference r = node.getReferenceNode(context.getDocument());
        return r == null ? null : r.getUrl();
    }

    /**
     * A link or image as flexmark writes it, except one the page is rendered again without
     * ({@code links: warn}, {@link PageState#unlinked}): its text (an image's alt text) in a
     * {@code <span class="broken-link">} whose title says why.
     */
    private void renderLink(com.vladsch.flexmark.util.ast.Node node, com.vladsch.flexmark.util.sequence.BasedSequence url,
                            boolean image, NodeRendererContext context, HtmlWriter html) {
        PageState state = PageState.of(context.getDocument());
        if (state == null || state.unlinked.isEmpty() || url == null) {
            context.delegateRender();
            return;
        }
        String written = context.resolveLink(image ? com.vladsch.flexmark.html.renderer.LinkType.IMAGE
                : com.vladsch.flexmark.html.renderer.LinkType.LINK, url.unescape(), null, null).getUrl();
        String reason = state.unlinked.get(written);
        if (reason == null) {
            context.delegateRender();
            return;
        }
        html.raw("<span class=\"broken-link\" title=\"" + Html.escape(reason) + "\">");
        if (image) {
            html.raw(com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(
                    new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(node), true));
        } else {
            context.renderChildren(node);
        }
        html.raw("</span>");
    }

    /**
     * Text as flexmark writes it, between marks when the glossary may mark it (raw HTML, when the site
     * allows it, is markup, not text: a page with raw HTML records no runs).
     */
    private void renderText(com.vladsch.flexmark.util.ast.Node node, NodeRendererContext context, HtmlWriter html) {
        PageState state = PageState.of(context.getDocument());
        boolean marks = state != null && state.record && state.textDepth == 0
                && (!(node instanceof com.vladsch.flexmark.ast.LinkRef ref) || !ref.isDefined())
                && TextRecorder.markable(node);
        if (!marks) {
            renderChars(node, state, context, html);
            return;
        }
        state.textDepth++;
        html.raw(TextRecorder.mark(state.nonce, TextRecorder.OPEN));
        renderChars(node, state, context, html);
        html.raw(TextRecorder.mark(state.nonce, TextRecorder.CLOSE));
        state.textDepth--;
    }

    private static void renderChars(com.vladsch.flexmark.util.ast.Node node, PageState state, NodeRendererContext context,
                                    HtmlWriter html) {
        if (node instanceof com.vladsch.flexmark.ast.HtmlInline && rawReview(state, context)) {
            // as flexmark writes it (CoreNodeRenderer.renderInlineHtml), with the Review copy's edits between marks
            html.rawPre(RawHtmlRefs.review(node.getChars().normalizeEOL(), state));
        } else {
            Chars.render(node, state, context, html);
        }
    }

    /** Whether the author's raw HTML is written with the edits of its Review copy (on a Q&amp;A page). */
    private static boolean rawReview(PageState state, NodeRendererContext context) {
        return state != null && state.rawHtml && state.reviewing() && !context.getHtmlOptions().escapeHtmlBlocks
                && !context.getHtmlOptions().suppressHtmlBlocks && !context.getHtmlOptions().escapeInlineHtml
                && !context.getHtmlOptions().suppressInlineHtml && !context.getHtmlOptions().sourceWrapHtmlBlocks;
    }

    /**
     * An HTML block as flexmark writes it ({@code CoreNodeRenderer}: a line, its text, a line if so configured); on a
     * Q&amp;A page with raw HTML, with the Review copy's edits between marks ({@link RawHtmlRefs#review}).
     */
    private void renderHtmlBlock(com.vladsch.flexmark.ast.HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        PageState state = PageState.of(context.getDocument());
        if (node.hasChildren() || !rawReview(state, context)) {
            context.delegateRender();
            return;
        }
        html.line();
        html.rawPre(RawHtmlRefs.review(node.getContentChars().normalizeEOL(), state));
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    private void renderHeading(Heading node, NodeRendererContext context, HtmlWriter html) {
        PageState state = PageState.of(context.getDocument());
        String id = state == null ? null : state.headingIds.get(node);
        String tag = "h" + node.getLevel();
        boolean marks = id != null && state.record;
        html.line();
        if (marks) {
            html.raw(TextRecorder.mark(state.nonce, TextRecorder.HEADING));
            state.headingsWritten.add(new PageText.HeadingSpan(id, node.getLevel(), 0, 0));
        }
        if (id != null) html.attr("id", id);
        html.withAttr().tag(tag);
        context.renderChildren(node);
        if (id != null && node.getLevel() > 1) {
            String anchor = "<a class=\"heading-anchor\" href=\"#" + id + "\" aria-label=\""
                    + Html.escape(state == null ? "" : state.words("anchor", 0)) + "\">#</a>";
            // the Review page's copy has no heading anchors
            html.raw(state != null && state.reviewing() ? state.edited(anchor, NOTHING) : anchor);
            if (state != null) state.target("a", "#" + id);
        }
        html.tag("/" + tag);
        if (marks) html.raw(TextRecorder.mark(state.nonce, TextRecorder.HEADING_END));
        html.line();
    }

    private void renderFence(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        PageState state = PageState.of(context.getDocument());
        String info = node.getInfo().toString().strip();
        String kind = info.split("\\s+", 2)[0];
        String rest = info.length() > kind.length() ? info.substring(kind.length()).strip() : "";
        String code = node.getContentChars().toString();
        if (state != null && state.fixedLine == 0) {
            int fenceLine = state.lines.line(node.getStartOffset());
            int fenceColumn = state.lines.column(node.getStartOffset());
            if (node.getClosingMarker().isEmpty()) {
                String marker = node.getOpeningMarker().toString();
                state.diagnostics.error(state.page.displayPath(), fenceLine, fenceColumn,
                        "code fence " + marker + " is never closed; add a line with " + marker
                                + " where the block ends");
            }
            Optional<BlockKind> handler = state.kinds.find(kind);
            if (handler.isPresent()) {
                int contentLine = fenceLine + 1;
                state.currentBlockLine = fenceLine;
                int ordinal = state.ordinals.merge(kind, 1, Integer::sum) - 1;
                BlockContext ctx = new BlockContext(state.diagnostics, state.page.url(), state.page.sourcePath(),
                        state.page.title(), ordinal, state.inline, state.recordingMarkup,
                        state.reviewing() ? state.review : null);
                FencedBlock block = new FencedBlock(kind, rest, code, state.page.displayPath(), fenceLine,
                        contentLine, fenceColumn);
                BlockOutput out;
                try {
                    out = handler.get().render(block, ctx);
                } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                    state.diagnostics.error(state.page.displayPath(), fenceLine, fenceColumn,
                            "internal error in the `" + kind + "` block: " + e);
                    out = BlockOutput.of("");
                }
                state.blocks.add(new RenderedPage.NamedBlock(kind, out));
                state.assets.addAll(out.assets());
                state.ids.addAll(out.madeIds());
                // the Review page's copy shows the block as the block made it for the copy (a quiz: not at all)
                String written = out.review() == null || !state.reviewing() ? out.html()
                        : state.edited(out.html(), new ReviewCopy.Edit(0, 0, out.review().html(), List.of(), out.review().ids()));
                html.line().openPre().raw(written).closePre().line();
                return;
            }
        }
        String language = kind.isEmpty() ? null : kind;
        String highlighted = language == null || state == null ? null : state.highlighter.highlight(code, language);
        // Code blocks get their colours and copy button from the theme, on the pages that have code.
        if (state != null) {
            state.assets.add("css/code.css");
            state.assets.add("js/code.js");
        }
        html.line();
        // openPre: flexmark's writer would otherwise strip the indentation of every line.
        html.openPre();
        html.raw("<pre class=\"code\" tabindex=\"0\"><code");
        if (language != null) html.raw(" class=\"language-" + Html.escape(language) + "\"");
        html.raw(">");
        html.raw(highlighted != null ? highlighted : Html.escape(code));
        html.raw("</code></pre>");
        html.closePre().line();
    }

    private void renderCallout(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
        PageState state = PageState.of(context.getDocument());
        String written = node.getInfo().toString().toLowerCase();
        if (written.startsWith(ContentTabs.TYPE)) {
            renderTab(node, written, state, context, html);
            return;
        }
        String type = CALLOUT_TYPES.get(written);
        if (type == null) {
            type = "note";
            if (state != null) {
                int off = node.getStartOffset();
                state.diagnostics.warning(state.page.displayPath(), state.lineOf(off), state.columnOf(off),
                        DidYouMean.unknownKey("callout type", written, List.of("note", "tip", "warning", "danger")));
            }
        }
        String title = !node.getTitle().isNull() ? node.getTitle().toString() : state == null ? "" : state.words(type, 0);
        if (state != null) state.labels.put(node, title);
        boolean collapsible = node.getOpeningMarker().toString().startsWith("???");
        boolean open = node.getOpeningMarker().toString().endsWith("+");
        String icon = "<span class=\"callout-icon\" aria-hidden=\"true\">" + CALLOUT_ICONS.get(type) + "</span>";
        html.line();
        if (collapsible) {
            html.raw("<details class=\"callout callout-" + type + "\"" + (open ? " open" : "") + "><summary class=\"callout-title\">"
                    + icon + Html.escape(title) + "</summary>").line();
            html.raw("<div class=\"callout-body\">");
            context.renderChildren(node);
            html.raw("</div></details>").line();
        } else {
            html.raw("<aside class=\"callout callout-" + type + "\" aria-label=\"" + Html.escape(title) + "\">"
                    + "<p class=\"callout-title\">" + icon + Html.escape(title) + "</p>").line();
            html.raw("<div class=\"callout-body\">");
            context.renderChildren(node);
            html.raw("</div></aside>").line();
        }
    }

    /**
     * One tab of a set: a labelled section, all of them readable one after another without script; the
     * theme's {@code tabs.js} turns a set into an ARIA tablist. A set is the run of tabs that follow one
     * another ({@code ===!} starts a new one).
     */
    private void renderTab(AdmonitionBlock node, String type, PageState state, NodeRendererContext context, HtmlWriter html) {
        boolean opens = type.contains("-new") || !isTab(previousBlock(node));
        boolean closes = !isTab(nextBlock(node)) || ((AdmonitionBlock) nextBlock(node)).getInfo().toString().contains("-new");
        int set = state == null ? 1 : state.ordinals.getOrDefault("tabs", 0) + (opens ? 1 : 0);
        if (state != null) {
            state.ordinals.put("tabs", set);
            state.assets.add("css/compat.css");
            state.assets.add("js/tabs.js");
        }
        int tab = state == null ? 1 : state.ordinals.merge("tab-" + set, 1, Integer::sum);
        String title = !node.getTitle().isNull() ? node.getTitle().toString() : state == null ? "" : state.words("tab", tab);
        String id = "tabs-" + set + "-" + tab;
        if (state != null) state.labels.put(node, title);
        boolean marks = state != null && state.record && state.textDepth == 0;
        html.line();
        if (opens) html.raw("<div class=\"tabbed-set\">").line();
        // the Review page's copy leaves the ids and the reference to one out
        boolean review = state != null && state.reviewing();
        html.raw("<section class=\"tabbed-block\" id=\"" + (review ? state.withoutInReview("id", id) : id)
                + "\" aria-labelledby=\"" + (review ? state.withoutInReview("aria-labelledby", id + "-label") : id + "-label")
                + "\"" + (type.endsWith("-selected") ? " data-selected" : "") + ">").line();
        html.raw("<p class=\"tabbed-label\" id=\"" + (review ? state.withoutInReview("id", id + "-label") : id + "-label")
                + "\">" + (marks ? TextRecorder.mark(state.nonce, TextRecorder.OPEN) : "")
                + Html.escape(title) + (marks ? TextRecorder.mark(state.nonce, TextRecorder.CLOSE) : "") + "</p>").line();
        if (state != null) {
            state.ids.add(id);
            state.ids.add(id + "-label");
        }
        context.renderChildren(node);
        html.raw("</section>").line();
        if (closes) html.raw("</div>").line();
    }

    private static boolean isTab(com.vladsch.flexmark.util.ast.Node n) {
        return n instanceof AdmonitionBlock a && a.getInfo().toString().toLowerCase().startsWith(ContentTabs.TYPE);
    }

    private static com.vladsch.flexmark.util.ast.Node previousBlock(com.vladsch.flexmark.util.ast.Node n) {
        com.vladsch.flexmark.util.ast.Node p = n.getPrevious();
        while (p instanceof com.vladsch.flexmark.util.ast.BlankLine) p = p.getPrevious();
        return p;
    }

    private static com.vladsch.flexmark.util.ast.Node nextBlock(com.vladsch.flexmark.util.ast.Node n) {
        com.vladsch.flexmark.util.ast.Node p = n.getNext();
        while (p instanceof com.vladsch.flexmark.util.ast.BlankLine) p = p.getNext();
        return p;
    }

    static final class Factory implements com.vladsch.flexmark.html.renderer.NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new LecternNodeRenderer(options);
        }
    }
}
