package dev.lectern.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Thread-safe collector every stage reports into, so one build reports every problem at once. */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> all = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic d) {
        all.add(d);
    }

    public void error(String file, int line, int column, String message) {
        add(Diagnostic.error(file, line, column, message));
    }

    public void warning(String file, int line, int column, String message) {
        add(Diagnostic.warning(file, line, column, message));
    }

    public void addAll(Iterable<Diagnostic> ds) {
        ds.forEach(all::add);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(Severity s) {
        return all.stream().filter(d -> d.severity() == s).count();
    }

    /** All diagnostics, sorted by file, line and column, without duplicates. */
    public List<Diagnostic> sorted() {
        return new ArrayList<>(all).stream().distinct().sorted().toList();
    }
}
