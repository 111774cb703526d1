package dev.lectern.render;

import dev.lectern.render.SiteGenerator;
import java.util.List;

/**
 * One searchable unit: a section of a page (the text under one heading), a glossary term or a quiz
 * question. A result links to {@code pageUrl#anchor}.
 *
 * @param anchor the heading or element id, empty for the top of the page
 * @param kind {@code page}, {@code term} or {@code quiz}; the browser ranks terms a little lower
 */
public record SearchEntry(String pageUrl, String pageTitle, String heading, String anchor, String text, String kind) {

    /** Entries that do not come from page sections (glossary terms ...). */
    public interface Source {
        List<SearchEntry> entries(SiteGenerator.Context context);
    }
}
