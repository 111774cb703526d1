package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EachInParallelTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    // Both forms finish every item before they throw, and throw the first failure in the items' order with the
    // later ones suppressed: a caller may remove the folder the writes went to as soon as they return.
    @Test
    void everyWriteFinishesAndTheFirstFailureIsThrown() {
        for (int threads : new int[] {0, 8}) {
            Set<Integer> done = ConcurrentHashMap.newKeySet();
            SiteWriter.Write<Integer> write = i -> {
                if (i % 50 == 7) throw new IOException("item " + i);
                done.add(i);
            };
            assertThatThrownBy(() -> run(threads, write))
                    .as("threads %d", threads)
                    .isInstanceOf(IOException.class)
                    .hasMessage("item 7")
                    .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                            .containsExactly("item 57", "item 107", "item 157"));
            assertThat(done).as("threads %d", threads).hasSize(ITEMS.size() - 4);
        }
    }

    @Test
    void aRuntimeFailureIsThrownAsItIs() {
        for (int threads : new int[] {0, 3}) {
            SiteWriter.Write<Integer> write = i -> {
                if (i == 150) throw new IllegalStateException("bad " + i);
            };
            assertThatThrownBy(() -> run(threads, write)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("bad 150");
        }
    }

    @Test
    void nothingFailsNothingIsThrown() throws IOException {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        run(4, done::add);
        run(0, i -> done.add(-1 - i));
        assertThat(done).hasSize(2 * ITEMS.size());
    }

    private static void run(int threads, SiteWriter.Write<Integer> write) throws IOException {
        if (threads == 0) SiteWriter.eachInParallel(ITEMS, write);
        else SiteWriter.eachInParallel(ITEMS, threads, write);
    }
}
