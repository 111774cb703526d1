package dev.lectern.render;

import dev.lectern.config.SiteConfig;

/** Site-wide values every template can read. */
public record SiteView(SiteConfig config, String generatorVersion, AssetPaths assets, boolean preview) {
    public String title() {
        return config.title();
    }

    public String description() {
        return config.description();
    }

    public String language() {
        return config.language();
    }

    public String basePath() {
        return config.basePath();
    }
}
