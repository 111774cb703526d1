package dev.lectern.blocks;

import java.util.List;
import java.util.Set;

/**
 * What a block handler gives back: its HTML (trusted, inserted as is), the theme assets the page
 * now needs (paths below {@code theme/assets/}, such as {@code js/quiz.js}), data that later
 * stages collect (a quiz model for the progress page and export, for example), and the ids of HTML
 * its Java code made that its partial writes as it is ({@code $unsafe{...}}: a diagram's SVG symbols),
 * which the page's records cannot learn from the partial. What the partial itself writes is recorded
 * as it is written ({@link Markup#render(String, Object, Markup.Found)}). {@code review}: what the Review page
 * shows of the block in a copied answer, null when it shows the block as it is.
 */
public record BlockOutput(String html, List<String> assets, Object data, Set<String> madeIds, Review review) {
    public BlockOutput {
        madeIds = Set.copyOf(madeIds);
    }

    /** A block shown on the Review page as it is on its page. */
    public BlockOutput(String html, List<String> assets, Object data, Set<String> madeIds) {
        this(html, assets, data, madeIds, null);
    }

    /**
     * What the Review page shows of a block in a copied answer ({@code markdown.ReviewCopy}): its HTML, without the
     * parts its page's scripts need, and the ids it defines, each starting with {@link BlockContext#reviewPrefix()}.
     */
    public record Review(String html, Set<String> ids) {
        public static final Review NOTHING = new Review("", Set.of());

        public Review {
            ids = Set.copyOf(ids);
        }
    }

    /** The same block, shown on the Review page as {@code review}. */
    public BlockOutput withReview(Review review) {
        return new BlockOutput(html, assets, data, madeIds, review);
    }

    /** A block whose Java code made no HTML with ids. */
    public BlockOutput(String html, List<String> assets, Object data) {
        this(html, assets, data, Set.of());
    }

    public static BlockOutput of(String html, String... assets) {
        return new BlockOutput(html, List.of(assets), null);
    }
}
