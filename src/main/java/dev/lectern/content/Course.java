package dev.lectern.content;

import dev.lectern.config.SiteConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole course as loaded: settings, the section tree, and every page in reading order
 * (a section's index, then its pages, then its subsections, depth first).
 */
public record Course(SiteConfig config, Section root, List<SourcePage> pages, List<StaticFile> staticFiles,
                     Map<String, SourcePage> bySourcePath, NavTree.Titles nav) {

    public static Course of(SiteConfig config, Section root, List<StaticFile> staticFiles) {
        return of(config, root, List.of(), staticFiles, NavTree.Titles.NONE);
    }

    /** A course whose outline is {@code root}; {@code outside} are pages built but not in the outline. */
    static Course of(SiteConfig config, Section root, List<SourcePage> outside, List<StaticFile> staticFiles,
                     NavTree.Titles nav) {
        List<SourcePage> order = new ArrayList<>();
        collect(root, order, nav);
        order.addAll(outside);
        Map<String, SourcePage> bySource = new LinkedHashMap<>();
        for (SourcePage p : order) bySource.put(p.sourcePath(), p);
        return new Course(config, root, List.copyOf(order), List.copyOf(staticFiles), bySource, nav);
    }

    private static void collect(Section s, List<SourcePage> out, NavTree.Titles nav) {
        out.add(s.index());
        List<Object> children = new ArrayList<>(s.pages());
        children.addAll(s.sections());
        for (Object child : nav.ordered(s.url(), children, c -> c instanceof Section sec ? sec.url() : ((SourcePage) c).url())) {
            if (child instanceof Section sec) collect(sec, out, nav);
            else out.add((SourcePage) child);
        }
    }

    public Optional<SourcePage> page(String sourcePath) {
        return Optional.ofNullable(bySourcePath.get(sourcePath));
    }

    /** A file of the content folder that is copied as it is (an image, a download). */
    public record StaticFile(java.nio.file.Path file, String outputPath) {}
}
