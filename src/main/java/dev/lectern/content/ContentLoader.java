package dev.lectern.content;

import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** One entry of a content folder. */
    public record Entry(Path path, String name, boolean folder) {}

    /** A folder's entries sorted by name, dot files and folders left out (editors' temporary files are dot files). */
    public static List<Entry> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> new Entry(p, p.getFileName().toString(), Files.isDirectory(p))).toList();
        }
    }

    public ContentLoader withCache(PageCache cache) {
        this.cache = cache;
        return this;
    }

    public Course load(SiteConfig config) {
        exclude = new Exclude(config.exclude());
        List<Course.StaticFile> statics = new ArrayList<>();
        Section root = loadSection(contentDir, "", statics);
        if (root == null) {
            root = new Section("", config.title(), generatedIndex("", config.title()), List.of(), List.of());
        }
        return NavTree.apply(Course.of(config, root, statics), diagnostics);
    }

    private Section loadSection(Path dir, String folder, List<Course.StaticFile> statics) {
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
            if (entry.folder()) {
                Section sub = loadSection(child, rel, statics);
                if (sub != null) sections.add(sub);
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                String stem = name.substring(0, name.length() - 3);
                boolean isIndex = stem.equals("index");
                boolean isReadme = stem.equalsIgnoreCase("readme");
                SourcePage page = loadPage(child, rel, folder, stem, isIndex || isReadme);
                if (page == null) continue;
                if (isIndex) index = page;
                else if (isReadme) readme = page;
                else pages.add(page);
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
            text = Files.readString(file, StandardCharsets.UTF_8);
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
