package dev.lectern.cli;

import dev.lectern.pipeline.BuildResult;
import dev.lectern.diag.Diagnostic;
import java.io.PrintWriter;

/** Prints a build's diagnostics (GCC style, one a line) and its summary. */
final class Reporter {
    private Reporter() {}

    static int report(BuildResult result, PrintWriter out, PrintWriter err, String verb) {
        return report(result, out, err, verb, false);
    }

    /** @param hadSite a build only: the output folder existed before it (a failed build left it as it was) */
    static int report(BuildResult result, PrintWriter out, PrintWriter err, String verb, boolean hadSite) {
        for (Diagnostic d : result.diagnostics()) err.println(d.format());
        if (result.ok()) {
            out.println(verb + " " + result.summary());
            out.flush();
            err.flush();
            return Main.OK;
        }
        err.println("error: " + result.errors() + " error" + (result.errors() == 1 ? "" : "s")
                + " found; " + (!verb.startsWith("Built") ? "fix them and run again"
                : hadSite ? "the site was not written (the previous one is untouched)" : "the site was not written"));
        err.flush();
        return Main.CONTENT_ERRORS;
    }
}
