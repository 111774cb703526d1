package dev.lectern.pipeline;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.render.OutputPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two things a build would write to one output path (two pages, a page and a file of the content
 * folder, or an author's file and one Lectern generates, such as {@code 404.html} or
 * {@code search/index.js}): one would silently replace the other, so it is an error naming both.
 *
 * <p>The author's paths (pages from Markdown, then files of the content folder) are claimed first, and
 * what Lectern generates is looked up among them. A session keeps the author's claims while the same
 * paths come from the same files ({@code lectern serve}: a one-page edit claims nothing anew).
 */
final class OutputClashes {
    /** What claims a path: the author's file ({@code content/404.html}); a page from Markdown or another file. */
    private record Claim(String file, boolean page) {}

    /** The author's claims of the last check, what they were made from, and the clashes among them. */
    private List<Object> lastAuthors;
    private Map<String, Claim> authors = Map.of();
    private List<Diagnostic> authorClashes = List.of();

    /**
     * @param pages every page of the site (from Markdown, and generated)
     * @param files the content folder's files, by output path
     * @param generated paths of the files Lectern generates
     * @param assets paths of the theme's assets
     */
    void check(List<OutputPage> pages, Map<String, Path> files, Collection<String> generated,
               Collection<String> assets, Diagnostics diagnostics) {
        List<Object> made = new ArrayList<>(2 * (pages.size() + files.size()));
        for (OutputPage p : pages) {
            if (p.source() == null) continue;
            made.add(p.path());
            made.add(p.source().source().displayPath());
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            made.add(f.getKey());
            made.add(f.getValue());
        }
        if (!made.equals(lastAuthors)) {
            lastAuthors = made;
            claimAuthors(pages, files);
        }
        diagnostics.addAll(authorClashes);
        for (OutputPage p : pages) {
            if (p.source() == null) generated(p.path(), "the page Lectern generates there", diagnostics);
        }
        for (String path : generated) generated(path, "the file Lectern generates there", diagnostics);
        for (String path : assets) generated(path, "a theme asset", diagnostics);
    }

    private void claimAuthors(List<OutputPage> pages, Map<String, Path> files) {
        Map<String, Claim> claims = new HashMap<>();
        Diagnostics clashes = new Diagnostics();
        for (OutputPage p : pages) {
            if (p.source() != null) claim(claims, p.path(), new Claim(p.source().source().displayPath(), true), clashes);
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            claim(claims, f.getKey(), new Claim(Build.display(f.getValue()), false), clashes);
        }
        authors = claims;
        authorClashes = clashes.sorted();
    }

    private static void claim(Map<String, Claim> claims, String path, Claim claim, Diagnostics diagnostics) {
        Claim earlier = claims.putIfAbsent(path, claim);
        // Two pages of one URL are reported by the checker, with both names.
        if (earlier == null || earlier.page() && claim.page()) return;
        // Reported at the later one.
        diagnostics.error(claim.file(), 0, 0, "this file and `" + earlier.file() + "` would both be published as `"
                + path + "`; rename or move one of them");
    }

    /** Something Lectern makes at {@code path}: a clash when an author's file is published there (reported at it). */
    private void generated(String path, String described, Diagnostics diagnostics) {
        Claim author = authors.get(path);
        if (author == null) return; // two generated things: not the author's to fix
        diagnostics.error(author.file(), 0, 0, "this file and " + described + " would both be published as `"
                + path + "`; rename or move one of them");
    }
}
