package dev.lectern.glossary;

import static dev.lectern.util.Html.escape;

import dev.lectern.content.SourcePage;
import dev.lectern.util.Urls;
import dev.lectern.render.SiteGenerator;
import dev.lectern.render.SearchEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The glossary page, {@code glossary/}: every term in alphabetical order with its definition, its
 * aliases and a link to the page that explains it, with an A-Z index. Also feeds the terms to search.
 */
public final class GlossaryPage implements SiteGenerator, SearchEntry.Source {
    public static final String URL = "glossary/";

    private final Glossary glossary;

    public GlossaryPage(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public void generate(Context context) {
        if (glossary.isEmpty()) return;
        context.addPage(context.renderer().renderGenerated("page.jte", URL + "index.html", URL, "Glossary",
                body(context), List.of(), false));
    }

    String body(Context context) {
        Set<Character> letters = new LinkedHashSet<>();
        for (Term t : glossary.terms()) letters.add(initial(t));
        StringBuilder html = new StringBuilder("<p>The terms this course uses, in alphabetical order. Pages mark the "
                + "first use of each term; hover over it, focus it or tap it to read the definition.</p>\n");
        html.append("<nav class=\"glossary-index\" aria-label=\"Glossary letters\"><ul>");
        for (char c : letters) html.append("<li><a href=\"#letter-").append(Character.toLowerCase(c)).append("\">").append(c)
                .append("</a></li>");
        html.append("</ul></nav>\n");
        Character current = null;
        for (Term t : glossary.terms()) {
            char c = initial(t);
            if (current == null || c != current) {
                if (current != null) html.append("</dl>\n");
                html.append("<h2 id=\"letter-").append(Character.toLowerCase(c)).append("\">").append(c).append("</h2>\n")
                        .append("<dl class=\"glossary\">\n");
                current = c;
            }
            html.append("<dt id=\"").append(escape(t.id())).append("\">").append(escape(t.term())).append("</dt>\n<dd>")
                    .append(escape(t.definition()));
            if (!t.aliases().isEmpty()) {
                html.append(" <span class=\"glossary-aliases\">Also: ").append(escape(String.join(", ", t.aliases())))
                        .append(".</span>");
            }
            String link = link(context, t);
            if (link != null) html.append(" ").append(link);
            html.append("</dd>\n");
        }
        if (current != null) html.append("</dl>\n");
        return html.toString();
    }

    private static char initial(Term t) {
        char c = Character.toUpperCase(t.term().charAt(0));
        return Character.isLetter(c) ? c : '#';
    }

    private static String link(Context context, Term t) {
        if (t.link() == null) return null;
        String[] parts = t.link().split("#", 2);
        SourcePage page = context.course().page(parts[0]).orElse(null);
        if (page == null) return null; // warned about by GlossaryMarker
        // A missing anchor was warned about; the link then goes to the top of the page.
        boolean anchored = parts.length == 2 && !parts[1].isEmpty() && context.pages().stream()
                .filter(p -> p.source() == page).flatMap(p -> p.headings().stream())
                .anyMatch(h -> h.id().equals(parts[1]));
        String href = Urls.relative(URL, page.url()) + (anchored ? "#" + parts[1] : "");
        return "<a class=\"glossary-more\" href=\"" + escape(href) + "\">Read more in \u201c" + escape(page.title())
                + "\u201d</a>";
    }

    @Override
    public List<SearchEntry> entries(Context context) {
        List<SearchEntry> out = new ArrayList<>();
        for (Term t : glossary.terms()) {
            String aliases = t.aliases().isEmpty() ? "" : " (" + String.join(", ", t.aliases()) + ")";
            out.add(new SearchEntry(URL, "Glossary", t.term() + aliases, t.id(), t.definition(), "term"));
        }
        return out;
    }
}
