package dev.lectern.content;

import java.nio.file.Path;

/**
 * One Markdown file of the course, loaded but not yet parsed.
 *
 * @param file the file on disk
 * @param sourcePath its path below the content folder with {@code /} separators ({@code dns/records.md})
 * @param displayPath the path printed in diagnostics ({@code content/dns/records.md})
 * @param url the page's URL below the base path, {@code ""} for the home page, else ending in {@code /}
 * @param markdown the file's text with the front matter blanked out (line numbers stay the file's own)
 * @param title from the front matter, else from the first {@code #} heading; null if neither
 * @param sectionIndex whether this is a folder's {@code index.md} (or {@code README.md})
 */
public record SourcePage(Path file, String sourcePath, String displayPath, String url, FrontMatter meta,
                         String markdown, String title, boolean titleFromHeading, boolean sectionIndex) {

    public String layout() {
        if (meta.layout() != null) return meta.layout();
        if (url.isEmpty()) return "home";
        return sectionIndex ? "section" : "page";
    }

    /** The folder of the source file below the content folder, {@code ""} at the top. */
    public String sourceFolder() {
        int slash = sourcePath.lastIndexOf('/');
        return slash < 0 ? "" : sourcePath.substring(0, slash);
    }
}
