package dev.lectern.diag;

/** How bad a diagnostic is: errors fail the build, warnings are reported and counted. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
