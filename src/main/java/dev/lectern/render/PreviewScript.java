package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The live-reload client of {@code lectern serve}: every page of a preview build loads it, and the
 * build publishes it beside the theme's assets. Ordinary builds have neither.
 */
public final class PreviewScript {
    /** Its asset path (published as {@code assets/js/lectern-live.js}). */
    public static final String ASSET = "js/lectern-live.js";

    private PreviewScript() {}

    /** The script, read from the jar once ({@code lectern serve} adds it to every build); not to be changed. */
    public static byte[] bytes() {
        byte[] b = read;
        if (b == null) {
            try (InputStream in = PreviewScript.class.getResourceAsStream("lectern-live.js")) {
                if (in == null) throw new IllegalStateException("lectern-live.js missing from the jar");
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            read = b;
        }
        return b;
    }

    private static volatile byte[] read;
}
