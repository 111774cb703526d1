package dev.lectern.content;

import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostics;
import dev.lectern.util.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * First stage: walks the content folder into a {@link Course}. Folders become sections, Markdown
 * files pages (with front matter split off), other files are copied as they are.
 */
public final class ContentLoader {
    /** Files of the content folder that configure the build rather than being published. */
    public static final Set<String> DATA_FILES = Set.of("site.yaml", "glossary.yaml", "mkdocs.yml");

    private static final Pattern ATX_H1 = Pattern.compile("^ {0,3}#[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");

    private final Path contentDir;
    private final String displayPrefix;
    private final boolean includeDrafts;
    private final Diagnostics diagnostics;

    private PageCache cache;
    /** Folders inside the content folder that are not content: the output and the cache (absolute, normalized). */
    private final Set<Path> excluded = new java.util.HashSet<>();
    /** The last names of {@link #excluded}. */
    private final Set<String> excludedNames = new java.util.HashSet<>();
    private Exclude exclude = new Exclude(List.of());

    public ContentLoader(Path contentDir, String displayPrefix, boolean includeDrafts, Diagnostics diagnostics) {
        this.contentDir = contentDir;
        this.displayPrefix = displayPrefix;
        this.includeDrafts = includeDrafts;
        this.diagnostics = diagnostics;
    }

    /**
     * Keeps loaded pages between builds ({@code lectern serve}): the cache decides whether a file's
     * page (or its absence, for a draft) and its diagnostics can be reused, or calls the loader; and
     * it may keep folder listings, so that a build after one saved file reads no folder again.
     */
    public interface PageCache {
        SourcePage page(Path file, boolean isIndex, Diagnostics diagnostics, Function<Diagnostics, SourcePage> load);

        /** A folder's entries; by default read now with {@link #list(Path)}. */
        default List<Entry> entries(Path dir) throws IOException {
            return list(dir);
        }
    }

    /**
     * One entry of a content folder.
     *
     * @param folder a folder, or a symbolic link to one
     * @param link a symbolic link (see {@link #admits})
     */
    public record Entry(Path path, String name, boolean folder, boolean link) {
        static Entry of(Path p) {
            String name = p.getFileName().toString();
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                boolean link = a.isSymbolicLink();
                return new Entry(p, name, link ? Files.isDirectory(p) : a.isDirectory(), link);
            } catch (IOException e) {
                return new Entry(p, name, false, false); // gone since it was listed: reading it reports that
            }
        }
    }

    /** A folder's entries sorted by name, dot files and folders left out (editors' temporary files are dot files). */
    public static List<Entry> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(Entry::of).toList();
        }
    }

    public ContentLoader withCache(PageCache cache) {
        this.cache = cache;
        return this;
    }

    /**
     * Leaves these folders out of the walk, should they lie inside the content folder ({@code --out
     * content/site} would otherwise publish each site inside the next).
     */
    public ContentLoader excluding(Path... folders) {
        for (Path f : folders) {
            if (f == null) continue;
            excluded.add(f.toAbsolutePath().normalize());
            try {
                excluded.add(f.toRealPath());
            } catch (IOException e) {
                // not there yet: nothing of it can be read
            }
            for (Path e : excluded) if (e.getFileName() != null) excludedNames.add(e.getFileName().toString());
        }
        return this;
    }

    public Course load(SiteConfig config) {
        exclude = new Exclude(config.exclude());
        List<Course.StaticFile> statics = new ArrayList<>();
        Path real;
        try {
            real = contentDir.toRealPath();
        } catch (IOException e) {
            real = contentDir.toAbsolutePath().normalize();
        }
        contentReal = real;
        Section root = loadSection(contentDir, real, "", statics);
        allowedDotFiles(statics);
        if (root == null) {
            root = new Section("", config.title(), generatedIndex("", config.title()), List.of(), List.of());
        }
        return NavTree.apply(Course.of(config, root, statics), diagnostics);
    }

    /** The content folder with every symbolic link resolved: what no published file may lie outside of. */
    private Path contentReal;

    /**
     * Whether an entry may be read: not an excluded folder, and if a symbolic link, one to a place
     * inside the content folder that is not a folder holding it (a loop). Reports the links it refuses.
     */
    private boolean admits(Entry entry, Path dirReal, String rel) {
        // an excluded folder has the entry's name (the listing's paths end in it): only then is its path made
        if (excludedNames.contains(entry.name()) && excluded.contains(entry.path().toAbsolutePath().normalize())) {
            return false;
        }
        if (!entry.link()) return true;
        Path real;
        try {
            real = entry.path().toRealPath();
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "it points to nothing"
                    : "it cannot be followed (" + e.getMessage() + ")";
            diagnostics.error(display(rel), 0, 0, "broken symbolic link: " + why + "; remove it or fix its target");
            return false;
        }
        if (excluded.contains(real)) return false;
        if (!real.startsWith(contentReal)) {
            diagnostics.error(display(rel), 0, 0, "symbolic link to " + real + ", outside the content folder; "
                    + "Lectern publishes nothing from outside it (copy the file in instead)");
            return false;
        }
        if (entry.folder() && dirReal.startsWith(real)) {
            diagnostics.error(display(rel), 0, 0, "symbolic link loop: it leads back to "
                    + display(contentReal.relativize(real).toString().replace('\\', '/')) + ", which holds it");
            return false;
        }
        return true;
    }

    /**
     * The dot files that are published ({@link DotFiles}): {@code .nojekyll} and everything below
     * {@code .well-known/}, as they are (links and nested dot files left out).
     */
    private void allowedDotFiles(List<Course.StaticFile> statics) {
        Path nojekyll = contentDir.resolve(DotFiles.NOJEKYLL);
        if (Files.isRegularFile(nojekyll, LinkOption.NOFOLLOW_LINKS)) statics.add(new Course.StaticFile(nojekyll, DotFiles.NOJEKYLL));
        Path wellKnown = contentDir.resolve(DotFiles.WELL_KNOWN);
        if (!Files.isDirectory(wellKnown, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(wellKnown)) {
            for (Path f : s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String rel = contentDir.relativize(f).toString().replace('\\', '/');
                if (DotFiles.published(rel)) statics.add(new Course.StaticFile(f, rel));
            }
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(display(DotFiles.WELL_KNOWN), 0, 0, "cannot read folder: " + e.getMessage());
        }
    }

    private Section loadSection(Path dir, Path dirReal, String folder, List<Course.StaticFile> statics) {
        List<Entry> children;
        try {
            children = cache == null ? list(dir) : cache.entries(dir);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(display(folder), 0, 0, "cannot read folder: " + e.getMessage());
            return null;
        }
        SourcePage index = null;
        SourcePage readme = null;
        List<SourcePage> pages = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Entry entry : children) {
            Path child = entry.path();
            String name = entry.name();
            String rel = folder.isEmpty() ? name : folder + "/" + name;
            if (exclude.matches(rel, entry.folder())) continue;
            if (!admits(entry, dirReal, rel)) continue;
            if (entry.folder()) {
                Path childReal = entry.link() ? realOr(child) : dirReal.resolve(name);
                Section sub = loadSection(child, childReal, rel, statics);
                if (sub != null) sections.add(sub);
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                String stem = name.substring(0, name.length() - 3);
                boolean isIndex = stem.equals("index");
                boolean isReadme = stem.equalsIgnoreCase("readme");
                SourcePage page = loadPage(child, rel, folder, stem, isIndex || isReadme);
                if (page == null) continue;
                if (isIndex) {
                    index = page;
                } else if (isReadme && readme != null) {
                    diagnostics.error(page.displayPath(), 0, 0, "this file and `" + readme.displayPath() + "` would "
                            + "both be this folder's index page; keep one of them");
                } else if (isReadme) {
                    readme = page;
                } else {
                    pages.add(page);
                }
            } else if (!(folder.isEmpty() && DATA_FILES.contains(name))) {
                statics.add(new Course.StaticFile(child, rel));
            }
        }
        if (index == null && readme != null) {
            index = readme;
        } else if (readme != null) {
            // Both exist: index.md is the section page, README.md an ordinary page.
            pages.add(loadPage(readme.file(), readme.sourcePath(), folder, "readme", false));
        }
        if (index == null && pages.isEmpty() && sections.isEmpty()) return null;
        if (index == null) index = generatedIndex(folder, titleFromFolder(folder));
        pages.sort(ORDER);
        sections.sort(Comparator.comparing((Section s) -> s.index(), ORDER));
        String title = index.title() != null ? index.title() : titleFromFolder(folder);
        return new Section(folder, title, index, List.copyOf(pages), List.copyOf(sections));
    }

    private static Path realOr(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** Weighted pages first by weight, then the rest; ties by file name. */
    static final Comparator<SourcePage> ORDER = Comparator
            .comparing((SourcePage p) -> p.meta().weight() == null ? Integer.MAX_VALUE : p.meta().weight())
            .thenComparing(SourcePage::sourcePath);

    private SourcePage loadPage(Path file, String rel, String folder, String stem, boolean isIndex) {
        if (cache == null) return readPage(file, rel, folder, stem, isIndex, diagnostics);
        return cache.page(file, isIndex, diagnostics, d -> readPage(file, rel, folder, stem, isIndex, d));
    }

    private SourcePage readPage(Path file, String rel, String folder, String stem, boolean isIndex,
                                Diagnostics diagnostics) {
        String display = display(rel);
        String text;
        try {
            text = SourceText.read(file);
        } catch (SourceText.InvalidUtf8 e) {
            diagnostics.error(display, e.line(), e.column(), e.getMessage());
            return null;
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(display, 0, 0, "cannot read file: " + e.getMessage());
            return null;
        }
        text = text.replace("\r\n", "\n");
        FrontMatterReader.Split split = FrontMatterReader.read(text, display, diagnostics);
        if (split.meta().draft() && !includeDrafts) return null;
        String url = isIndex ? (folder.isEmpty() ? "" : folder + "/") : (folder.isEmpty() ? "" : folder + "/") + slugOf(stem) + "/";
        String title = split.meta().title();
        boolean fromHeading = false;
        if (title == null) {
            title = firstHeading(split.markdown());
            fromHeading = title != null;
        }
        return new SourcePage(file, rel, display, url, split.meta(), split.markdown(), title, fromHeading,
                isIndex);
    }

    private SourcePage generatedIndex(String folder, String title) {
        String url = folder.isEmpty() ? "" : folder + "/";
        return new SourcePage(null, folder.isEmpty() ? "index.md" : folder + "/index.md", display(folder), url,
                FrontMatter.EMPTY, "", title, false, true);
    }

    private String display(String rel) {
        return rel.isEmpty() ? displayPrefix : displayPrefix + "/" + rel;
    }

    /** The text of the first {@code #} heading outside fenced code, inline Markdown stripped. */
    static String firstHeading(String markdown) {
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            String t = line.stripLeading();
            if (t.startsWith("```") || t.startsWith("~~~")) inFence = !inFence;
            if (inFence) continue;
            Matcher m = ATX_H1.matcher(line);
            if (m.matches()) return m.group(1).replaceAll("[`*_]", "").strip();
        }
        return null;
    }

    static String titleFromFolder(String folder) {
        String name = folder.contains("/") ? folder.substring(folder.lastIndexOf('/') + 1) : folder;
        name = name.replaceAll("^\\d+[-_.]\\s*", "").replace('-', ' ').replace('_', ' ').strip();
        if (name.isEmpty()) return "Home";
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** File stems become URL segments: lower case, spaces to dashes. */
    static String slugOf(String stem) {
        return stem.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }
}
