package dev.lectern.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.opentest4j.AssertionFailedError;

/**
 * Waiting for a condition, never for a fixed time. "It happened" waits for the condition with a
 * timeout; "nothing happened" first waits for a positive sign that it would have happened by then
 * (for a thread: that it is parked where it waits for the event).
 */
public final class Waits {
    private Waits() {}

    /** Polls {@code condition} until it holds; fails naming {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionFailedError("timed out after " + timeout + ": " + what);
            try {
                Thread.sleep(5); // the poll interval of this wait, not a wait in itself
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionFailedError("interrupted while waiting for: " + what);
            }
        }
    }

    /**
     * Waits until {@code thread} is parked (WAITING or TIMED_WAITING) inside {@code type.method}: from then
     * on it can only go on when something wakes it, so "it has not returned" means something.
     */
    public static void parkedIn(Thread thread, Class<?> type, String method) {
        parkedIn(thread, type, method, Duration.ofSeconds(10));
    }

    /** The same, waiting up to {@code timeout} (the thread may first have a build to do). */
    public static void parkedIn(Thread thread, Class<?> type, String method, Duration timeout) {
        until(thread.getName() + " parked in " + type.getSimpleName() + "." + method, timeout,
                () -> isParkedIn(thread, type, method));
    }

    /** Waits until some thread of this JVM is parked inside {@code type.method} (a server's request thread). */
    public static void anyParkedIn(Class<?> type, String method) {
        until("a thread parked in " + type.getSimpleName() + "." + method, Duration.ofSeconds(10),
                () -> Thread.getAllStackTraces().keySet().stream().anyMatch(t -> isParkedIn(t, type, method)));
    }

    private static boolean isParkedIn(Thread thread, Class<?> type, String method) {
        Thread.State state = thread.getState();
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) return false;
        return Arrays.stream(thread.getStackTrace())
                .anyMatch(f -> f.getClassName().equals(type.getName()) && f.getMethodName().equals(method));
    }
}
