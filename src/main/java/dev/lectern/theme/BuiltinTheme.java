package dev.lectern.theme;

import java.util.Collections;
import java.util.Map;

/**
 * The theme that comes with Lectern: the repository's {@code theme/} folder, packaged into the jar
 * below {@code lectern-theme/}. Its templates are also compiled into the jar ({@code
 * dev.lectern.theme.builtin}, by jte's Maven plugin), so a course that overrides none needs no javac.
 */
public final class BuiltinTheme {
    static final String ROOT = "lectern-theme/";
    /** The package of the precompiled built-in templates. */
    public static final String PACKAGE = "dev.lectern.theme.builtin";

    private static volatile Map<String, byte[]> files;

    private BuiltinTheme() {}

    /** Every file of the built-in theme ({@code templates/layout.jte}, {@code assets/css/lectern.css}) and its bytes. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> f = files;
        if (f == null) {
            f = Collections.unmodifiableMap(read());
            files = f;
        }
        return f;
    }

    private static Map<String, byte[]> read() {
        return ClasspathTree.read(ROOT, "templates/layout.jte");
    }
}
