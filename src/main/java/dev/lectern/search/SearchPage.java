package dev.lectern.search;

import dev.lectern.render.SiteGenerator;
import java.util.List;

/**
 * The search results page, {@code search/}: where the header's search form lands when submitted
 * (Enter with no result chosen, or without the drop-down). {@code js/search.js} fills it from {@code ?q=}.
 */
public final class SearchPage implements SiteGenerator {
    static final String BODY = """
            <div class="search-page" data-search-page>
            <p class="search-status" role="status"></p>
            <ol class="search-results search-results-page"></ol>
            <p class="search-shortcut" hidden><label><input type="checkbox" data-slash-shortcut checked> Press <kbd>/</kbd> on any page to go to the search box</label></p>
            <noscript><p>Search runs in your browser and needs JavaScript. The outline on the left lists every page.</p></noscript>
            </div>
            """;

    @Override
    public void generate(Context context) {
        context.addPage(context.renderer().renderGenerated("page.jte", "search/index.html", "search/", "Search",
                dev.lectern.blocks.MadeHtml.withIds(BODY, java.util.Set.of()), List.of(), false));
    }
}
