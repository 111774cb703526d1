package dev.lectern.config;

import dev.lectern.util.Href;
import dev.lectern.diag.Diagnostics;
import dev.lectern.yaml.YamlException;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An MkDocs project's {@code mkdocs.yml}, read into the same {@link SiteConfig} as {@code site.yaml},
 * for a content folder that has no {@code site.yaml}: the folder holds the file (its {@code docs_dir}
 * is then the content) or its parent does (the folder is then the {@code docs_dir}). What Lectern
 * does not do (themes, plugins, other Markdown extensions) is listed once as ignored.
 */
public final class MkDocsConfig {
    public static final String FILE = "mkdocs.yml";

    /** Python-Markdown and pymdownx extensions whose syntax Lectern reads (always on). */
    static final Set<String> KNOWN_EXTENSIONS = Set.of("toc", "attr_list", "def_list", "tables", "footnotes",
            "admonition", "abbr", "meta", "fenced_code", "codehilite", "sane_lists", "nl2br", "extra", "callouts",
            "github-callouts", "markdown.extensions.toc", "markdown.extensions.attr_list", "markdown.extensions.tables",
            "markdown.extensions.admonition", "markdown.extensions.def_list", "markdown.extensions.footnotes",
            "markdown.extensions.abbr", "markdown.extensions.meta", "markdown.extensions.fenced_code",
            "pymdownx.snippets", "pymdownx.tabbed", "pymdownx.tasklist", "pymdownx.superfences", "pymdownx.highlight",
            "pymdownx.details", "pymdownx.tilde", "pymdownx.betterem", "pymdownx.magiclink");
    /** Keys read; other keys of MkDocs are listed as ignored. */
    static final List<String> READ = List.of("site_name", "site_description", "site_url", "docs_dir", "nav",
            "repo_url", "edit_uri", "extra_css", "extra_javascript", "exclude_docs", "copyright",
            "markdown_extensions", "theme", "plugins", "strict");

    /** Where an MkDocs project was found: its settings file and its docs folder. */
    public record Project(Path file, Path docsDir) {}

    private MkDocsConfig() {}

    /**
     * The MkDocs project of a content folder, or null: the folder has {@code site.yaml}, or neither
     * it nor its parent holds {@code mkdocs.yml}.
     */
    public static Project find(Path contentDir) {
        if (Files.isRegularFile(contentDir.resolve("site.yaml"))) return null;
        Path inside = contentDir.resolve(FILE);
        if (Files.isRegularFile(inside)) return new Project(inside, contentDir.resolve(docsDir(inside)).normalize());
        Path parent = contentDir.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isRegularFile(parent.resolve(FILE))) return null;
        Path file = parent.resolve(FILE);
        return new Project(file, Files.isDirectory(contentDir) ? contentDir : parent.resolve(docsDir(file)).normalize());
    }

    /** {@code docs_dir} as written (default {@code docs}), read leniently: errors are reported by {@link #load}. */
    private static String docsDir(Path file) {
        try {
            if (YamlReader.read(Files.readString(file)) instanceof YamlNode.Mapping m
                    && m.get("docs_dir") instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) {
                return s.text();
            }
        } catch (IOException | YamlException | RuntimeException e) {
            // reported when the file is loaded
        }
        return "docs";
    }

    public static SiteConfig load(Path file, String displayName, Diagnostics diagnostics) {
        SiteConfig d = SiteConfig.defaults();
        YamlFields f = new YamlFields(displayName, diagnostics);
        YamlNode.Mapping m = SiteConfigLoader.readMapping(file, FILE, f, displayName, diagnostics);
        if (m == null) return d;
        ignored(m, f);

        String basePath = d.basePath();
        String baseUrl = null;
        String siteUrl = string(m, f, "site_url");
        if (siteUrl != null && !siteUrl.isBlank()) {
            try {
                URI uri = URI.create(siteUrl.strip());
                if (uri.getScheme() != null && uri.getHost() != null) {
                    baseUrl = uri.getScheme() + "://" + uri.getRawAuthority();
                    basePath = SiteConfig.normalizeBasePath(uri.getRawPath());
                } else {
                    f.error(m.get("site_url"), "`site_url` must be a full address like https://example.org/docs/, not `" + siteUrl + "`");
                }
            } catch (IllegalArgumentException e) {
                f.error(m.get("site_url"), "`site_url` is not a valid address: " + e.getMessage());
            }
        }
        String repo = string(m, f, "repo_url");
        String editUri = SiteConfigLoader.editUri(f, m.get("edit_uri"), string(m, f, "edit_uri"));
        if (repo != null && editUri == null && (repo.contains("github.com") || repo.contains("gitlab.com"))) {
            editUri = "edit/master/" + docsDirName(m) + "/";  // MkDocs' default for those hosts
        }
        String copyright = string(m, f, "copyright");
        String footer = copyright == null ? null : org.jsoup.Jsoup.parse(copyright).text();
        boolean strict = Boolean.TRUE.equals(m.get("strict") == null ? null : f.bool(m, "strict"));
        Path docs = file.toAbsolutePath().getParent().resolve(docsDirName(m)).normalize();
        var theme = new SiteConfig.ThemeSettings(null, null, themeFiles(m, "extra_css", f, docs, List.of(".css")),
                themeFiles(m, "extra_javascript", f, docs, List.of(".js")), null, footer);
        return new SiteConfig(
                or(string(m, f, "site_name"), d.title()),
                or(string(m, f, "site_description"), d.description()),
                basePath, d.language(), d.rawHtml(), repo, d.editBranch(), baseUrl, d.compress(),
                strict ? "error" : d.links(), literateNav(nav(m, f), m, docs, displayName), editUri, theme,
                exclude(m, f));
    }

    /**
     * {@code extra_css} / {@code extra_javascript} for the theme: the entries {@link #assets} keeps, each
     * checked as {@code site.yaml}'s {@code extra_css} / {@code extra_js} are (a file of the docs folder).
     */
    private static List<String> themeFiles(YamlNode.Mapping m, String key, YamlFields f, Path docs, List<String> extensions) {
        List<String> out = new ArrayList<>();
        if (!(m.get(key) instanceof YamlNode.Sequence s)) {
            assets(m, key, f);  // reports what is wrong
            return List.of();
        }
        for (YamlNode item : s.items()) {
            String path = asset(item, key, f);
            String checked = path == null ? null : SiteConfigLoader.checkFile(f, item, key, path, docs, extensions);
            if (checked != null && !out.contains(checked)) out.add(checked);
        }
        return List.copyOf(out);
    }

    private static String docsDirName(YamlNode.Mapping m) {
        return m.get("docs_dir") instanceof YamlNode.Scalar s && s.text() != null ? s.text().replaceAll("^\\./|/+$", "") : "docs";
    }

    /** One note each for theme, plugins, Markdown extensions Lectern lacks, and other keys. */
    private static void ignored(YamlNode.Mapping m, YamlFields f) {
        var theme = m.entries().get("theme");
        if (theme != null) {
            f.diagnostics().warning(f.file(), theme.line(), theme.column(),
                    "mkdocs.yml: `theme:` is not supported, ignored (Lectern uses its own theme)");
        }
        var plugins = m.entries().get("plugins");
        if (plugins != null) {
            List<String> names = names(plugins.value());
            names.remove(LITERATE_NAV);
            if (!names.isEmpty()) {
                f.diagnostics().warning(f.file(), plugins.line(), plugins.column(), "mkdocs.yml: plugins not supported, ignored: "
                        + String.join(", ", names) + (names.contains("search") ? " (search is built in)" : ""));
            }
        }
        var extensions = m.entries().get("markdown_extensions");
        if (extensions != null) {
            List<String> unknown = new ArrayList<>();
            for (String name : names(extensions.value())) if (!KNOWN_EXTENSIONS.contains(name)) unknown.add(name);
            if (!unknown.isEmpty()) {
                f.diagnostics().warning(f.file(), extensions.line(), extensions.column(),
                        "mkdocs.yml: markdown_extensions not supported, ignored: " + String.join(", ", unknown));
            }
        }
        List<String> other = new ArrayList<>();
        int line = 0;
        int column = 0;
        for (var e : m.entries().values()) {
            if (READ.contains(e.key())) continue;
            if (other.isEmpty()) {
                line = e.line();
                column = e.column();
            }
            other.add(e.key());
        }
        if (!other.isEmpty()) {
            f.diagnostics().warning(f.file(), line, column, "mkdocs.yml: settings not supported, ignored: " + String.join(", ", other));
        }
    }

    /** The names of a list of plugins or extensions ({@code - name} or {@code - name: {options}}). */
    private static List<String> names(YamlNode list) {
        List<String> out = new ArrayList<>();
        if (list instanceof YamlNode.Sequence s) {
            for (YamlNode item : s.items()) {
                if (item instanceof YamlNode.Scalar sc && sc.text() != null) out.add(sc.text());
                else if (item instanceof YamlNode.Mapping mm) out.addAll(mm.entries().keySet());
            }
        } else if (list instanceof YamlNode.Mapping mm) {
            out.addAll(mm.entries().keySet());
        }
        return out;
    }

    static final String LITERATE_NAV = "literate-nav";
    private static final java.util.regex.Pattern LIST_LINK =
            java.util.regex.Pattern.compile("^[-*+][ \\t]+\\[([^\\]]+)]\\(([^)\\s]+)\\)[ \\t]*$");

    /**
     * The {@code literate-nav} plugin: a folder entry of the nav ({@code User Guide: user-guide/}) takes its
     * pages, order and titles from the folder's nav file ({@code nav_file}, default {@code SUMMARY.md}): its
     * top-level list of {@code [Title](page.md)} links. Without the plugin, or without such a file, the
     * folder keeps its own order.
     */
    static List<SiteConfig.NavEntry> literateNav(List<SiteConfig.NavEntry> nav, YamlNode.Mapping m, Path docs, String display) {
        String navFile = null;
        if (m.get("plugins") instanceof YamlNode.Sequence plugins) {
            for (YamlNode p : plugins.items()) {
                if (p instanceof YamlNode.Scalar sc && LITERATE_NAV.equals(sc.text())) navFile = "SUMMARY.md";
                if (p instanceof YamlNode.Mapping pm && pm.get(LITERATE_NAV) != null) {
                    navFile = pm.get(LITERATE_NAV) instanceof YamlNode.Mapping opts && opts.get("nav_file") instanceof YamlNode.Scalar f
                            && f.text() != null ? f.text() : "SUMMARY.md";
                }
            }
        }
        if (navFile == null) return nav;
        List<SiteConfig.NavEntry> out = new ArrayList<>();
        for (SiteConfig.NavEntry e : nav) {
            if (e.path() != null && e.path().endsWith("/")) {
                List<SiteConfig.NavEntry> listed = listed(docs, e.path(), navFile, display);
                if (!listed.isEmpty()) {
                    out.add(new SiteConfig.NavEntry(e.title(), null, null, listed, e.file(), e.line(), e.column()));
                    continue;
                }
            }
            out.add(e.children().isEmpty() ? e : new SiteConfig.NavEntry(e.title(), e.path(), e.url(),
                    literateNav(e.children(), m, docs, display), e.file(), e.line(), e.column()));
        }
        return out;
    }

    /** The folder's index first, then the pages its nav file lists, in order, with their link texts as titles. */
    private static List<SiteConfig.NavEntry> listed(Path docs, String folder, String navFile, String display) {
        Path file = docs.resolve(folder).resolve(navFile);
        if (!Files.isRegularFile(file)) return List.of();
        List<SiteConfig.NavEntry> out = new ArrayList<>();
        String shown = display.contains("/") ? display.substring(0, display.lastIndexOf('/') + 1) : "";
        shown += docs.getFileName() + "/" + folder + navFile;
        try {
            String[] lines = Files.readString(file).split("\n", -1);
            out.add(new SiteConfig.NavEntry(null, folder + navFile, null, List.of(), shown, 1, 1));
            for (int i = 0; i < lines.length; i++) {
                java.util.regex.Matcher link = LIST_LINK.matcher(lines[i]);
                if (!link.matches() || Href.isExternal(link.group(2))) continue;
                out.add(new SiteConfig.NavEntry(link.group(1), folder + link.group(2).replaceAll("^\\./", ""), null, List.of(),
                        shown, i + 1, lines[i].indexOf('(') + 2));
            }
        } catch (IOException e) {
            return List.of();
        }
        return out.size() > 1 ? out : List.of();
    }

    /** {@code nav}: pages, folders, external links and sections, titles where given. */
    static List<SiteConfig.NavEntry> nav(YamlNode.Mapping m, YamlFields f) {
        YamlNode nav = m.get("nav");
        if (nav == null) return List.of();
        if (!(nav instanceof YamlNode.Sequence s)) {
            f.error(nav, "`nav` must be a list of pages and sections, not " + nav.shape());
            return List.of();
        }
        return entries(s, f);
    }

    private static List<SiteConfig.NavEntry> entries(YamlNode.Sequence s, YamlFields f) {
        List<SiteConfig.NavEntry> out = new ArrayList<>();
        for (YamlNode item : s.items()) {
            if (item instanceof YamlNode.Scalar sc && sc.text() != null) {
                out.add(target(null, sc, f));
            } else if (item instanceof YamlNode.Mapping mm && mm.entries().size() == 1) {
                var e = mm.entries().values().iterator().next();
                if (e.value() instanceof YamlNode.Sequence children) {
                    out.add(new SiteConfig.NavEntry(e.key(), null, null, entries(children, f), f.file(), e.line(), e.column()));
                } else if (e.value() instanceof YamlNode.Scalar sc && sc.text() != null) {
                    SiteConfig.NavEntry t = target(e.key(), sc, f);
                    if (t != null) out.add(t);
                } else {
                    f.error(e.value(), "a nav entry is `Title: page.md`, `Title: https://...` or `Title:` with a list under it");
                }
            } else {
                f.error(item, "a nav entry is `page.md`, `Title: page.md` or `Title:` with a list under it, not " + item.shape());
            }
        }
        return out;
    }

    private static SiteConfig.NavEntry target(String title, YamlNode.Scalar sc, YamlFields f) {
        String t = sc.text().strip();
        if (Href.isExternal(t)) {
            if (!t.startsWith("https:") && !t.startsWith("http:") && !t.startsWith("mailto:")) {
                f.error(sc, "nav link `" + t + "` has an unsafe scheme; use https:, http: or mailto:");
                return null;
            }
            return new SiteConfig.NavEntry(title, null, t, List.of(), f.file(), sc.line(), sc.column());
        }
        return new SiteConfig.NavEntry(title, t.replaceAll("^\\./", "").replaceAll("^/", ""), null, List.of(),
                f.file(), sc.line(), sc.column());
    }

    /**
     * {@code extra_css} / {@code extra_javascript}: files of the docs folder. Addresses of other hosts are
     * left out with a note (a page requests nothing from other hosts), as are entries that are not paths.
     */
    static List<String> assets(YamlNode.Mapping m, String key, YamlFields f) {
        YamlNode list = m.get(key);
        if (list == null) return List.of();
        if (!(list instanceof YamlNode.Sequence s)) {
            f.error(list, "`" + key + "` must be a list of files, not " + list.shape());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : s.items()) {
            String path = asset(item, key, f);
            if (path != null) out.add(path);
        }
        return List.copyOf(out);
    }

    /** One entry of {@code extra_css} / {@code extra_javascript}: its path, or null (with an error or a note). */
    private static String asset(YamlNode item, String key, YamlFields f) {
        YamlNode pathNode = item instanceof YamlNode.Mapping mm ? mm.get("path") : item;
        String path = pathNode instanceof YamlNode.Scalar sc ? sc.text() : null;
        if (path == null || path.isBlank()) {
            f.error(item, "`" + key + "` entries are file paths (or `path:` mappings)");
        } else if (Href.isExternal(path) || path.contains("..")) {
            f.diagnostics().warning(f.file(), item.line(), item.column(), key + " `" + path
                    + "` not supported, ignored: pages load only files of the site (no other hosts, nothing outside the docs folder)");
        } else {
            return path.replaceAll("^\\./", "").replaceAll("^/", "");
        }
        return null;
    }

    /** {@code exclude_docs}: gitignore-style lines; comments and blank lines skipped. */
    private static List<String> exclude(YamlNode.Mapping m, YamlFields f) {
        String text = string(m, f, "exclude_docs");
        if (text == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
        }
        return List.copyOf(out);
    }

    /**
     * A text setting; MkDocs' {@code !ENV [NAME, ..., default]} arrives as a list: the first variable
     * that is set, else the last item.
     */
    private static String string(YamlNode.Mapping m, YamlFields f, String key) {
        if (m.get(key) instanceof YamlNode.Sequence env && !env.items().isEmpty()
                && env.items().stream().allMatch(i -> i instanceof YamlNode.Scalar)) {
            List<YamlNode> items = env.items();
            for (int i = 0; i < items.size() - 1; i++) {
                String value = System.getenv(((YamlNode.Scalar) items.get(i)).text());
                if (value != null) return value;
            }
            return ((YamlNode.Scalar) items.get(items.size() - 1)).text();
        }
        return f.string(m, key);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /**
     * The {@code site.yaml} that says what this {@code mkdocs.yml} says ({@code lectern import mkdocs}).
     * Keys Lectern has no use for are left out; the nav is written in the same form.
     */
    public static String toSiteYaml(SiteConfig c) {
        StringBuilder sb = new StringBuilder("# Written by `lectern import mkdocs` from mkdocs.yml\n");
        line(sb, "title", c.title());
        if (!c.description().isEmpty()) line(sb, "description", c.description());
        if (!c.basePath().equals("/")) line(sb, "base_path", c.basePath());
        if (c.baseUrl() != null) line(sb, "base_url", c.baseUrl());
        if (c.repository() != null) line(sb, "repository", c.repository());
        if (c.editUri() != null) line(sb, "edit_uri", c.editUri());
        if (c.theme().footer() != null) line(sb, "footer", c.theme().footer());
        if (!c.links().equals("error")) line(sb, "links", c.links());
        list(sb, "extra_css", c.theme().extraCss());
        list(sb, "extra_js", c.theme().extraJs());
        list(sb, "exclude", c.exclude());
        if (!c.nav().isEmpty()) {
            sb.append("nav:\n");
            navYaml(sb, c.nav(), "  ");
        }
        return sb.toString();
    }

    private static void navYaml(StringBuilder sb, List<SiteConfig.NavEntry> entries, String indent) {
        for (SiteConfig.NavEntry e : entries) {
            String target = e.url() != null ? e.url() : e.path();
            if (!e.children().isEmpty() || (target == null)) {
                sb.append(indent).append("- ").append(quote(e.title())).append(":\n");
                navYaml(sb, e.children(), indent + "  ");
            } else if (e.title() == null) {
                sb.append(indent).append("- ").append(quote(target)).append('\n');
            } else {
                sb.append(indent).append("- ").append(quote(e.title())).append(": ").append(quote(target)).append('\n');
            }
        }
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(key).append(": ").append(quote(value)).append('\n');
    }

    private static void list(StringBuilder sb, String key, List<String> values) {
        if (values.isEmpty()) return;
        sb.append(key).append(":\n");
        for (String v : values) sb.append("  - ").append(quote(v)).append('\n');
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
