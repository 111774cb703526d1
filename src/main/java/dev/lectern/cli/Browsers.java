package dev.lectern.cli;

import java.io.PrintWriter;
import java.util.List;

/** Opens a URL in the user's browser for {@code serve --open}, with the platform's own command. */
final class Browsers {
    private Browsers() {}

    static void open(String url, PrintWriter err) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", url)
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : List.of("xdg-open", url);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            err.println("lectern: cannot open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }
}
