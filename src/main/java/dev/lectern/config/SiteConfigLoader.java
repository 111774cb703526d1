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
            "repository", "edit_branch", "base_url", "compress", "links", "nav", "extra_css", "extra_js", "footer",
            "edit_uri", "exclude");

    private SiteConfigLoader() {}

    public static SiteConfig load(Path file, String displayName, Diagnostics diagnostics) {
        SiteConfig d = SiteConfig.defaults();
        if (!Files.isRegularFile(file)) return d;
        YamlNode root;
        try {
            root = YamlReader.read(Files.readString(file));
        } catch (YamlException e) {
            diagnostics.error(displayName, e.line(), e.column(), e.getMessage());
            return d;
        } catch (IOException e) {
            diagnostics.error(displayName, 0, 0, "cannot read: " + e.getMessage());
            return d;
        }
        if (root instanceof YamlNode.Scalar s && s.text() == null) return d;
        YamlFields f = new YamlFields(displayName, diagnostics);
        var map = f.mapping(root, "site.yaml");
        if (map.isEmpty()) return d;
        YamlNode.Mapping m = map.get();
        f.checkKeys(m, KEYS, "site setting");
        String links = f.string(m, "links");
        if (links != null && !links.equals("error") && !links.equals("warn")) {
            f.error(m.get("links"), "`links` must be `error` (a broken link fails the build) or `warn`, not `" + links + "`");
            links = null;
        }
        return new SiteConfig(
                or(f.string(m, "title"), d.title()),
                or(f.string(m, "description"), d.description()),
                SiteConfig.normalizeBasePath(or(f.string(m, "base_path"), d.basePath())),
                or(f.string(m, "language"), d.language()),
                or(f.bool(m, "raw_html"), d.rawHtml()),
                or(f.string(m, "repository"), d.repository()),
                or(f.string(m, "edit_branch"), d.editBranch()),
                or(f.string(m, "base_url"), d.baseUrl()),
                or(f.bool(m, "compress"), d.compress()),
                or(links, d.links()),
                MkDocsConfig.nav(m, f),
                MkDocsConfig.assets(m, "extra_css", f),
                MkDocsConfig.assets(m, "extra_js", f),
                f.string(m, "footer"),
                f.string(m, "edit_uri"),
                exclude(m, f));
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

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
