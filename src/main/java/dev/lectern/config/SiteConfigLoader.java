package dev.lectern.config;

import dev.lectern.diag.Diagnostics;
import dev.lectern.yaml.YamlException;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads {@code site.yaml}; a missing file gives the defaults, a bad one gives diagnostics. */
public final class SiteConfigLoader {
    static final List<String> KEYS = List.of("title", "description", "base_path", "language", "raw_html",
            "repository", "edit_branch", "base_url", "compress", "links", "repo_url", "edit_uri", "logo", "favicon",
            "extra_css", "extra_js", "accent_color", "footer", "nav", "exclude", "editor");
    private static final List<String> IMAGES = List.of(".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif");
    private static final List<String> ICONS = List.of(".svg", ".png", ".ico");

    private SiteConfigLoader() {}

    public static SiteConfig load(Path file, String displayName, Diagnostics diagnostics) {
        SiteConfig d = SiteConfig.defaults();
        if (!Files.isRegularFile(file)) return d;
        YamlFields f = new YamlFields(displayName, diagnostics);
        YamlNode.Mapping m = readMapping(file, "site.yaml", f, displayName, diagnostics);
        if (m == null) return d;
        f.checkKeys(m, KEYS, "site setting");
        String links = f.string(m, "links");
        if (links != null && !links.equals("error") && !links.equals("warn")) {
            f.error(m.get("links"), "`links` must be `error` (a broken link fails the build) or `warn`, not `" + links + "`");
            links = null;
        }
        String basePath = f.string(m, "base_path");
        String problem = SiteConfig.basePathProblem(basePath);
        if (problem != null) {
            f.error(m.get("base_path"), problem.replaceFirst("^base path", "`base_path`"));
            basePath = null;
        }
        if (m.get("repository") != null && m.get("repo_url") != null) {
            f.error(m.get("repo_url"), "`repo_url` and `repository` say the same; keep one");
        }
        Path content = file.toAbsolutePath().getParent();
        var theme = new SiteConfig.ThemeSettings(
                contentFile(f, m, "logo", content, IMAGES),
                contentFile(f, m, "favicon", content, ICONS),
                contentFiles(f, m, "extra_css", content, List.of(".css")),
                contentFiles(f, m, "extra_js", content, List.of(".js")),
                accent(f, m),
                f.string(m, "footer"));
        return new SiteConfig(
                or(f.string(m, "title"), d.title()),
                or(f.string(m, "description"), d.description()),
                SiteConfig.normalizeBasePath(or(basePath, d.basePath())),
                or(f.string(m, "language"), d.language()),
                or(f.bool(m, "raw_html"), d.rawHtml()),
                or(f.string(m, "repository"), or(f.string(m, "repo_url"), d.repository())),
                or(f.string(m, "edit_branch"), d.editBranch()),
                or(f.string(m, "base_url"), d.baseUrl()),
                or(f.bool(m, "compress"), d.compress()),
                or(links, d.links()),
                MkDocsConfig.nav(m, f),
                editUri(f, m.get("edit_uri"), f.string(m, "edit_uri")),
                theme,
                exclude(m, f),
                editor(f, m));
    }

    /** {@code editor}: a named editor or a safe URL pattern ({@link Editor}). */
    private static String editor(YamlFields f, YamlNode.Mapping m) {
        YamlNode n = m.get("editor");
        if (n == null) return null;
        String text = n instanceof YamlNode.Scalar s ? s.text() : null;
        String problem = text == null || text.isBlank() ? "`editor` must be `vscode`, `idea`, `subl` or a URL pattern, not "
                + YamlFields.describe(n) : Editor.problem(text);
        if (problem != null) {
            f.error(n, problem);
            return null;
        }
        return Editor.pattern(text);
    }

    /** {@code exclude}: a list of gitignore-style patterns. */
    private static List<String> exclude(YamlNode.Mapping m, YamlFields f) {
        YamlNode n = m.get("exclude");
        if (n == null) return List.of();
        List<String> out = new java.util.ArrayList<>();
        if (n instanceof YamlNode.Sequence s) {
            for (YamlNode item : s.items()) {
                if (item instanceof YamlNode.Scalar sc && sc.text() != null) out.add(sc.text().strip());
                else f.error(item, "`exclude` entries are patterns like `*.py` or `drafts/`");
            }
        } else {
            f.error(n, "`exclude` must be a list of patterns, not " + n.shape());
        }
        return List.copyOf(out);
    }

    /** {@code edit_uri}: a relative path such as {@code edit/main/docs/}; always ends with {@code /}. */
    static String editUri(YamlFields f, YamlNode at, String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip().replaceAll("^/+", "");
        if (t.contains("..") || t.contains("://") || t.contains("\\")) {
            f.error(at, "`edit_uri` must be a path below `repo_url`, such as `edit/main/content/`, not `" + s + "`");
            return null;
        }
        return t.endsWith("/") ? t : t + "/";
    }

    /** One path of a file in the content folder, with one of {@code extensions}; null (and an error) otherwise. */
    private static String contentFile(YamlFields f, YamlNode.Mapping m, String key, Path content, List<String> extensions) {
        YamlNode n = m.get(key);
        if (n == null) return null;
        if (!(n instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
            f.error(n, "`" + key + "` must be the path of a file in the content folder, not " + YamlFields.describe(n));
            return null;
        }
        return checkFile(f, n, key, s.text(), content, extensions);
    }

    private static List<String> contentFiles(YamlFields f, YamlNode.Mapping m, String key, Path content,
                                             List<String> extensions) {
        YamlNode n = m.get(key);
        if (n == null) return List.of();
        List<YamlNode> items = n instanceof YamlNode.Sequence seq ? seq.items() : List.of(n);
        List<String> out = new java.util.ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
                f.error(item, "`" + key + "` lists paths of files in the content folder, not " + YamlFields.describe(item));
                continue;
            }
            String path = checkFile(f, item, key, s.text(), content, extensions);
            if (path != null && !out.contains(path)) out.add(path);
        }
        return List.copyOf(out);
    }

    /** A path relative to the content folder that names a file there (not a dot file, not outside it). */
    static String checkFile(YamlFields f, YamlNode at, String key, String text, Path content,
                                     List<String> extensions) {
        String path = text.strip().replace('\\', '/');
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (path.startsWith("/") || path.contains("://") || path.startsWith("//")) {
            f.error(at, "`" + key + "` names a file of the content folder by its path there (`img/logo.svg`), not `"
                    + text + "`");
            return null;
        }
        Path file = content.resolve(path).normalize();
        boolean hidden = false;
        for (String part : path.split("/")) if (part.startsWith(".")) hidden = true;
        if (!file.startsWith(content) || hidden) {
            f.error(at, "`" + key + "`: `" + text + "` is outside the content folder");
            return null;
        }
        if (extensions.stream().noneMatch(lower::endsWith)) {
            f.error(at, "`" + key + "`: `" + text + "` must end with " + String.join(", ", extensions));
            return null;
        }
        if (!Files.isRegularFile(file)) {
            f.error(at, "`" + key + "`: there is no file `" + text + "` in the content folder");
            return null;
        }
        return content.relativize(file).toString().replace('\\', '/');
    }

    /** {@code accent_color}: a colour that reads as text on the light backgrounds (the dark scheme's is derived). */
    private static Accent accent(YamlFields f, YamlNode.Mapping m) {
        YamlNode n = m.get("accent_color");
        if (n == null) return null;
        String text = n instanceof YamlNode.Scalar s ? s.text() : null;
        Accent a = Accent.parse(text);
        if (a == null) {
            f.error(n, "`accent_color` must be a colour such as `#0a58a8`, `#05a` or `rgb(10, 88, 168)`, not "
                    + YamlFields.describe(n));
            return null;
        }
        double light = a.lightContrast();
        if (light < Accent.MIN_CONTRAST) {
            f.error(n, String.format(java.util.Locale.ROOT, "`accent_color` %s has a contrast of %.1f:1 with the light"
                    + " background; links and buttons need %.1f:1: choose a darker colour", a.hex(), light,
                    Accent.MIN_CONTRAST));
            return null;
        }
        double dark = a.darkContrast();
        if (dark < Accent.MIN_CONTRAST) {
            f.error(n, String.format(java.util.Locale.ROOT, "`accent_color` %s: its dark-scheme variant has a contrast"
                    + " of %.1f:1 with the dark background; it needs %.1f:1", a.hex(), dark, Accent.MIN_CONTRAST));
            return null;
        }
        return a;
    }

    /**
     * A settings file's top-level mapping, or null when it is empty, unreadable or not a mapping (each
     * problem but emptiness reported at its position: invalid UTF-8, YAML syntax, the wrong shape).
     */
    static YamlNode.Mapping readMapping(Path file, String what, YamlFields f, String displayName, Diagnostics diagnostics) {
        YamlNode root;
        try {
            root = YamlReader.read(dev.lectern.util.SourceText.read(file));
        } catch (dev.lectern.util.SourceText.InvalidUtf8 e) {
            diagnostics.error(displayName, e.line(), e.column(), e.getMessage());
            return null;
        } catch (YamlException e) {
            diagnostics.error(displayName, e.line(), e.column(), e.getMessage());
            return null;
        } catch (IOException e) {
            diagnostics.error(displayName, 0, 0, "cannot read: " + e.getMessage());
            return null;
        }
        if (root instanceof YamlNode.Scalar s && s.text() == null) return null;
        return f.mapping(root, what).orElse(null);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
