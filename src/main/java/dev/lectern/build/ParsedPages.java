package dev.lectern.build;

import dev.lectern.content.Course;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.markdown.LinkTargets;
import dev.lectern.markdown.MarkdownRenderer;
import dev.lectern.markdown.RenderedPage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link BuildSession}'s memory of parsed pages. A page is parsed again when its source changed
 * or when a page it links to now has another URL or none (its links are rewritten to URLs while
 * parsing, and a missing target is reported then); otherwise the parse and its diagnostics are reused.
 */
final class ParsedPages {
    private record Entry(SourcePage source, RenderedPage page, List<Diagnostic> diagnostics,
                         Map<String, String> lookups) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RenderedPage parse(SourcePage page, LinkTargets targets, MarkdownRenderer markdown, Diagnostics diagnostics) {
        Entry known = entries.get(page.sourcePath());
        if (known != null && known.source().equals(page) && sameTargets(known.lookups(), targets)) {
            diagnostics.addAll(known.diagnostics());
            return known.page();
        }
        Map<String, String> lookups = new HashMap<>();
        LinkTargets recording = source -> {
            String url = targets.pageUrlOfSource(source);
            synchronized (lookups) {
                lookups.put(source, url);
            }
            return url;
        };
        Diagnostics own = new Diagnostics();
        RenderedPage rendered = markdown.render(page, recording, own);
        List<Diagnostic> found = own.sorted();
        diagnostics.addAll(found);
        entries.put(page.sourcePath(), new Entry(page, rendered, found, lookups));
        return rendered;
    }

    private static boolean sameTargets(Map<String, String> lookups, LinkTargets targets) {
        for (Map.Entry<String, String> e : lookups.entrySet()) {
            if (!Objects.equals(e.getValue(), targets.pageUrlOfSource(e.getKey()))) return false;
        }
        return true;
    }

    void keepOnly(Course course) {
        Set<String> sources = new HashSet<>();
        for (SourcePage p : course.pages()) sources.add(p.sourcePath());
        entries.keySet().retainAll(sources);
    }

    void clear() {
        entries.clear();
    }
}
