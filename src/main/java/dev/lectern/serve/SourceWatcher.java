package dev.lectern.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the source folders (content and theme) recursively with the platform's file watcher,
 * registering new folders as they appear, and hands over changed paths in debounced batches: a burst
 * of saves, or an editor's write-to-temp-then-rename, becomes one batch once the folders have been
 * quiet for a moment. A batch of {@code null} means "could not tell what changed" (the watcher
 * overflowed): rebuild everything.
 */
final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The folders around the roots, watched for the roots alone. */
    private final Map<WatchKey, Path> parents = new HashMap<>();
    private final Set<Path> roots = new HashSet<>();
    private final List<Path> ignored;
    private final long quietMillis;
    private final long maxDelayMillis;
    private final Runnable onFirstEvent;
    private final Consumer<Set<Path>> onBatch;
    private final Thread thread;

    /**
     * @param ignored folders inside the watched ones whose changes do not count (the output, the cache)
     * @param onFirstEvent called as soon as anything changes, before the quiet period
     * @param onBatch called with every debounced batch of changed paths (files and folders; empty if
     *                only ignored paths changed)
     */
    SourceWatcher(List<Path> roots, List<Path> ignored, long quietMillis, long maxDelayMillis,
                  Runnable onFirstEvent, Consumer<Set<Path>> onBatch) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.quietMillis = quietMillis;
        this.maxDelayMillis = maxDelayMillis;
        this.onFirstEvent = onFirstEvent;
        this.onBatch = onBatch;
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) registerTree(abs, new HashSet<>());
            // The folder around it is watched too, for the root only: a root that is deleted and made
            // again (rm -rf content; git checkout) is watched again.
            Path parent = abs.getParent();
            if (parent != null && Files.isDirectory(parent) && !parents.containsValue(parent)) {
                parents.put(parent.register(service, ENTRY_CREATE, ENTRY_DELETE), parent);
            }
            this.roots.add(abs);
        }
        this.thread = new Thread(this::loop, "lectern-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<Path> batch = new HashSet<>();
                boolean overflow = drain(first, batch);
                // Something changed beside a root (the output swapped in, an editor's file): not a change.
                if (!overflow && batch.isEmpty() && parents.containsKey(first)) continue;
                onFirstEvent.run();
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxDelayMillis);
                // Debounce: keep collecting until the folders have been quiet for quietMillis.
                while (System.nanoTime() < deadline) {
                    WatchKey next = service.poll(quietMillis, TimeUnit.MILLISECONDS);
                    if (next == null) break;
                    overflow |= drain(next, batch);
                }
                batch.removeIf(this::isIgnored);
                onBatch.accept(overflow ? null : batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Collects one key's events; returns true on overflow. */
    private boolean drain(WatchKey key, Set<Path> batch) {
        Path parent = parents.get(key);
        if (parent != null) return drainParent(key, parent, batch);
        boolean overflow = false;
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            batch.add(changed);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                // A new folder (created, or renamed into place) may already hold files.
                try {
                    registerTree(changed, batch);
                } catch (IOException e) {
                    overflow = true;
                }
            }
        }
        if (!key.reset()) folders.remove(key);
        return overflow;
    }

    /**
     * Events in a folder around a root: only the root's own appearing or vanishing counts, and then
     * nothing about what changed is known (reported as an overflow: build everything).
     */
    private boolean drainParent(WatchKey key, Path parent, Set<Path> batch) {
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            Path changed = parent.resolve((Path) event.context());
            if (!roots.contains(changed)) continue;
            batch.add(changed);
            overflow = true; // a whole root came or went: build everything
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed, batch);
                } catch (IOException e) {
                    overflow = true;
                }
            }
        }
        if (!key.reset()) parents.remove(key);
        return overflow;
    }

    /**
     * Watches a folder and every folder below it, adding them and their files to {@code found}. Each
     * folder is watched before it is listed: a file created in it meanwhile is then either listed or
     * reported, never missed (the build trusts the watcher to name every changed path).
     */
    private void registerTree(Path dir, Set<Path> found) throws IOException {
        if (isIgnored(dir)) return;
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        found.add(dir);
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.toList();
        }
        for (Path p : children) {
            if (isIgnored(p)) continue;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(p, found);
            } else {
                // A link to a folder is watched itself, not followed (no cycles), as Files.walk did.
                if (Files.isDirectory(p)) folders.put(p.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), p);
                found.add(p);
            }
        }
    }

    private boolean isIgnored(Path p) {
        for (Path i : ignored) if (p.startsWith(i)) return true;
        return false;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
