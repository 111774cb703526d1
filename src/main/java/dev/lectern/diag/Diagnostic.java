package dev.lectern.diag;

/**
 * One problem found by any stage, located GCC-style at {@code file:line:col}.
 * {@code file} is the path as the author knows it (relative to the working folder when possible);
 * line and column are 1-based, 0 when unknown.
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message)
        implements Comparable<Diagnostic> {

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message);
    }

    /** The line as printed: {@code content/dns/records.md:14:3: error: quiz has no correct answer}. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        c = Integer.compare(column, o.column);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
