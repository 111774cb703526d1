package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Waits;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The rebuild queue: no change is lost, builds never overlap, the gate is shut while anything is pending. */
class RebuildQueueTest {
    private final BuildGate gate = new BuildGate();
    private final RebuildQueue queue = new RebuildQueue(gate);

    // A change saved during a build is built by exactly one more build, after the first one finished.
    @Test
    void changeDuringABuildTriggersOneMoreBuild() throws Exception {
        queue.add(Set.of(Path.of("a.md")));
        RebuildQueue.Batch first = queue.take();
        assertThat(first.paths()).containsExactly(Path.of("a.md"));
        // While the first build runs, two saves arrive.
        queue.settling();
        queue.add(Set.of(Path.of("b.md")));
        queue.add(Set.of(Path.of("c.md")));
        assertThat(gate.isBusy()).isTrue();
        queue.done();
        assertThat(gate.isBusy()).as("the gate stays shut: changes are waiting").isTrue();
        RebuildQueue.Batch second = queue.take();
        assertThat(second.paths()).containsExactlyInAnyOrder(Path.of("b.md"), Path.of("c.md"));
        queue.done();
        assertThat(gate.isBusy()).isFalse();
        FutureTask<RebuildQueue.Batch> third = new FutureTask<>(queue::take);
        Thread taker = new Thread(third, "build thread");
        taker.start();
        // parked in take(): it has looked at the queue and found nothing to build
        Waits.parkedIn(taker, RebuildQueue.class, "take");
        assertThat(third).as("no third build without a change").isNotDone();
        queue.add(null);
        assertThat(third.get(5, TimeUnit.SECONDS).paths()).as("unknown changes: build everything").isNull();
    }

    // Closing wakes a build thread waiting in take() and ends it (null), and a change still waiting is not built.
    @Test
    void closeEndsTheBuildThread() throws Exception {
        FutureTask<RebuildQueue.Batch> waiting = new FutureTask<>(queue::take);
        Thread taker = new Thread(waiting, "build thread");
        taker.start();
        Waits.parkedIn(taker, RebuildQueue.class, "take");
        queue.close();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isNull();
        queue.add(Set.of(Path.of("a.md")));
        assertThat(queue.take()).as("closed: nothing more is built").isNull();
    }

    // Once a build wrote its pages they are served; files that trail them (the search index) wait until done.
    @Test
    void pagesOpenBeforeTheFilesThatTrailThem() throws Exception {
        queue.add(Set.of(Path.of("a.md")));
        queue.take();
        assertThat(gate.isBusy()).isTrue();
        assertThat(gate.isLaterBusy()).isTrue();
        queue.pagesWritten();
        assertThat(gate.awaitIdle(10)).isTrue();
        assertThat(gate.awaitIdle(50, true)).as("the search index is not written yet").isFalse();
        FutureTask<Boolean> search = new FutureTask<>(() -> gate.awaitIdle(5000, true));
        Thread request = new Thread(search, "search index request");
        request.start();
        Waits.parkedIn(request, BuildGate.class, "awaitIdle");
        assertThat(search).as("the search index request waits").isNotDone();
        queue.done();
        assertThat(search.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.isLaterBusy()).isFalse();
        // A change while the index is written shuts both again.
        queue.add(Set.of(Path.of("b.md")));
        queue.take();
        queue.pagesWritten();
        queue.settling();
        assertThat(gate.isBusy()).isTrue();
        assertThat(gate.isLaterBusy()).isTrue();
    }

    // The first build (not from the queue) keeps the gate shut while it runs, and opens it when done.
    @Test
    void theFirstBuildShutsTheGate() {
        assertThat(gate.isBusy()).isFalse();
        queue.building();
        assertThat(gate.isBusy()).isTrue();
        assertThat(gate.isLaterBusy()).isTrue();
        queue.done();
        assertThat(gate.isBusy()).isFalse();
        assertThat(gate.isLaterBusy()).isFalse();
    }

    // The gate shuts at the first sign of a change and opens again if the batch holds nothing to build.
    @Test
    void gateFollowsTheWatcher() throws Exception {
        assertThat(gate.awaitIdle(10)).isTrue();
        queue.settling();
        assertThat(gate.isBusy()).isTrue();
        assertThat(gate.awaitIdle(50)).isFalse();
        queue.add(Set.of());
        assertThat(gate.isBusy()).isFalse();
    }
}
