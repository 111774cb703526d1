package dev.lectern.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
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
import dev.lectern.blocks.BlockKinds;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Second stage: parses a page's Markdown (CommonMark plus GFM tables, strikethrough, autolinks,
 * task lists, footnotes, definition lists, callouts) and renders its body HTML, recording headings,
 * links and fenced blocks on the way. Thread-safe: one instance serves every page of a build.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final BlockKinds kinds;
    private final CodeHighlighter highlighter;

    public MarkdownRenderer(BlockKinds kinds, boolean rawHtml, CodeHighlighter highlighter) {
        this.kinds = kinds;
        this.highlighter = highlighter;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
                TaskListExtension.create(), FootnoteExtension.create(), DefinitionExtension.create(),
                CalloutSyntax.create(), LecternExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, !rawHtml);
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
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public RenderedPage render(SourcePage page, LinkTargets targets, Diagnostics diagnostics) {
        String markdown = GitHubCallouts.rewrite(page.markdown());
        Document doc = parser.parse(markdown);
        PageState full = new PageState(page, targets, kinds, diagnostics, new LineIndex(markdown), highlighter, null);
        full.inline = text -> renderInline(text, full);
        PageState.KEY.set(doc, full);

        List<Heading> headingNodes = new ArrayList<>();
        for (Node n : doc.getDescendants()) if (n instanceof Heading h) headingNodes.add(h);
        // The first "#" heading is the page title (the template prints it as the only h1).
        Node first = doc.getFirstChild();
        while (first instanceof com.vladsch.flexmark.util.ast.BlankLine) first = first.getNext();
        if (first instanceof Heading h && h.getLevel() == 1) {
            headingNodes.remove(h);
            h.unlink();
        }
        Slugger slugger = new Slugger();
        List<dev.lectern.markdown.Heading> headings = new ArrayList<>();
        TextCollectingVisitor text = new TextCollectingVisitor();
        for (Heading h : headingNodes) {
            if (h.getLevel() == 1) {
                diagnostics.warning(page.displayPath(), full.lineOf(h.getStartOffset()), 1,
                        "a page has one title (its h1); this `#` heading is shown as `##`");
                h.setLevel(2);
            }
            String plain = text.collectAndGetText(h).strip();
            String id = slugger.unique(plain);
            full.headingIds.put(h, id);
            headings.add(new dev.lectern.markdown.Heading(h.getLevel(), plain, id, full.lineOf(h.getStartOffset())));
        }
        String html = renderer.render(doc);
        // Not TextCollectingVisitor over the whole document: on some pages its segment builder
        // fails an internal assertion (seen with -ea on the course's own pages).
        StringBuilder plain = new StringBuilder();
        for (Node n : doc.getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.Text) plain.append(n.getChars()).append(' ');
        }
        String plainText = plain.toString();
        return new RenderedPage(page, page.title(), html, List.copyOf(headings), List.copyOf(full.links),
                List.copyOf(full.blocks), full.assets, plainText);
    }

    /** Inline Markdown inside a block's data: rendered without the surrounding paragraph. */
    private String renderInline(String text, PageState outer) {
        if (text == null || text.isEmpty()) return "";
        String plain = PlainInline.html(text);
        if (plain != null) return plain;
        Document doc = parser.parse(text);
        PageState inner = new PageState(outer.page, outer.targets, outer.kinds, outer.diagnostics, outer.lines,
                outer.highlighter, null);
        inner.fixedLine = Math.max(1, outer.currentBlockLine);
        PageState.KEY.set(doc, inner);
        String html;
        Node only = doc.getFirstChild();
        if (only instanceof Paragraph && only.getNext() == null) {
            html = renderer.render(doc).strip();
            if (html.startsWith("<p>") && html.endsWith("</p>")) html = html.substring(3, html.length() - 4);
        } else {
            html = renderer.render(doc).strip();
        }
        outer.links.addAll(inner.links);
        return html;
    }
}
