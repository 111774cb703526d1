package dev.lectern.render;

import dev.lectern.config.SiteConfig;

/**
 * Site-wide values every template can read.
 *
 * @param review the course has a Review page (some Q&amp;A page asks a question), so pages link to it
 */
public record SiteView(SiteConfig config, String generatorVersion, AssetPaths assets, boolean preview, boolean review) {
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
