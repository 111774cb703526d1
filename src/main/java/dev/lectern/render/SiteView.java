package dev.lectern.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.config.SiteConfig;
import java.util.List;

/**
 * Site-wide values every template can read.
 *
 * @param review the course has a Review page (some Q&amp;A page asks a question), so pages link to it
 * @param study the course's pages in reading order, for the home page's progress widget
 */
public record SiteView(SiteConfig config, String generatorVersion, AssetPaths assets, boolean preview, boolean review,
                       List<StudyPage> study) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@link #study} as JSON, {@code [[key, url, title, questions], ...]}, read by {@code progress.js}. */
    public String studyJson() {
        List<List<Object>> rows = study.stream().map(s -> List.<Object>of(s.key(), s.url(), s.title(), s.questions())).toList();
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

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
