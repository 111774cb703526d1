package dev.lectern.pipeline;

import dev.lectern.content.ContentLoader;
import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A {@link BuildSession}'s memory of loaded pages and folder listings. The session is told every
 * changed path (or to start from nothing, when the watcher could not tell), so a file is read again
 * only when it was reported, and a folder listed again only when a path in it was: a build after one
 * saved file neither lists the content folders nor looks at the other files. Otherwise a page (or its
 * absence, for a draft) and its diagnostics are reused.
 */
final class LoadedPages implements ContentLoader.PageCache {
    private record Key(Path file, boolean isIndex) {}

    private record Entry(SourcePage page, List<Diagnostic> diagnostics) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Each listed folder's entries, by absolute folder. */
    private final Map<Path, List<ContentLoader.Entry>> folders = new ConcurrentHashMap<>();

    /** Each file's absolute path, by the path it was asked for by (a folder's listing is kept: the same paths). */
    private final Map<Path, Path> absolute = new ConcurrentHashMap<>();

    @Override
    public SourcePage page(Path file, boolean isIndex, Diagnostics diagnostics, Function<Diagnostics, SourcePage> load) {
        Key key = new Key(absolute.computeIfAbsent(file, f -> f.toAbsolutePath().normalize()), isIndex);
        Entry known = entries.get(key);
        if (known != null) {
            diagnostics.addAll(known.diagnostics());
            return known.page();
        }
        Diagnostics own = new Diagnostics();
        SourcePage page = load.apply(own);
        List<Diagnostic> found = own.sorted();
        diagnostics.addAll(found);
        entries.put(key, new Entry(page, found));
        return page;
    }

    @Override
    public List<ContentLoader.Entry> entries(Path dir) throws IOException {
        Path key = dir.toAbsolutePath().normalize();
        List<ContentLoader.Entry> known = folders.get(key);
        if (known != null) return known;
        List<ContentLoader.Entry> now = ContentLoader.list(dir);
        folders.put(key, now);
        return now;
    }

    /** Forgets the pages of these files and of every file below these folders. */
    void forget(Set<Path> paths) {
        Set<Path> folders = new HashSet<>();
        for (Path p : paths) {
            entries.remove(new Key(p, false));
            entries.remove(new Key(p, true));
            // a file has nothing below it; anything else (a folder, or gone: perhaps a folder) may have
            if (!Files.isRegularFile(p)) folders.add(p);
        }
        if (!folders.isEmpty()) entries.keySet().removeIf(k -> folders.stream().anyMatch(k.file()::startsWith));
    }

    /**
     * Forgets the listings of the folders that hold these paths (created, removed or renamed files
     * and folders), of these paths themselves and of every folder below them.
     */
    void forgetFolders(Set<Path> paths) {
        for (Path p : paths) {
            if (p.getParent() != null) folders.remove(p.getParent());
            folders.keySet().removeIf(k -> k.startsWith(p));
        }
    }

    /** Drops files that are no longer part of the course (drafts are kept: they are still files). */
    void keepOnly(Course course) {
        // Every page of the course was asked for (one key each): as many keys as pages, none other is kept.
        int fromFiles = 0;
        for (SourcePage p : course.pages()) if (p.file() != null) fromFiles++;
        if (entries.size() == fromFiles) return;
        Set<Path> files = new HashSet<>();
        for (SourcePage p : course.pages()) if (p.file() != null) files.add(p.file().toAbsolutePath().normalize());
        entries.keySet().removeIf(k -> !files.contains(k.file()) && !Files.exists(k.file()));
    }

    void clear() {
        entries.clear();
        folders.clear();
        absolute.clear();
    }
}
