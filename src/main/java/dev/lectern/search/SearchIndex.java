package dev.lectern.search;

import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.SearchEntry;
import dev.lectern.render.SiteGenerator;
import dev.lectern.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Writes the offline search, split so that a query downloads only what it needs:
 * <ul>
 * <li>{@code search/index.js}: the pages (title, URL), every searchable section's page, heading and
 *     kind, the field lengths Lunr's ranking needs, and the names of the other files;
 * <li>{@code search/t/NAME.js}, one shard per first two letters of an indexed word: for each word, the
 *     sections it occurs in and how often, per field (title, heading, text), as Lunr counts them
 *     ({@link LunrTokens});
 * <li>{@code search/x/N.js}: the sections' anchors and text, in chunks of about 16 kB, for the links
 *     and snippets of the results shown;
 * <li>{@code search/words.js}: every indexed word, for typo matches (loaded only when a query's exact
 *     and prefix matches are few);
 * <li>{@code search/lunr.min.js}: Lunr, copied out of its WebJar.
 * </ul>
 * {@code search.js} builds a Lunr index of the shards it loaded, with the lengths and counts of the whole
 * site, so a query ranks as it would in an index of everything. Pages load none of it until the reader
 * starts to search. The files are scripts, not JSON, so that they also load from {@code file://}, where
 * browsers refuse {@code fetch}.
 */
public final class SearchIndex implements SiteGenerator {
    static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";
    public static final String INDEX_PATH = "search/index.js";
    public static final String LIBRARY_PATH = "search/lunr.min.js";
    static final String WORDS_PATH = "search/words.js";
    /** About this many characters of section text go into one text chunk. */
    static final int TEXT_CHUNK = 16_000;

    private final List<SearchEntry.Source> extraSources;
    private final boolean remember;

    /** @param extraSources more entries (glossary terms ...) beside the pages' sections */
    public SearchIndex(List<SearchEntry.Source> extraSources) {
        this(extraSources, true);
    }

    /**
     * @param remember keep each page's sections and counted words for the next run ({@code lectern serve});
     *     false for one build, which then holds them only while it writes the files
     */
    public SearchIndex(List<SearchEntry.Source> extraSources, boolean remember) {
        this.extraSources = extraSources;
        this.remember = remember;
    }

    /**
     * Each page's entries from the previous run of this generator, by the page they are made from
     * (compared by value): in a {@code lectern serve} session most pages did not change, and splitting
     * a page costs an HTML parse.
     */
    private Map<RenderedPage, List<SearchEntry>> lastSections = new HashMap<>();
    /** Each entry's counted words from the previous run, by entry (compared by value). */
    private Map<SearchEntry, Counted> lastCounts = new HashMap<>();

    /** The feed of the current one-shot build, until {@link #generate} finishes it. */
    private Feed feed;

    /**
     * For one build ({@code lectern build}): the pages are given to the returned feed as each is rendered, and
     * their text is written as it comes, so no build holds the text of every page; {@link #generate} then
     * adds the other entries and writes the rest. Every file goes to {@code sink} (by path) as soon as it is
     * made; the files are those {@link #generate} makes without a feed, byte for byte.
     */
    public Feed feed(java.util.function.BiConsumer<String, byte[]> sink) {
        feed = new Feed(sink);
        return feed;
    }

    /** Takes the pages of a build, on any thread, and writes their entries in course order. */
    public final class Feed {
        private final Writer writer;
        private final java.util.function.BiConsumer<String, byte[]> sink;
        private final ThreadLocal<LunrTokens.Counter<Word>> counters = ThreadLocal.withInitial(SearchIndex.this::counter);
        /** Pages counted but not yet written, by their place in the course; {@code next} is the place to write next. */
        private final Map<Integer, List<Map.Entry<SearchEntry, Counted>>> waiting = new HashMap<>();
        private int next;

        private Feed(java.util.function.BiConsumer<String, byte[]> sink) {
            this.sink = sink;
            this.writer = new Writer(counter(), sink);
        }

        /**
         * The page at {@code index} of the course's pages (each index once): its entries are made and counted on
         * the calling thread, then written once every page before it was.
         */
        public void page(int index, RenderedPage page) {
            LunrTokens.Counter<Word> counter = counters.get();
            List<Map.Entry<SearchEntry, Counted>> own = new ArrayList<>();
            for (SearchEntry e : Sections.of(page)) own.add(Map.entry(e, Counted.of(e, counter)));
            synchronized (this) {
                waiting.put(index, own);
                for (List<Map.Entry<SearchEntry, Counted>> ready; (ready = waiting.remove(next)) != null; next++) {
                    for (Map.Entry<SearchEntry, Counted> e : ready) writer.add(e.getKey(), e.getValue(), false);
                }
            }
        }

        private synchronized void finish(Context context) {
            if (!waiting.isEmpty()) throw new IllegalStateException("search: pages missing before " + waiting.keySet());
            LunrTokens.Counter<Word> counter = counter();
            for (SearchEntry.Source source : extraSources) {
                for (SearchEntry e : source.entries(context)) writer.add(e, Counted.of(e, counter), false);
            }
            writer.finish();
            vocabulary.clear();
            sink.accept(LIBRARY_PATH, lunr());
        }
    }

    /** Only the search box fetches these files, when the reader starts to search. */
    @Override
    public boolean canWait() {
        return true;
    }

    @Override
    public void generate(Context context) {
        Feed fed = feed;
        if (fed != null) {
            feed = null;
            fed.finish(context);
            return;
        }
        Map<RenderedPage, List<SearchEntry>> known = lastSections;
        Map<RenderedPage, List<SearchEntry>> now = Collections.synchronizedMap(new HashMap<>());
        List<List<SearchEntry>> perPage = context.pages().parallelStream().map(page -> {
            List<SearchEntry> sections = known.get(page);
            if (sections == null) sections = Sections.of(page);
            if (remember) now.put(page, sections);
            return sections;
        }).toList();
        lastSections = now;
        List<SearchEntry> entries = new ArrayList<>();
        for (List<SearchEntry> sections : perPage) entries.addAll(sections);
        for (SearchEntry.Source s : extraSources) entries.addAll(s.entries(context));
        Map<SearchEntry, Counted> knownCounts = lastCounts;
        Counted[] all = new Counted[entries.size()];
        int batch = 512; // entries a counter takes in turn: each thread's counter learns the words once
        IntStream.range(0, (all.length + batch - 1) / batch).parallel().forEach(b -> {
            LunrTokens.Counter<Word> counter = counter();
            for (int i = b * batch; i < Math.min(all.length, (b + 1) * batch); i++) {
                SearchEntry e = entries.get(i);
                Counted c = knownCounts.get(e);
                all[i] = c != null ? c : Counted.of(e, counter);
            }
        });
        List<Counted> counted = Arrays.asList(all);
        Map<SearchEntry, Counted> counts = new HashMap<>();
        if (remember) for (int i = 0; i < entries.size(); i++) counts.put(entries.get(i), counted.get(i));
        files(entries, counted, counter()).forEach(context::addFile);
        lastCounts = counts;
        if (!remember) vocabulary.clear();
        context.addFile(LIBRARY_PATH, lunr());
    }

    /**
     * Every word this generator has indexed, each one object that every field holding it shares (also the
     * fields kept for the next run), with its postings while {@link #files} writes them.
     */
    private final Map<String, Word> vocabulary = new ConcurrentHashMap<>();

    private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    private LunrTokens.Counter<Word> counter() {
        return new LunrTokens.Counter<>(vocabulary, Word::new, Word[]::new);
    }

    /**
     * A word, and while {@link #files} runs, where it occurs: per field, the sections, each as one number,
     * twice its difference to the section before, plus one if a second number, the count, follows (without
     * it, the count is 1).
     */
    static final class Word {
        final String text;
        private StringBuilder[] fields;
        private final int[] last = new int[3];
        /** The run of {@link #files} the postings are of. */
        private int run;

        Word(String text) {
            this.text = text;
        }

        /** Adds section {@code doc} to the postings of {@code field}; true if these are the word's first of the run. */
        boolean add(int run, int field, int doc, int tf) {
            boolean first = fields == null || this.run != run;
            if (first) {
                this.run = run;
                fields = new StringBuilder[] {new StringBuilder(), new StringBuilder(), new StringBuilder()};
                java.util.Arrays.fill(last, 0);
            }
            StringBuilder b = fields[field];
            if (b.length() > 0) b.append(',');
            if (tf == 1) b.append(2 * (doc - last[field]));
            else b.append(2 * (doc - last[field]) + 1).append(',').append(tf);
            last[field] = doc;
            return first;
        }
    }

    /** A field's distinct words with how often each occurs, and its length as Lunr counts it. */
    static final class Field {
        final Word[] words;
        final int[] counts;
        final int length;
        /** The text is written in JSON as it is, between quotes ({@link LunrTokens.Counter.Counts#plain}). */
        final boolean plain;

        private Field(Word[] words, int[] counts, int length, boolean plain) {
            this.words = words;
            this.counts = counts;
            this.length = length;
            this.plain = plain;
        }

        /** The field's words as {@code counter} counts them. */
        static Field of(String text, LunrTokens.Counter<Word> counter) {
            LunrTokens.Counter.Counts<Word> c = counter.count(text);
            return new Field(c.words(), c.counts(), c.length(), c.plain());
        }

        /** Appends the field's text (which it was counted from) as a JSON string, as {@link SearchIndex#string} does. */
        StringBuilder write(StringBuilder b, String text) {
            return plain ? b.append('"').append(text).append('"') : string(b, text);
        }

        int length() {
            return length;
        }

        /** Adds section {@code doc} to the postings of {@code field} of each word; collects the words met first. */
        void post(int run, int field, int doc, List<Word> met) {
            for (int i = 0; i < words.length; i++) if (words[i].add(run, field, doc, counts[i])) met.add(words[i]);
        }
    }

    /** An entry's heading and text, counted (its title is its page's). */
    record Counted(Field heading, Field text) {
        static Counted of(SearchEntry e, LunrTokens.Counter<Word> counter) {
            return new Counted(Field.of(e.heading(), counter), Field.of(e.text(), counter));
        }
    }

    /**
     * Every file of the search data but Lunr, by path; {@code counted} holds each entry's counted words,
     * {@code counter} counts the page titles. Single-threaded: it writes the words' postings.
     */
    static Map<String, byte[]> files(List<SearchEntry> entries, List<Counted> counted, LunrTokens.Counter<Word> counter) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Writer writer = new Writer(counter, out::put);
        for (int doc = 0; doc < entries.size(); doc++) writer.add(entries.get(doc), counted.get(doc), doc == entries.size() - 1);
        writer.finish();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(INDEX_PATH, out.remove(INDEX_PATH));
        files.putAll(out);
        return files;
    }

    /**
     * Writes the search files entry by entry, in their order: each text chunk goes to {@code sink} as soon as
     * it is full, the shards, words and index (which need every entry) at {@link #finish}. Single-threaded: it
     * writes the words' postings.
     */
    static final class Writer {
        private final LunrTokens.Counter<Word> counter;
        private final java.util.function.BiConsumer<String, byte[]> sink;
        private final int run = RUNS.incrementAndGet();
        private final Map<String, Integer> pageIds = new HashMap<>();
        private final List<Field> pageTitles = new ArrayList<>();
        private final StringBuilder pages = new StringBuilder();
        private final StringBuilder docs = new StringBuilder();
        private final List<Word> words = new ArrayList<>();
        private final long[] sums = new long[3];
        private final List<Integer> chunkStarts = new ArrayList<>();
        private final StringBuilder chunk = new StringBuilder();
        private int doc;

        /** @param counter counts the page titles; {@code sink} takes each file, by path */
        Writer(LunrTokens.Counter<Word> counter, java.util.function.BiConsumer<String, byte[]> sink) {
            this.counter = counter;
            this.sink = sink;
        }

        /** Adds the next entry, with its counted words; {@code last}: no entry follows (its chunk is written). */
        void add(SearchEntry e, Counted c, boolean last) {
            Integer page = pageIds.get(e.pageUrl());
            if (page == null) {
                page = pageIds.size();
                pageIds.put(e.pageUrl(), page);
                Field title = Field.of(e.pageTitle(), counter);
                pageTitles.add(title);
                if (page > 0) pages.append(',');
                pages.append("{\"t\":");
                string(pages, e.pageTitle()).append(",\"u\":");
                string(pages, e.pageUrl())
                        .append(",\"n\":").append(title.length()).append('}');
            }
            Field title = pageTitles.get(page);
            sums[0] += title.length();
            sums[1] += c.heading().length();
            sums[2] += c.text().length();
            title.post(run, 0, doc, words);
            c.heading().post(run, 1, doc, words);
            c.text().post(run, 2, doc, words);
            if (doc > 0) docs.append(',');
            c.heading().write(docs.append('[').append(page).append(','), e.heading()).append(',');
            string(docs, e.kind())
                    .append(',').append(c.heading().length()).append(',')
                    .append(c.text().length()).append(']');
            if (chunk.length() == 0) {
                chunkStarts.add(doc);
                chunk.append("lecternSearchText(").append(chunkStarts.size() - 1).append(",[");
            } else {
                chunk.append(',');
            }
            c.text().write(string(chunk, e.anchor()).append(','), e.text());
            if (chunk.length() >= TEXT_CHUNK || last) flush();
            doc++;
        }

        private void flush() {
            if (chunk.length() == 0) return;
            sink.accept("search/x/" + (chunkStarts.size() - 1) + ".js", utf8(chunk.append("]);\n")));
            chunk.setLength(0);
        }

        /** Writes the shards, the words and the index (and a text chunk not written yet). */
        void finish() {
            flush();
            Map<String, StringBuilder> shards = new java.util.TreeMap<>();
            StringBuilder vocabulary = new StringBuilder();
            words.sort(java.util.Comparator.comparing(w -> w.text));
            for (Word w : words) {
                String name = LunrTokens.shardName(w.text);
                StringBuilder shard = shards.get(name);
                if (shard == null) {
                    shards.put(name, shard = new StringBuilder("lecternSearchShard(" + json(name) + ",{"));
                } else {
                    shard.append(',');
                }
                StringBuilder[] f = w.fields;
                w.fields = null; // the next run starts the word's postings afresh
                string(shard, w.text).append(":[[").append(f[0]).append("],[").append(f[1]).append("],[")
                        .append(f[2]).append("]]");
                if (vocabulary.length() > 0) vocabulary.append(' ');
                vocabulary.append(w.text);
            }
            words.clear();
            for (Map.Entry<String, StringBuilder> s : shards.entrySet()) {
                sink.accept("search/t/" + s.getKey() + ".js", utf8(s.getValue().append("});\n")));
                s.setValue(null); // written: garbage now
            }
            sink.accept(WORDS_PATH, utf8(new StringBuilder("lecternSearchWords(").append(json(vocabulary.toString())).append(");\n")));
            StringBuilder index = new StringBuilder("lecternSearch({\"pages\":[").append(pages).append("],\"docs\":[")
                    .append(docs).append("],\"sums\":[").append(sums[0]).append(',').append(sums[1]).append(',')
                    .append(sums[2]).append("],\"shards\":").append(json(List.copyOf(shards.keySet())))
                    .append(",\"texts\":").append(json(chunkStarts)).append("});\n");
            sink.accept(INDEX_PATH, utf8(index));
        }
    }

    private static byte[] utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Appends a string as JSON, as {@link #json} writes it (Jackson's escapes, then "</" and U+2028/9),
     * in one pass: the sections' text is most of what this generator writes.
     */
    static StringBuilder string(StringBuilder b, String s) {
        if (s == null) return b.append("null");
        b.append('"');
        int from = 0;
        int n = s.length();
        char[] cs = CHARS.get();
        if (cs.length < n) CHARS.set(cs = new char[Math.max(n, 2 * cs.length)]);
        s.getChars(0, n, cs, 0); // an array is read faster than the string, a character at a time
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != '/' && c != '\u2028' && c != '\u2029') continue;
            if (c == '/' && (i == 0 || cs[i - 1] != '<')) continue;
            b.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '/' -> b.append("\\/");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return b.append(s, from, s.length()).append('"');
    }

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1024]);

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** One value as JSON; "</script" and U+2028/9 cannot end or break the script early. */
    private static String json(Object value) {
        return Json.standard(value).replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
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
