package dev.lectern.blocks;

import java.util.List;
import java.util.Set;

/**
 * What a block handler gives back: its HTML (trusted, inserted as is), the theme assets the page
 * now needs (paths below {@code theme/assets/}, such as {@code js/quiz.js}), data that later
 * stages collect (a quiz model for the progress page and export, for example), and the ids of HTML
 * its Java code made that its partial writes as it is ({@code $unsafe{...}}: a diagram's SVG symbols),
 * which the page's records cannot learn from the partial. What the partial itself writes is recorded
 * as it is written ({@link Markup#render(String, Object, Markup.Found)}).
 */
public record BlockOutput(String html, List<String> assets, Object data, Set<String> madeIds) {
    public BlockOutput {
        madeIds = Set.copyOf(madeIds);
    }

    /** A block whose Java code made no HTML with ids. */
    public BlockOutput(String html, List<String> assets, Object data) {
        this(html, assets, data, Set.of());
    }

    public static BlockOutput of(String html, String... assets) {
        return new BlockOutput(html, List.of(assets), null);
    }
}
