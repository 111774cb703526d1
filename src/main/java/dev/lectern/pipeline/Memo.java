package dev.lectern.pipeline;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one memory of the pipeline: a stage's result, kept per slot (a page's source path or URL) together
 * with the stage's inputs, and handed out again only when the inputs now are equal to those then. The
 * inputs are the very record the stage function reads (a source page, a parsed page and the glossary,
 * the view a template is given): whatever a stage or template reads is in the key by construction, so
 * there is no list of "what pages show" to keep up to date. Records compare by value; a part without
 * value equality (compiled templates) compares by identity, which only ever costs a recomputation.
 *
 * <p>A full build is a session whose memos start empty. {@link #sweep()} after each build forgets the
 * slots that build did not ask for (deleted and renamed pages). A one-shot build ({@code lectern build})
 * has no next build to serve: its memos {@linkplain #Memo(boolean) remember nothing}, so a stage's inputs
 * and results are garbage as soon as the next stage has taken what it needs.
 *
 * @param <K> the stage's inputs
 * @param <V> the stage's result
 */
final class Memo<K, V> {
    private record Entry<K, V>(K inputs, V result) {}

    private final Map<String, Entry<K, V>> entries = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
    private final boolean remember;

    /** A memo for a session of builds ({@code lectern serve}). */
    Memo() {
        this(true);
    }

    /** @param remember false: every call computes, nothing is kept (one build only) */
    Memo(boolean remember) {
        this.remember = remember;
    }

    /** The stage's result for these inputs: remembered, or computed now and remembered. */
    V apply(String slot, K inputs, Function<K, V> stage) {
        return apply(slot, inputs, stage, result -> true);
    }

    /**
     * The same, for a stage that also reads facts it discovers as it goes (a page's links to other
     * pages): a remembered result counts only while {@code stillTrue} holds for it.
     */
    V apply(String slot, K inputs, Function<K, V> stage, Predicate<V> stillTrue) {
        if (!remember) {
            computed.incrementAndGet();
            return stage.apply(inputs);
        }
        used.add(slot);
        Entry<K, V> known = entries.get(slot);
        if (known != null && known.inputs().equals(inputs) && stillTrue.test(known.result())) return known.result();
        V result = stage.apply(inputs);
        computed.incrementAndGet();
        entries.put(slot, new Entry<>(inputs, result));
        return result;
    }

    /** Forgets every slot not asked for since the last sweep; returns how many results were computed since. */
    int sweep() {
        entries.keySet().retainAll(used);
        used.clear();
        return computed.getAndSet(0);
    }
}
