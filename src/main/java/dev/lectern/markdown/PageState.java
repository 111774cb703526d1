package dev.lectern.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.lectern.blocks.BlockKinds;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostics;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything rendering one page collects, hung on the flexmark document so that our node
 * renderers and link resolver (which flexmark creates) can reach it. One per page, one thread.
 */
final class PageState {
    static final NullableDataKey<PageState> KEY = new NullableDataKey<>("LECTERN_PAGE_STATE", (PageState) null);

    final SourcePage page;
    final LinkTargets targets;
    final BlockKinds kinds;
    final Diagnostics diagnostics;
    final LineIndex lines;
    final CodeHighlighter highlighter;
    dev.lectern.blocks.BlockContext.InlineMarkdown inline;
    final dev.lectern.blocks.Markup markup;
    final Map<Heading, String> headingIds = new IdentityHashMap<>();
    final List<LinkRef> links = new ArrayList<>();
    final List<RenderedPage.NamedBlock> blocks = new ArrayList<>();
    final Set<String> assets = new LinkedHashSet<>();
    final Map<String, Integer> ordinals = new java.util.HashMap<>();
    /** Whether marks for {@link TextRecorder} are written (the page's own document, not inline Markdown). */
    boolean record;
    /** Whether the Markdown's HTML is written as HTML ({@code raw_html: true}), not as text. */
    boolean rawHtml;
    /** The nonce of this page's marks ({@link TextRecorder#mark}). */
    final String nonce = TextRecorder.nonce();
    /**
     * The placeholder of the review copy's id prefix ({@link ReviewCopy#placeholder}) when this page's answers are
     * copied onto the Review page (a Q&amp;A page), else null.
     */
    String review;
    /**
     * Text written as a mark ({@link TextRecorder#TEXT}) in place of itself, in the order written, for {@link
     * TextRecorder#strip} to put back ({@link Chars#render}); and their length.
     */
    final List<String> textsWritten = new ArrayList<>();
    int textsLength;
    private String textMark;

    /** The mark written in place of a text ({@link #textsWritten}). */
    String textMark() {
        if (textMark == null) textMark = TextRecorder.mark(nonce, TextRecorder.TEXT);
        return textMark;
    }
    /** The review copy's edits written between marks, in the order written. */
    final List<TextRecorder.Pending> pendingEdits = new ArrayList<>();

    /** Whether the review copy's edits are recorded here (the page's own document, of a Q&amp;A page). */
    boolean reviewing() {
        return record && review != null;
    }

    /** {@code html} between marks: in the review copy it becomes {@code edit}'s HTML. */
    String edited(String html, ReviewCopy.Edit edit) {
        return edited(html, edit, 0, 0);
    }

    /**
     * The value of attribute {@code name} (as flexmark or our renderer write it, {@code  name="value"}) between
     * marks, left out of the review copy with its name.
     */
    String withoutInReview(String name, String value) {
        return edited(value, new ReviewCopy.Edit(0, 0, "", List.of(), Set.of()), name.length() + 3, 1);
    }

    private String edited(String html, ReviewCopy.Edit edit, int before, int after) {
        pendingEdits.add(new TextRecorder.Pending(edit, before, after));
        return TextRecorder.mark(nonce, TextRecorder.EDIT) + html + TextRecorder.mark(nonce, TextRecorder.EDIT_END);
    }
    /** How deep the text being written is inside text already between marks. */
    int textDepth;
    /** The id and level of each heading written with marks, in the order written (offsets unused). */
    final List<PageText.HeadingSpan> headingsWritten = new ArrayList<>();
    /** The label shown for each callout or tab (its title). */
    final Map<com.vladsch.flexmark.ext.admonition.AdmonitionBlock, String> labels = new IdentityHashMap<>();
    /** The plain text of each piece of inline Markdown rendered for the page's blocks, by its Markdown. */
    final Map<String, String> inlineText = new java.util.HashMap<>();
    /** The ids the body defines and every link target it holds, as written ({@link PageRefs}). */
    final Set<String> ids = new java.util.HashSet<>();
    final List<PageRefs.Target> linkTargets = new ArrayList<>();
    /**
     * Links to write as text (their URL as written, to why), when a page is rendered again without its
     * broken links ({@code links: warn}); empty otherwise.
     */
    Map<String, String> unlinked = Map.of();
    /** The theme's partials, telling this page the ids and link targets they write. */
    final dev.lectern.blocks.Markup recordingMarkup;

    /** The theme's words for the Markdown's HTML ({@code partials/text/markdown.jte}). */
    static final String WORDS = "partials/text/markdown.jte";
    /** The heading anchors' label, looked up once per page. */
    private String anchorLabel;

    /** A word of {@link #WORDS}: {@code anchor}, a callout type, or {@code tab} with its number ({@code n}). */
    String words(String key, int n) {
        if (markup == null) return "";
        if (key.equals("anchor")) {
            if (anchorLabel == null) anchorLabel = markup.text(WORDS, Map.of("key", key));
            return anchorLabel;
        }
        return markup.text(WORDS, n == 0 ? Map.of("key", key) : Map.of("key", key, "n", n));
    }

    PageState(SourcePage page, LinkTargets targets, BlockKinds kinds, Diagnostics diagnostics, LineIndex lines,
              CodeHighlighter highlighter, dev.lectern.blocks.BlockContext.InlineMarkdown inline,
              dev.lectern.blocks.Markup markup) {
        this.markup = markup;
        this.recordingMarkup = markup == null ? null : new dev.lectern.blocks.Markup() {
            private final dev.lectern.blocks.Markup.Found found = new dev.lectern.blocks.Markup.Found() {
                @Override
                public void id(String id) {
                    ids.add(id);
                }

                @Override
                public void target(String tag, String url) {
                    PageState.this.target(tag, url);
                }
            };

            @Override
            public String render(String template, Object model) {
                return markup.render(template, model, found);
            }

            @Override
            public String text(String template, Map<String, Object> params) {
                return markup.text(template, params);
            }
        };
        this.page = page;
        this.targets = targets;
        this.kinds = kinds;
        this.diagnostics = diagnostics;
        this.lines = lines;
        this.highlighter = highlighter;
        this.inline = inline;
    }

    void target(String tag, String url) {
        linkTargets.add(new PageRefs.Target(tag, url, -1));
    }

    /** What was recorded, for the rendered page. */
    PageRefs refs() {
        return new PageRefs(ids, linkTargets);
    }

    static PageState of(com.vladsch.flexmark.util.ast.Document doc) {
        return KEY.get(doc);
    }

    /** Where links found in inline Markdown of a block are reported (that block's line), or 0. */
    int fixedLine;

    /** The fence line of the block being rendered, for links in its inline Markdown. */
    int currentBlockLine;

    int lineOf(int offset) {
        return fixedLine > 0 ? fixedLine : lines.line(offset);
    }

    int columnOf(int offset) {
        return fixedLine > 0 ? 1 : lines.column(offset);
    }
}
