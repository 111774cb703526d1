package dev.lectern.content;

import java.util.List;

/**
 * A folder of the course: its index page (given or generated) and its children in course order.
 * The home folder is the root section with URL {@code ""}.
 */
public record Section(String folder, String title, SourcePage index, List<SourcePage> pages,
                      List<Section> sections) {

    public String url() {
        return index.url();
    }
}
