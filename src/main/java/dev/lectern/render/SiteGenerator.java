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
     * Whether what this generator makes can be brought up to date just after the pages: its files
     * are fetched only on demand by page scripts (the search index, when the reader searches), never
     * needed to show a page. {@code lectern serve} then sends the reload first and makes these files
     * right after, while requests for the paths it made the time before wait. Such a generator makes
     * only files and reports nothing; a path it did not make before (the search shard of a new word)
     * must be reached only through one it did (the search index, which names its shards).
     */
    default boolean canWait() {
        return false;
    }

    /**
     * Whether this generator reads what the generators before it made (the generated pages among {@link
     * Context#outputPages()}): it then starts once they are done. Those that do not run at the same time,
     * each into a context of its own, and what they make joins the build's in their order (see {@code
     * GenerateStage}), so the site is the same as when they run one after the other.
     */
    default boolean readsGenerated() {
        return false;
    }

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
