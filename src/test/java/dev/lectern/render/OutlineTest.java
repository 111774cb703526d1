package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidebar of large sites: its size must not grow with the number of pages or sections, and the
 * current section's list of pages comes from the section's {@code outline.js}, shared by its pages.
 */
class OutlineTest {
    @TempDir
    Path tmp;

    /**
     * A page's sidebar as a browser shows it: the section's {@code outline.js} script replaced by the list
     * the file carries (as its script does; the links stay relative to the site root here).
     */
    static Element sidebar(TestSite site, String page) throws IOException {
        Document d = site.page(page);
        Element nav = d.selectFirst(".sidebar");
        for (Element script : nav.select("script[src]")) {
            Path file = site.out().resolve(page).getParent().resolve(script.attr("src")).normalize();
            String js = Files.readString(file);
            int at = js.indexOf("(document.currentScript, ") + "(document.currentScript, ".length();
            String html = new ObjectMapper().readValue(js.substring(at, js.lastIndexOf(");")), String.class);
            script.before(Jsoup.parseBodyFragment(html).body().html());
            script.remove();
        }
        return nav;
    }

    // Checks that a site over 300 pages in over 100 sections lists only the current section in the sidebar.
    @Test
    void manySectionsListOnlyTheCurrentOne() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        for (int s = 0; s < 101; s++) {
            for (int p = 0; p < 3; p++) site.file("content/s" + s + "/p" + p + ".md", "# Page " + s + "." + p + "\n");
        }
        site.build();
        assertThat(site.printed()).isEmpty();
        Document page = site.page("s7/p1/index.html");
        // in the page itself: the home page and the section, whose pages its outline.js writes
        assertThat(page.select(".sidebar .outline a").eachText()).containsExactly("Home", "S7");
        assertThat(page.select(".sidebar details[open] > script").eachAttr("src")).containsExactly("../outline.js");
        assertThat(sidebar(site, "s7/p1/index.html").select(".outline a").eachText()).containsExactly("Home", "S7",
                "Page 7.0", "Page 7.1", "Page 7.2");
        assertThat(sidebar(site, "s7/p1/index.html").select(".outline .outline a").eachAttr("href"))
                .containsExactly("s7/p0/", "s7/p1/", "s7/p2/");
        assertThat(site.page("index.html").select(".sidebar .outline a").eachText()).containsExactly("Home");
        assertThat(site.page("index.html").select(".sidebar script")).isEmpty();
    }

    // Checks that the current section's items, which a large site's page loads from the section's file and the outline
    // makes only when a theme reads them, are those a theme that lists them in the page gets: relative to the page, the
    // page current, the others not, in order; and that the list knows its size before it makes them.
    @Test
    void theCurrentSectionsItemsAreMadeWhenRead() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        for (int s = 0; s < 101; s++) {
            for (int p = 0; p < 3; p++) site.file("content/s" + s + "/p" + p + ".md", "# Page " + s + "." + p + "\n");
        }
        dev.lectern.diag.Diagnostics diagnostics = new dev.lectern.diag.Diagnostics();
        dev.lectern.content.Course course = new dev.lectern.content.ContentLoader(tmp.resolve("content"), "content", false,
                diagnostics).load(dev.lectern.config.SiteConfig.defaults());
        Outline outline = new Outline(course.root(), course.pages().size(), java.util.Map.of("s7/p2/", 2));
        for (String base : new String[] {null, "/sub/"}) {
            java.util.List<NavItem> items = outline.forPage("s7/p1/", base);
            assertThat(items).extracting(NavItem::title).containsExactly("Home", "S7");
            NavItem section = items.get(1);
            assertThat(section.childrenScript()).isEqualTo(base == null ? "../outline.js" : "/sub/s7/outline.js");
            assertThat(section.isSection()).isTrue();
            assertThat(section.children()).hasSize(3);
            String up = base == null ? "../" : "/sub/s7/";
            assertThat(section.children()).containsExactly(
                    new NavItem("Page 7.0", up + "p0/", false, false, java.util.List.of(), "s7-p0", 0, null),
                    new NavItem("Page 7.1", base == null ? "./" : up + "p1/", true, true, java.util.List.of(), "s7-p1", 0, null),
                    new NavItem("Page 7.2", up + "p2/", false, false, java.util.List.of(), "s7-p2", 2, null));
            assertThat(section.children().get(2)).isSameAs(section.children().get(2));
        }
        assertThat(diagnostics.sorted()).isEmpty();
    }

    // Checks that a small site (up to 300 pages) keeps every list in the page and writes no outline.js.
    @Test
    void smallSitesKeepTheirListsInThePage() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        for (int s = 0; s < 2; s++) {
            for (int p = 0; p < 3; p++) site.file("content/s" + s + "/p" + p + ".md", "# Page " + s + "." + p + "\n");
        }
        site.build();
        assertThat(site.page("s1/p1/index.html").select(".sidebar .outline a")).hasSize(1 + 2 + 6);
        assertThat(site.page("s1/p1/index.html").select(".sidebar script")).isEmpty();
        assertThat(site.out().resolve("s1/outline.js")).doesNotExist();
    }

    // Checks that with 100 sections every section is still listed (only the current one opened).
    @Test
    void upToAHundredSectionsAreAllListed() throws IOException {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n");
        for (int s = 0; s < 100; s++) {
            for (int p = 0; p < 4; p++) site.file("content/s" + s + "/p" + p + ".md", "# Page " + s + "." + p + "\n");
        }
        site.build();
        assertThat(site.page("s7/p1/index.html").select(".sidebar .outline a")).hasSize(1 + 100);
        assertThat(sidebar(site, "s7/p1/index.html").select(".outline a")).hasSize(1 + 100 + 4);
        // every section's pages are in its own file, whichever page a reader opens first
        for (int s = 0; s < 100; s++) assertThat(site.out().resolve("s" + s + "/outline.js")).exists();
    }
}
