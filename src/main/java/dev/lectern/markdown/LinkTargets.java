package dev.lectern.markdown;

/** Answers which site URL a source file or path has; the course implements it. */
public interface LinkTargets {
    /** The page URL of a Markdown source path ({@code dns/records.md}), or null if there is none. */
    String pageUrlOfSource(String sourcePath);
}
