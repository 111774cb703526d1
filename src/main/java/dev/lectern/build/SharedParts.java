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
        List<Object> parts = new ArrayList<>();
        parts.add(course.config());
        section(course.root(), parts);
        for (SourcePage p : course.pages()) {
            parts.add(Arrays.asList(p.sourcePath(), p.url(), p.meta(), p.title(), p.titleFromHeading(),
                    p.sectionIndex(), p.file() == null));
        }
        for (RenderedPage r : rendered) {
            List<Object> headings = new ArrayList<>();
            for (Heading h : r.headings()) headings.add(Arrays.asList(h.level(), h.text(), h.id()));
            Map<String, Integer> blocks = new TreeMap<>();
            for (RenderedPage.NamedBlock b : r.blocks()) blocks.merge(b.kind(), 1, Integer::sum);
            parts.add(Arrays.asList(r.title(), headings, List.copyOf(r.assets()), blocks));
        }
        return parts;
    }

    private static void section(Section s, List<Object> parts) {
        parts.add(Arrays.asList(s.folder(), s.title(), s.url(), s.pages().size(), s.sections().size()));
        for (Section sub : s.sections()) section(sub, parts);
    }
}
