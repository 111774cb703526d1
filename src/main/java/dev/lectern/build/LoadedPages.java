package dev.lectern.build;

import dev.lectern.content.ContentLoader;
import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A {@link BuildSession}'s memory of loaded pages: a file is read again when the watcher reported it
 * or when its size or modification time differ; otherwise its page (or its absence, for a draft) and
 * its diagnostics are reused.
 */
final class LoadedPages implements ContentLoader.PageCache {
    private record Key(Path file, boolean isIndex) {}

    private record Entry(long size, long modified, SourcePage page, List<Diagnostic> diagnostics) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public SourcePage page(Path file, boolean isIndex, Diagnostics diagnostics, Function<Diagnostics, SourcePage> load) {
        Key key = new Key(file.toAbsolutePath().normalize(), isIndex);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(key.file(), BasicFileAttributes.class);
        } catch (IOException e) {
            entries.remove(key);
            return load.apply(diagnostics);
        }
        long modified = attributes.lastModifiedTime().toMillis();
        Entry known = entries.get(key);
        if (known != null && known.size() == attributes.size() && known.modified() == modified) {
            diagnostics.addAll(known.diagnostics());
            return known.page();
        }
        Diagnostics own = new Diagnostics();
        SourcePage page = load.apply(own);
        List<Diagnostic> found = own.sorted();
        diagnostics.addAll(found);
        entries.put(key, new Entry(attributes.size(), modified, page, found));
        return page;
    }

    /** Forgets the pages of these files and of every file below these folders. */
    void forget(Set<Path> paths) {
        if (paths.isEmpty()) return;
        entries.keySet().removeIf(k -> paths.stream().anyMatch(k.file()::startsWith));
    }

    /** Drops files that are no longer part of the course (drafts are kept: they are still files). */
    void keepOnly(Course course) {
        Set<Path> files = new HashSet<>();
        for (SourcePage p : course.pages()) if (p.file() != null) files.add(p.file().toAbsolutePath().normalize());
        entries.keySet().removeIf(k -> !files.contains(k.file()) && !Files.exists(k.file()));
    }

    void clear() {
        entries.clear();
    }
}
