package dev.lectern.pipeline;

import dev.lectern.diag.Diagnostics;
import dev.lectern.render.OutputPage;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two things a build would write to one output path (two pages, a page and a file of the content
 * folder, or an author's file and one Lectern generates, such as {@code 404.html} or
 * {@code search/index.js}): one would silently replace the other, so it is an error naming both.
 */
final class OutputClashes {
    private OutputClashes() {}

    /** What claims a path: the author's file ({@code content/404.html}), or a description of a generated one. */
    private record Claim(String file, String described, boolean page) {}

    static void check(List<OutputPage> pages, Map<String, Path> files, Collection<String> generated,
                      Collection<String> assets, Diagnostics diagnostics) {
        Map<String, Claim> claims = new HashMap<>();
        for (OutputPage p : pages) {
            if (p.source() == null) continue;
            String file = p.source().source().displayPath();
            claim(claims, p.path(), new Claim(file, "`" + file + "`", true), diagnostics);
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            String file = Build.display(f.getValue());
            claim(claims, f.getKey(), new Claim(file, "`" + file + "`", false), diagnostics);
        }
        for (OutputPage p : pages) {
            if (p.source() == null) claim(claims, p.path(), new Claim(null, "the page Lectern generates there", false),
                    diagnostics);
        }
        for (String path : generated) {
            claim(claims, path, new Claim(null, "the file Lectern generates there", false), diagnostics);
        }
        for (String path : assets) claim(claims, path, new Claim(null, "a theme asset", false), diagnostics);
    }

    private static void claim(Map<String, Claim> claims, String path, Claim claim, Diagnostics diagnostics) {
        Claim earlier = claims.putIfAbsent(path, claim);
        // Two pages of one URL are reported by the checker, with both names.
        if (earlier == null || earlier.page() && claim.page()) return;
        // Reported at the author's file: the later one if both are, else the one there is.
        Claim at = claim.file() != null ? claim : earlier;
        Claim other = at == claim ? earlier : claim;
        if (at.file() == null) return; // two generated things: not the author's to fix
        diagnostics.error(at.file(), 0, 0, "this file and " + other.described() + " would both be published as `"
                + path + "`; rename or move one of them");
    }
}
