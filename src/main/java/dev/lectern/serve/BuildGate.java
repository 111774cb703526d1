package dev.lectern.serve;

/**
 * Holds page requests while a change is pending or a rebuild runs, so a reader gets the new page
 * (or, if the build takes too long, the last good one) rather than a stale or half-written file.
 * Files that a build brings up to date after its pages (the search index) have their own state:
 * requests for them also wait for that.
 */
final class BuildGate {
    private boolean busy;
    private boolean laterBusy;

    /**
     * {@code pages}: true from the first sign of a change until the rebuild that includes it has
     * written its pages; {@code later}: its files that trail the pages are still to be written.
     */
    synchronized void busy(boolean pages, boolean later) {
        busy = pages;
        laterBusy = pages || later;
        notifyAll();
    }

    synchronized boolean isBusy() {
        return busy;
    }

    synchronized boolean isLaterBusy() {
        return laterBusy;
    }

    /** Waits until no rebuild is pending, at most {@code millis}; true if none is. */
    synchronized boolean awaitIdle(long millis) throws InterruptedException {
        return awaitIdle(millis, false);
    }

    /** The same; {@code later}: also until the files that trail the pages are written. */
    synchronized boolean awaitIdle(long millis, boolean later) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (later ? laterBusy : busy) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) return false;
            wait(left);
        }
        return true;
    }
}
