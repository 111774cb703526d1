package dev.lectern.content;

/**
 * Dot files are neither published nor served: they are editors' temporary files, version-control
 * folders, the output's own marker ({@code .lectern-site}), or secrets ({@code .env}). Two names at
 * the root of the content folder are the exceptions: {@code .well-known/} (RFC 8615: security.txt,
 * ACME challenges, app links), published and served, and {@code .nojekyll} (tells GitHub Pages to
 * publish the folder as it is), published only.
 */
public final class DotFiles {
    public static final String WELL_KNOWN = ".well-known";
    public static final String NOJEKYLL = ".nojekyll";

    private DotFiles() {}

    /** Whether a site path ({@code .well-known/security.txt}, {@code dns/index.html}) may be published. */
    public static boolean published(String path) {
        return path.equals(NOJEKYLL) || served(path);
    }

    /** Whether a site path may be served: no segment starts with a dot, except a leading {@code .well-known/}. */
    public static boolean served(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith(".") && !(i == 0 && segments[i].equals(WELL_KNOWN) && segments.length > 1)) {
                return false;
            }
        }
        return true;
    }
}
