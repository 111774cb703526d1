package dev.lectern.content;

/**
 * A page's YAML front matter. Every field is optional; {@code weight} orders pages within a
 * section (absent means "after the weighted ones, by file name").
 */
public record FrontMatter(String title, String description, Integer weight, boolean draft, String layout,
                          int layoutLine, int layoutColumn, boolean unreadable) {
    public static final FrontMatter EMPTY = new FrontMatter(null, null, null, false, null, 0, 0, false);

    /** Front matter that could not be parsed (already reported): later checks should not pile on. */
    public static final FrontMatter UNREADABLE = new FrontMatter(null, null, null, false, null, 0, 0, true);
}
