package dev.lectern.serve;

/**
 * Holds page requests while a change is pending or a rebuild runs, so a reader gets the new page
 * (or, if the build takes too long, the last good one) rather than a stale or half-written file.
 */
final class BuildGate {
    private boolean busy;

    /** True from the first sign of a change until the rebuild that includes it has finished. */
    synchronized void busy(boolean b) {
        busy = b;
        if (!b) notifyAll();
    }

    synchronized boolean isBusy() {
        return busy;
    }

    /** Waits until no rebuild is pending, at most {@code millis}; true if none is. */
    synchronized boolean awaitIdle(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (busy) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) return false;
            wait(left);
        }
        return true;
    }
}
