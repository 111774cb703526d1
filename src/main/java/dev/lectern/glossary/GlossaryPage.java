package dev.lectern.glossary;

import dev.lectern.content.SourcePage;
import dev.lectern.util.Urls;
import dev.lectern.render.SiteGenerator;
import dev.lectern.render.SearchEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary page, {@code glossary/}: every term in alphabetical order with its definition, its
 * aliases and a link to the page that explains it, with an A-Z index. Also feeds the terms to search.
 * This class makes the {@link View}; the theme's {@code partials/glossary.jte} makes the markup.
 */
public final class GlossaryPage implements SiteGenerator, SearchEntry.Source {
    public static final String URL = "glossary/";
    public static final String TEMPLATE = "partials/glossary.jte";

    private final Glossary glossary;

    public GlossaryPage(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public void generate(Context context) {
        if (glossary.isEmpty()) return;
        String title = context.renderer().title("glossary");
        context.addPage(context.renderer().renderGenerated("page.jte", URL + "index.html", URL, title,
                body(context), List.of(), false));
    }

    String body(Context context) {
        return context.renderer().renderPartial(TEMPLATE, view(context));
    }

    /** The glossary as data for the theme's {@code partials/glossary.jte}: the terms grouped by initial. */
    View view(Context context) {
        List<Letter> letters = new ArrayList<>();
        char current = 0;
        List<Entry> entries = null;
        for (Term t : glossary.terms()) {
            char c = initial(t);
            if (entries == null || c != current) {
                entries = new ArrayList<>();
                letters.add(new Letter(String.valueOf(c), String.valueOf(Character.toLowerCase(c)), entries));
                current = c;
            }
            PageLink link = link(context, t);
            entries.add(new Entry(t.id(), t.term(), t.definition(), t.aliases(), link == null ? null : link.href(),
                    link == null ? null : link.title()));
        }
        return new View(letters.stream().map(l -> new Letter(l.letter(), l.key(), List.copyOf(l.terms()))).toList());
    }

    /** The glossary page's data: the letters in alphabetical order, each with its terms. */
    public record View(List<Letter> letters) {}

    /**
     * The terms that start with one letter ({@code #} for those that start with no letter); {@code key} is
     * the letter in lower case, for the ids of its heading.
     */
    public record Letter(String letter, String key, List<Entry> terms) {}

    /**
     * A term: its id on the page, the term, its definition and aliases (plain text), and the page that
     * explains it ({@code href} relative to the glossary page, and the page's title), both null without one.
     */
    public record Entry(String id, String term, String definition, List<String> aliases, String href,
                        String pageTitle) {}

    private static char initial(Term t) {
        char c = Character.toUpperCase(t.term().charAt(0));
        return Character.isLetter(c) ? c : '#';
    }

    private record PageLink(String href, String title) {}

    /** The page that explains the term (its href relative to the glossary page, and its title), or null. */
    private static PageLink link(Context context, Term t) {
        if (t.link() == null) return null;
        String[] parts = t.link().split("#", 2);
        SourcePage page = context.course().page(parts[0]).orElse(null);
        if (page == null) return null; // warned about by GlossaryMarker
        // A missing anchor was warned about; the link then goes to the top of the page.
        boolean anchored = parts.length == 2 && !parts[1].isEmpty() && context.pages().stream()
                .filter(p -> p.source() == page).flatMap(p -> p.headings().stream())
                .anyMatch(h -> h.id().equals(parts[1]));
        return new PageLink(Urls.relative(URL, page.url()) + (anchored ? "#" + parts[1] : ""), page.title());
    }

    @Override
    public List<SearchEntry> entries(Context context) {
        List<SearchEntry> out = new ArrayList<>();
        String title = context.renderer().title("glossary");
        for (Term t : glossary.terms()) {
            String aliases = t.aliases().isEmpty() ? "" : " (" + String.join(", ", t.aliases()) + ")";
            out.add(new SearchEntry(URL, title, t.term() + aliases, t.id(), t.definition(), "term"));
        }
        return out;
    }
}
