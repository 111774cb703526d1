package dev.lectern.build;

import dev.lectern.content.Course;
import dev.lectern.content.Section;
import dev.lectern.content.SourcePage;
import dev.lectern.markdown.Heading;
import dev.lectern.markdown.RenderedPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every rendered page may show of other pages: settings, the section tree, each page's URL,
 * title, front matter and place, its headings (without line numbers), assets and block counts
 * (the outline shows quiz counts). When this is unchanged, a page whose own parse is unchanged
 * renders to the same HTML; when it changed, a {@link BuildSession} renders every page again.
 */
final class SharedParts {
    private SharedParts() {}

    static List<Object> of(Course course, List<RenderedPage> rendered) {
        return of(course, rendered, new java.util.IdentityHashMap<>());
    }

    /**
     * The same, with each page's part taken from {@code parts} when the page object was seen before
     * (and put there otherwise): comparing two lists of mostly identical parts is then cheap.
     */
    static List<Object> of(Course course, List<RenderedPage> rendered, Map<RenderedPage, Object> parts) {
        List<Object> out = new ArrayList<>();
        out.add(course.config());
        section(course.root(), out);
        // Course order: the pages' order is part of what every page shows (outline, previous/next).
        for (RenderedPage r : rendered) out.add(parts.computeIfAbsent(r, SharedParts::part));
        return out;
    }

    private static Object part(RenderedPage r) {
        SourcePage p = r.source();
        List<Object> headings = new ArrayList<>();
        for (Heading h : r.headings()) headings.add(Arrays.asList(h.level(), h.text(), h.id()));
        Map<String, Integer> blocks = new TreeMap<>();
        for (RenderedPage.NamedBlock b : r.blocks()) blocks.merge(b.kind(), 1, Integer::sum);
        return Arrays.asList(p.sourcePath(), p.url(), p.meta(), p.title(), p.titleFromHeading(), p.sectionIndex(),
                p.file() == null, r.title(), headings, List.copyOf(r.assets()), blocks);
    }

    private static void section(Section s, List<Object> parts) {
        parts.add(Arrays.asList(s.folder(), s.title(), s.url(), s.pages().size(), s.sections().size()));
        for (Section sub : s.sections()) section(sub, parts);
    }
}
