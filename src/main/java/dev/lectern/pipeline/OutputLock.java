package dev.lectern.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One Lectern at a time writes an output folder: a lock on {@code .NAME.lock} beside it (a
 * file-system lock, so the operating system lets go of it if the process dies), held by a build
 * while it runs and by {@code lectern serve} while it serves. The lock file names the process that
 * holds it; it stays in place, emptied, when the lock is released (removing it would let a process
 * that opened it just before lock a file no longer at that path).
 *
 * <p>While holding the lock, this process must open the lock file through no other channel:
 * closing any descriptor of a file releases every POSIX lock the process holds on it.
 */
public final class OutputLock implements AutoCloseable {
    /** Lock files this process holds: a second lock on them from this process counts as taken. */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Checks the folder ({@link OutputFolder#check()}), then takes its lock, waiting up to {@code wait}
     * for another build to finish ({@code waiting} hears once that it waits).
     */
    public static OutputLock acquire(OutputFolder folder, Duration wait, Consumer<String> waiting) throws IOException {
        folder.check();
        Path out = folder.path();
        Path file = out.resolveSibling("." + out.getFileName() + ".lock");
        Files.createDirectories(file.getParent());
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            OutputLock taken = tryLock(file);
            if (taken != null) return taken;
            String holder = holder(file);
            String who = holder == null ? "another Lectern" : "another Lectern (process " + holder + ")";
            if (System.nanoTime() >= deadline) {
                throw new OutputRefused(who + " is writing --out " + Build.display(out) + "; wait for it to finish"
                        + " (or stop its `lectern serve`), or build into another folder");
            }
            if (!told) {
                waiting.accept(who + " is writing " + Build.display(out) + "; waiting up to " + wait.toSeconds() + " s");
                told = true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutputRefused("interrupted while waiting for " + who + " writing " + Build.display(out));
            }
        }
    }

    private static OutputLock tryLock(Path file) throws IOException {
        synchronized (HELD) {
            if (HELD.contains(file)) return null;
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            String pid = ProcessHandle.current().pid() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            HELD.add(file);
            return new OutputLock(file, channel, lock);
        }
    }

    /** The process id written in the lock file, or null. */
    private static String holder(Path file) {
        synchronized (HELD) {
            // Not read through a second descriptor: closing it would release this process's lock.
            if (HELD.contains(file)) return String.valueOf(ProcessHandle.current().pid());
        }
        try {
            String pid = Files.readString(file).lines().findFirst().orElse("").strip();
            return pid.matches("\\d+") ? pid : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Releases the lock; the lock file stays, empty. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (!HELD.remove(file)) return;
            try {
                channel.truncate(0);
            } catch (IOException ignored) {
                // a stale process id is only shown while someone holds the lock, and then it is theirs
            }
            try {
                channel.close(); // releases the lock
            } catch (IOException ignored) {
                // the process's exit releases it
            }
        }
    }
}
