package dev.lectern.cli;

import dev.lectern.build.BuildResult;
import dev.lectern.diag.Diagnostic;
import java.io.PrintWriter;

/** Prints a build's diagnostics (GCC style, one a line) and its summary. */
final class Reporter {
    private Reporter() {}

    static int report(BuildResult result, PrintWriter out, PrintWriter err, String verb) {
        for (Diagnostic d : result.diagnostics()) err.println(d.format());
        if (result.ok()) {
            out.println(verb + " " + result.summary());
            out.flush();
            err.flush();
            return Main.OK;
        }
        err.println("error: " + result.errors() + " error" + (result.errors() == 1 ? "" : "s")
                + " found; " + (verb.startsWith("Built") ? "the site was not written (the previous one is untouched)" : "fix them and run again"));
        err.flush();
        return Main.CONTENT_ERRORS;
    }
}
