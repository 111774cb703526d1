package dev.lectern.pipeline;

import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostics;
import dev.lectern.publish.Fingerprints;
import dev.lectern.publish.PublishedAssets;
import dev.lectern.render.SiteView;
import dev.lectern.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The stage that publishes the theme's assets and those of site.yaml (run every build: it is cheap). */
final class AssetsStage {
    private AssetsStage() {}

    /**
     * The theme's assets as published: minified and fingerprinted, names hashed from the published bytes
     * (a new minifier never changes a file under its old name). Preview builds publish them as written,
     * under their own names, so `lectern serve` can swap a changed stylesheet in place and authors read
     * their own CSS in the browser's tools.
     */
    static PublishedAssets run(BuildOptions options, SiteConfig config, Diagnostics diagnostics) {
        Path assetDir = options.themeDir().resolve("assets");
        Map<String, byte[]> sources;
        try {
            sources = Theme.assets(options.themeDir()).files();
        } catch (UncheckedIOException e) {
            diagnostics.error(Build.display(assetDir), 0, 0, "cannot read theme assets: " + e.getCause().getMessage());
            sources = Map.of();
        }
        sources = withSiteAssets(options, sources, config, diagnostics);
        return options.preview()
                ? Fingerprints.publish(sources, Build.display(assetDir), diagnostics, false, (path, bytes) -> bytes)
                : Fingerprints.publish(sources, Build.display(assetDir), diagnostics, true,
                        new MinifiedAssets(options.cacheDir() == null ? null : options.cacheDir().resolve("assets")));
    }

    /**
     * The theme's assets plus those of site.yaml: the {@code accent_color} palette, and the files of
     * {@code extra_css} and {@code extra_js} (below {@code site/}, with the content files their
     * {@code url(...)}s name), so they are minified and fingerprinted as the theme's are.
     */
    private static Map<String, byte[]> withSiteAssets(BuildOptions options, Map<String, byte[]> theme, SiteConfig config, Diagnostics diagnostics) {
        SiteConfig.ThemeSettings t = config.theme();
        if (t.accentColor() == null && t.extraCss().isEmpty() && t.extraJs().isEmpty()) return theme;
        Map<String, byte[]> all = new java.util.TreeMap<>(theme);
        if (t.accentColor() != null) {
            all.put(SiteView.ACCENT_ASSET, t.accentColor().css().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path content = options.contentDir();
        List<String> files = new ArrayList<>(t.extraJs());
        files.addAll(t.extraCss());
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i);
            try {
                byte[] bytes = Files.readAllBytes(content.resolve(path));
                all.put(SiteView.extraAsset(path), bytes);
                if (!path.endsWith(".css")) continue;
                String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
                for (String ref : Fingerprints.cssReferences(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))) {
                    String target = dev.lectern.util.Urls.resolve(folder, ref.replaceFirst("[?#].*$", ""));
                    if (target != null && !files.contains(target) && !target.startsWith(".")
                            && Files.isRegularFile(content.resolve(target))) {
                        files.add(target);
                    }
                }
            } catch (IOException e) {
                diagnostics.error(Build.display(content.resolve(path)), 0, 0, "cannot read: " + e.getMessage());
            }
        }
        return all;
    }
}
