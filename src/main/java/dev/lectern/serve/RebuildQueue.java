package dev.lectern.serve;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Changes waiting to be built. The watcher adds to it, the one build thread takes everything at
 * once; a change that arrives while a build runs waits here and is taken by the next build, so none
 * is lost and builds never overlap. It also keeps the {@link BuildGate} shut from the first sign of
 * a change until no build is running and nothing is waiting.
 */
final class RebuildQueue {
    /** What to build: the changed paths, or {@code null} for "everything". */
    record Batch(Set<Path> paths) {}

    private final BuildGate gate;
    private Set<Path> pending = new HashSet<>();
    private boolean everything;
    private boolean settling;
    private boolean building;
    private boolean finishing;
    private boolean closed;

    RebuildQueue(BuildGate gate) {
        this.gate = gate;
    }

    /** Something changed; its batch follows once the sources are quiet. */
    synchronized void settling() {
        settling = true;
        updateGate();
    }

    /** A debounced batch of changed paths ({@code null}: unknown, build everything; empty: nothing to build). */
    synchronized void add(Set<Path> paths) {
        settling = false;
        if (paths == null) everything = true;
        else pending.addAll(paths);
        updateGate();
        notifyAll();
    }

    /**
     * Waits for changes and takes all of them; the caller builds, then calls {@link #done()}. Null once the queue
     * is {@link #close closed}: the build thread ends.
     */
    synchronized Batch take() throws InterruptedException {
        while (!closed && !everything && pending.isEmpty()) wait();
        if (closed) return null;
        Batch batch = new Batch(everything ? null : pending);
        pending = new HashSet<>();
        everything = false;
        building = true;
        updateGate();
        return batch;
    }

    /** A build that did not come from the queue (the first one) runs now. */
    synchronized void building() {
        building = true;
        updateGate();
    }

    /** The build has written its pages; files that trail them are written next, then {@link #done()}. */
    synchronized void pagesWritten() {
        building = false;
        finishing = true;
        updateGate();
    }

    /** No build after the one under way: {@link #take} returns null from now on. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized void done() {
        building = false;
        finishing = false;
        updateGate();
    }

    private void updateGate() {
        boolean pages = settling || building || everything || !pending.isEmpty();
        gate.busy(pages, finishing);
    }
}
