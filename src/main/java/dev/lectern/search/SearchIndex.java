package dev.lectern.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.SiteGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the offline search: {@code search/index.js} (every section of every page, glossary entries and
 * quiz questions, as data for the browser) and {@code search/lunr.min.js} (Lunr, copied out of its WebJar).
 * Pages load neither until the reader starts to search. The data is a script, not JSON, so that it also
 * loads from {@code file://}, where browsers refuse {@code fetch}.
 */
public final class SearchIndex implements SiteGenerator {
    static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";
    public static final String INDEX_PATH = "search/index.js";
    public static final String LIBRARY_PATH = "search/lunr.min.js";

    private final List<SearchEntry.Source> extraSources;

    /** @param extraSources more entries (glossary terms ...) beside the pages' sections */
    public SearchIndex(List<SearchEntry.Source> extraSources) {
        this.extraSources = extraSources;
    }

    @Override
    public void generate(Context context) {
        List<SearchEntry> entries = new ArrayList<>();
        // One jsoup parse per page: in parallel, kept in page order.
        for (List<SearchEntry> page : context.pages().parallelStream().map(Sections::of).toList()) entries.addAll(page);
        for (SearchEntry.Source s : extraSources) entries.addAll(s.entries(context));
        context.addFile(INDEX_PATH, script(entries).getBytes(StandardCharsets.UTF_8));
        context.addFile(LIBRARY_PATH, lunr());
    }

    /** {@code lecternSearch({...});} with pages listed once and sections pointing at them. */
    static String script(List<SearchEntry> entries) {
        Map<String, Integer> pageIds = new LinkedHashMap<>();
        List<Map<String, String>> pages = new ArrayList<>();
        List<List<Object>> docs = new ArrayList<>();
        for (SearchEntry e : entries) {
            Integer id = pageIds.get(e.pageUrl());
            if (id == null) {
                id = pages.size();
                pageIds.put(e.pageUrl(), id);
                Map<String, String> p = new LinkedHashMap<>();
                p.put("t", e.pageTitle());
                p.put("u", e.pageUrl());
                pages.add(p);
            }
            docs.add(List.of(id, e.heading(), e.anchor(), e.text(), e.kind()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pages", pages);
        data.put("docs", docs);
        try {
            String json = new ObjectMapper().writeValueAsString(data);
            // "</script" and U+2028/9 cannot end or break the script early.
            json = json.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
            return "lecternSearch(" + json + ");\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] lunr() {
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(LUNR)) {
            if (in == null) throw new IllegalStateException("the Lunr WebJar is missing from the class path: " + LUNR);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
