package dev.lectern.render;

import dev.lectern.content.Course;
import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.RenderedPage;
import java.util.List;

/**
 * Makes pages and files that come from the whole course rather than from one source file: the 404
 * page, and (in their packages) the review and progress pages, the glossary, the search index,
 * the sitemap. Generators run after every page is rendered and before the check stage.
 */
public interface SiteGenerator {
    void generate(Context context);

    /**
     * What a generator can read and where it puts what it makes.
     *
     * @param pages every rendered page, in course order
     */
    record Context(Course course, List<RenderedPage> pages, PageRenderer renderer, Diagnostics diagnostics,
                   List<OutputPage> outputPages, java.util.Map<String, byte[]> outputFiles) {

        public void addPage(OutputPage page) {
            synchronized (outputPages) {
                outputPages.add(page);
            }
        }

        /** A file below the site root, such as {@code sitemap.xml} or {@code search/index.json}. */
        public void addFile(String path, byte[] bytes) {
            synchronized (outputFiles) {
                outputFiles.put(path, bytes);
            }
        }
    }
}
