package dev.lectern.render;

import java.util.List;

/** The theme's 404 page, written to {@code 404.html} with absolute links (it is served at any URL). */
public final class NotFoundPage implements SiteGenerator {
    @Override
    public void generate(Context context) {
        String title = context.renderer().title("404");
        context.addPage(context.renderer().renderGenerated("404.jte", "404.html", "404.html", title, "",
                List.of(), true));
    }
}
