package dev.lectern.markdown;

import dev.lectern.blocks.BlockOutput;
import dev.lectern.content.SourcePage;
import java.util.List;
import java.util.Set;

/**
 * A page after Markdown rendering: its body HTML and what later stages need from it, recorded
 * while the syntax tree was at hand (headings, links with positions, blocks and their assets,
 * {@link PageText}: text runs, sections, heading positions, and {@link PageRefs}: the ids the body
 * defines and every link target it holds).
 *
 * @param refs the ids the body defines and every link target it holds (Markdown links included, as
 *     written), recorded while it was written; null when not recorded
 */
public record RenderedPage(SourcePage source, String title, String bodyHtml, List<Heading> headings,
                           List<LinkRef> links, List<NamedBlock> blocks, Set<String> assets, PageText text,
                           PageRefs refs) {

    /** A page whose body's ids and link targets were not recorded. */
    public RenderedPage(SourcePage source, String title, String bodyHtml, List<Heading> headings,
                        List<LinkRef> links, List<NamedBlock> blocks, Set<String> assets, PageText text) {
        this(source, title, bodyHtml, headings, links, blocks, assets, text, null);
    }

    /** A rendered fenced block of a registered kind. */
    public record NamedBlock(String kind, BlockOutput output) {}

    public long countBlocks(String kind) {
        return blocks.stream().filter(b -> b.kind().equals(kind)).count();
    }
}
