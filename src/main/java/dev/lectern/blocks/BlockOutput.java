package dev.lectern.blocks;

import java.util.List;

/**
 * What a block handler gives back: its HTML (trusted, inserted as is), the theme assets the page
 * now needs (paths below {@code theme/assets/}, such as {@code js/quiz.js}), and data that later
 * stages collect (a quiz model for the progress page and export, for example).
 */
public record BlockOutput(String html, List<String> assets, Object data) {
    public static BlockOutput of(String html, String... assets) {
        return new BlockOutput(html, List.of(assets), null);
    }
}
