package dev.lectern.search;

import dev.lectern.render.SiteGenerator;
import java.util.List;

/**
 * The search results page, {@code search/}: where the header's search form lands when submitted
 * (Enter with no result chosen, or without the drop-down). {@code js/search.js} fills it from {@code ?q=}.
 * Its markup and words are the theme's {@code partials/search.jte}.
 */
public final class SearchPage implements SiteGenerator {
    public static final String TEMPLATE = "partials/search.jte";

    /** What the theme's {@code partials/search.jte} is given: nothing yet, the results come from the script. */
    public record View() {}

    @Override
    public void generate(Context context) {
        String title = context.renderer().title("search");
        context.addPage(context.renderer().renderGenerated("page.jte", "search/index.html", "search/", title,
                context.renderer().renderPartial(TEMPLATE, new View()), List.of(), false));
    }
}
