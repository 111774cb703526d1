package dev.lectern.pipeline;

/**
 * Whoever shows a build's progress (the command line's progress line): the build names each stage
 * as it begins and counts the pages of the stages that go page by page. Called from the build's
 * threads, the page count from many at once, so both must be cheap and thread-safe.
 */
public interface BuildProgress {
    /** Shows nothing. */
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void stage(String name, int pages) {}

        @Override
        public void page() {}
    };

    /** A stage begins ({@code "rendering"}); {@code pages} it will go through, 0 when it does not count them. */
    void stage(String name, int pages);

    /** One more page of the current stage is done. */
    void page();
}
