package dev.lectern.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.SearchEntry;
import dev.lectern.render.SiteGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Collections;
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

    /**
     * Each page's entries from the previous run of this generator, by the page they are made from
     * (compared by value): in a {@code lectern serve} session most pages did not change, and splitting
     * a page costs an HTML parse.
     */
    private Map<RenderedPage, List<SearchEntry>> lastSections = new HashMap<>();
    /** Each entry's JSON from the previous run, by entry (see {@link #script(List, Map, Map)}). */
    private Map<SearchEntry, byte[]> lastDocs = new HashMap<>();

    /** Only the search box fetches these files, when the reader starts to search. */
    @Override
    public boolean canWait() {
        return true;
    }

    @Override
    public void generate(Context context) {
        Map<RenderedPage, List<SearchEntry>> known = lastSections;
        Map<RenderedPage, List<SearchEntry>> now = Collections.synchronizedMap(new HashMap<>());
        List<List<SearchEntry>> perPage = context.pages().parallelStream().map(page -> {
            List<SearchEntry> sections = known.get(page);
            if (sections == null) sections = Sections.of(page);
            now.put(page, sections);
            return sections;
        }).toList();
        lastSections = now;
        List<SearchEntry> entries = new ArrayList<>();
        for (List<SearchEntry> sections : perPage) entries.addAll(sections);
        for (SearchEntry.Source s : extraSources) entries.addAll(s.entries(context));
        Map<SearchEntry, byte[]> docs = new HashMap<>();
        context.addFile(INDEX_PATH, script(entries, lastDocs, docs));
        lastDocs = docs;
        context.addFile(LIBRARY_PATH, lunr());
    }

    /** {@code lecternSearch({...});} with pages listed once and sections pointing at them. */
    static String script(List<SearchEntry> entries) {
        return new String(script(entries, Map.of(), new HashMap<>()), StandardCharsets.UTF_8);
    }

    /**
     * The same as UTF-8 bytes, written piece by piece: each entry's JSON after its page number is
     * taken from {@code known} when an equal entry was seen before (an unchanged page in a
     * {@code lectern serve} session) and put in {@code now}. The text equals one {@code ObjectMapper}
     * pass over the whole data.
     */
    static byte[] script(List<SearchEntry> entries, Map<SearchEntry, byte[]> known, Map<SearchEntry, byte[]> now) {
        Map<String, Integer> pageIds = new LinkedHashMap<>();
        StringBuilder pages = new StringBuilder();
        List<byte[]> rests = new ArrayList<>(entries.size());
        List<Integer> ids = new ArrayList<>(entries.size());
        int size = 64;
        for (SearchEntry e : entries) {
            Integer id = pageIds.get(e.pageUrl());
            if (id == null) {
                id = pageIds.size();
                pageIds.put(e.pageUrl(), id);
                if (id > 0) pages.append(',');
                pages.append("{\"t\":").append(json(e.pageTitle())).append(",\"u\":").append(json(e.pageUrl())).append('}');
            }
            byte[] rest = known.get(e);
            if (rest == null) {
                rest = json(List.of(e.heading(), e.anchor(), e.text(), e.kind())).substring(1).getBytes(StandardCharsets.UTF_8);
            }
            now.put(e, rest);
            rests.add(rest);
            ids.add(id);
            size += rest.length + 12;
        }
        byte[] head = ("lecternSearch({\"pages\":[" + pages + "],\"docs\":[").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(head.length + size);
        out.writeBytes(head);
        for (int i = 0; i < rests.size(); i++) {
            if (i > 0) out.write(',');
            out.writeBytes(("[" + ids.get(i) + ",").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(rests.get(i));
        }
        out.writeBytes("]});\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One value as JSON; "</script" and U+2028/9 cannot end or break the script early. */
    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value).replace("</", "<\\/").replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
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
