package dev.lectern.pipeline;

import java.io.IOException;

/**
 * Lectern will not write the output folder: it is not Lectern's, or another build holds it. The
 * message is one line saying why and how to proceed; the command line prints it and exits 2.
 */
public final class OutputRefused extends IOException {
    public OutputRefused(String message) {
        super(message);
    }
}
