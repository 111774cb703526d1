package dev.lectern.pipeline;

import dev.lectern.content.ContentLoader;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostics;
import dev.lectern.util.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How a build that writes once ({@code lectern build}) loads its pages: as usual, except that the course keeps
 * each page without its Markdown, the largest thing a big build would otherwise hold to the end (as large as the
 * content folder). {@link StreamStage} reads a page's Markdown again right before parsing it ({@link #full}),
 * and it is garbage once the page is rendered. What the loader made of the text (its title, the front matter
 * blanked out) is kept: the text read again is the loaded one, checked by its length and hash.
 */
final class LeanPages implements ContentLoader.PageCache {
    /**
     * What a page's Markdown was: {@code blank} newlines (the blanked front matter, and blank lines after it),
     * then the last {@code tail} characters of the file (line ends made {@code \n}); its hash; and whether
     * parsing it may tell the site something ({@link StreamStage#early}).
     */
    private record Kept(int blank, int tail, int hash, boolean early) {}

    /** By the page's file (the very Path the course's page holds). */
    private final Map<Path, Kept> kept = new ConcurrentHashMap<>();

    @Override
    public SourcePage page(Path file, boolean isIndex, Diagnostics diagnostics, Function<Diagnostics, SourcePage> load) {
        SourcePage p = load.apply(diagnostics);
        if (p == null || p.file() == null || p.markdown() == null) return p;
        String m = p.markdown();
        int blank = 0;
        while (blank < m.length() && m.charAt(blank) == '\n') blank++;
        kept.put(p.file(), new Kept(blank, m.length() - blank, m.hashCode(), StreamStage.early(p)));
        return new SourcePage(p.file(), p.sourcePath(), p.displayPath(), p.url(), p.meta(), null, p.title(),
                p.titleFromHeading(), p.sectionIndex());
    }

    /** {@link StreamStage#early} of a page as loaded. */
    boolean early(SourcePage p) {
        Kept k = p.markdown() == null ? kept.get(p.file()) : null;
        return k == null ? StreamStage.early(p) : k.early();
    }

    /**
     * The page with its Markdown, read again from its file. A file that changed since it was loaded is an
     * error (the build would mix two versions of it); the page is then parsed as empty.
     */
    SourcePage full(SourcePage p, Diagnostics diagnostics) {
        Kept k = p.markdown() == null ? kept.get(p.file()) : null;
        if (k == null) return p;
        String markdown = "";
        try {
            String text = SourceText.read(p.file()).replace("\r\n", "\n");
            String m = k.tail() <= text.length() ? "\n".repeat(k.blank()) + text.substring(text.length() - k.tail()) : null;
            if (m != null && m.hashCode() == k.hash()) markdown = m;
            else diagnostics.error(p.displayPath(), 0, 0, "this file changed while the site was built; build again");
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(p.displayPath(), 0, 0, "cannot read file: " + e.getMessage());
        }
        return new SourcePage(p.file(), p.sourcePath(), p.displayPath(), p.url(), p.meta(), markdown, p.title(),
                p.titleFromHeading(), p.sectionIndex());
    }
}
