package dev.lectern.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder and the rule for replacing it: a build replaces {@code --out} whole, so it
 * does so only when the folder does not exist, is empty, or carries the {@link #MARKER} file that
 * Lectern writes into every site it builds. It never replaces the root or home folder, the current
 * folder, the content, theme or cache folder (nor a folder inside or around them), a file or a
 * symbolic link. {@link #check()} says why in one line, with how to proceed.
 */
public final class OutputFolder {
    /** Written into every site built: the folder is Lectern's to replace. Not published, not served. */
    public static final String MARKER = ".lectern-site";

    /** A folder the output must stay clear of: {@code --content content}. */
    record Source(String what, String option, Path path) {}

    private final Path given;
    private final List<Source> sources;
    private final Path cwd;
    private final List<Path> homes;

    OutputFolder(Path given, List<Source> sources, Path cwd, List<Path> homes) {
        this.given = given;
        this.sources = sources;
        this.cwd = cwd;
        this.homes = homes;
    }

    /** The output folder of a build, kept clear of its content, theme and cache folders. */
    public static OutputFolder of(BuildOptions o) {
        return new OutputFolder(o.outDir(), List.of(new Source("the content folder", "--content", o.contentDir()),
                new Source("the theme folder", "--theme", o.themeDir()),
                new Source("the cache folder", "--cache", o.cacheDir())), Path.of(""), homes());
    }

    /** An output folder on its own (no sources known). */
    public static OutputFolder alone(Path out) {
        return new OutputFolder(out, List.of(), Path.of(""), homes());
    }

    /** The user's home folder as Java knows it and as the shell's {@code HOME} says. */
    static List<Path> homes() {
        List<Path> h = new ArrayList<>();
        for (String s : new String[] {System.getProperty("user.home"), System.getenv("HOME")}) {
            if (s != null && !s.isBlank()) h.add(Path.of(s));
        }
        return h;
    }

    /** The folder, absolute and normalised. */
    public Path path() {
        return absolute(given);
    }

    /** A path as the command line means it: relative to the current folder. */
    private Path absolute(Path p) {
        return cwd.toAbsolutePath().resolve(p).normalize();
    }

    /** Throws with the reason when a build must not replace this folder. */
    public void check() throws OutputRefused {
        String why = refusal();
        if (why != null) throw new OutputRefused(why);
    }

    /** Why a build must not replace this folder, in one line with how to proceed; null when it may. */
    public String refusal() {
        if (given.toString().isEmpty()) {
            return "--out is empty (an unset shell variable?); name the folder to build into, e.g. --out site";
        }
        String refusing = "refusing --out " + given + ": ";
        String elsewhere = "; build into a new or empty folder, e.g. --out site";
        Path out = path();
        Path real = real(out);
        if (real.getParent() == null) return refusing + "it is the root folder" + elsewhere;
        for (Path home : homes) {
            Path h = real(absolute(home));
            if (real.equals(h)) return refusing + "it is your home folder" + elsewhere;
            if (h.startsWith(real)) return refusing + "it contains your home folder" + elsewhere;
        }
        if (Files.isSymbolicLink(out)) {
            return refusing + "it is a symbolic link; name a real folder (the link's target, or a new or empty one)";
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return refusing + "it is a file, not a folder" + elsewhere;
        }
        Path here = real(absolute(cwd));
        if (real.equals(here)) return refusing + "it is the current folder; build into a new folder below it, e.g. --out site";
        if (here.startsWith(real)) {
            return refusing + "it contains the current folder; build into a new folder below it, e.g. --out site";
        }
        for (Source s : sources) {
            Path r = real(absolute(s.path()));
            String which = s.what() + " (" + s.option() + " " + s.path() + ")";
            if (real.equals(r)) return refusing + "it is " + which + "; build into a folder beside it, e.g. --out site";
            if (real.startsWith(r)) return refusing + "it is inside " + which + "; build into a folder outside it, e.g. --out site";
            if (r.startsWith(real)) return refusing + "it contains " + which + "; build into a folder beside it, e.g. --out site";
        }
        if (!isOurs(out)) {
            if (olderSite(out)) {
                return refusing + "it holds a site built by an older Lectern, without the " + MARKER
                        + " marker that builds now write; move any file you added to it (a CNAME ...) into content/,"
                        + " delete the folder once, and build again";
            }
            return refusing + "it holds files that Lectern did not write (it has no " + MARKER
                    + " marker); build into a new or empty folder, or empty this one yourself";
        }
        Path old = out.resolveSibling("." + out.getFileName() + ".old");
        if (!isOurs(old)) {
            return refusing + "the folder " + old.getFileName() + " beside it, where a build moves the previous site,"
                    + " holds files that Lectern did not write; move it away";
        }
        return null;
    }

    /** Whether a build may replace this folder: it does not exist, is empty, or carries the marker. */
    static boolean isOurs(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return true;
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return false;
        if (Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) return true;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Lectern before the marker: a home page that names Lectern as its generator, and a 404 page. */
    private static boolean olderSite(Path dir) {
        Path index = dir.resolve("index.html");
        try {
            if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(dir.resolve("404.html"))
                    || Files.size(index) > 10_000_000) {
                return false;
            }
            return Files.readString(index, StandardCharsets.ISO_8859_1).contains("<meta name=\"generator\" content=\"Lectern");
        } catch (IOException e) {
            return false;
        }
    }

    /** The marker's text: what the folder is, and where a user's own files go instead. */
    static byte[] marker() {
        return ("Lectern " + Version.current() + "\n"
                + "This folder is a site built by Lectern: every build replaces it whole.\n"
                + "Keep files of your own (CNAME, .nojekyll, .well-known/, verification files) in content/;\n"
                + "they are copied into every build.\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The path with every symbolic link of its existing part resolved. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }
}
