package dev.lectern.pipeline;

import dev.lectern.content.DotFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a batch of changed source paths means for a {@link BuildSession}: which pages to load again,
 * and whether settings, templates or every page's parse are affected.
 *
 * @param everything the changes are unknown (first build, watcher overflow): start from nothing
 * @param all every changed path, absolute
 * @param pages changed Markdown files and folders below content/ (their pages are loaded again)
 * @param reparseAll a file that pages may read while parsing changed (a data file, an image, a
 *                   theme asset other than CSS and JavaScript): parse every page again
 */
record SourceChanges(boolean everything, Set<Path> all, Set<Path> pages, boolean config, boolean templates,
                     boolean reparseAll) {

    static SourceChanges of(Set<Path> changed, Path contentDir, Path themeDir) {
        if (changed == null) return new SourceChanges(true, Set.of(), Set.of(), true, true, true);
        Set<Path> all = new HashSet<>();
        Set<Path> pages = new HashSet<>();
        boolean config = false;
        boolean templates = false;
        boolean reparseAll = false;
        Path templateDir = themeDir.resolve("templates");
        Path assetDir = themeDir.resolve("assets");
        for (Path p : changed) {
            Path a = p.toAbsolutePath().normalize();
            all.add(a);
            String name = a.getFileName() == null ? "" : a.getFileName().toString().toLowerCase(Locale.ROOT);
            if (a.startsWith(contentDir)) {
                // The loader skips dot files and folders (and editors' temporary files are dot files).
                if (hidden(contentDir.relativize(a))) continue;
                if (a.equals(contentDir.resolve("site.yaml"))) {
                    config = true;
                    reparseAll = true;
                } else if (name.endsWith(".md") || a.equals(contentDir) || Files.isDirectory(a)) {
                    pages.add(a);
                } else if (!Files.exists(a) && !name.contains(".")) {
                    // A removed path without an extension: most likely a folder; its pages are gone.
                    pages.add(a);
                } else {
                    reparseAll = true;
                }
            } else if (a.startsWith(templateDir)) {
                templates = true;
            } else if (a.startsWith(assetDir)) {
                if (!Files.isDirectory(a) && !name.endsWith(".css") && !name.endsWith(".js")) reparseAll = true;
            } else if (a.startsWith(themeDir)) {
                templates = true;
            }
        }
        return new SourceChanges(false, all, pages, config, templates, reparseAll);
    }

    /** Whether a change to this path can change the site (a dot file in content/ cannot). */
    static boolean matters(Path path, Path contentDir) {
        Path a = path.toAbsolutePath().normalize();
        return !(a.startsWith(contentDir) && hidden(contentDir.relativize(a)));
    }

    /** A dot file or folder, or below one; the published ones ({@code .well-known/}, {@code .nojekyll}) are not hidden. */
    private static boolean hidden(Path relative) {
        String path = relative.toString().replace('\\', '/');
        if (path.equals(DotFiles.WELL_KNOWN)) return false;
        for (Path part : relative) if (part.toString().startsWith(".")) return !DotFiles.published(path);
        return false;
    }
}
