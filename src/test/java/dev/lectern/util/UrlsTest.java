package dev.lectern.util;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.util.Urls;
import org.junit.jupiter.api.Test;

class UrlsTest {
    // Checks the shortest relative hrefs between pages, folders and files.
    @Test
    void relative() {
        assertThat(Urls.relative("", "")).isEqualTo("./");
        assertThat(Urls.relative("", "dns/records/")).isEqualTo("dns/records/");
        assertThat(Urls.relative("dns/records/", "")).isEqualTo("../../");
        assertThat(Urls.relative("dns/records/", "dns/")).isEqualTo("../");
        assertThat(Urls.relative("dns/records/", "dns/records/")).isEqualTo("./");
        assertThat(Urls.relative("dns/records/", "stack/web/")).isEqualTo("../../stack/web/");
        assertThat(Urls.relative("dns/", "assets/css/a.css")).isEqualTo("../assets/css/a.css");
        assertThat(Urls.relative("404.html", "dns/")).isEqualTo("dns/");
    }

    // Checks resolving relative source paths, including leaving the root.
    @Test
    void resolve() {
        assertThat(Urls.resolve("dns", "records.md")).isEqualTo("dns/records.md");
        assertThat(Urls.resolve("dns", "../stack/web.md")).isEqualTo("stack/web.md");
        assertThat(Urls.resolve("dns", "./x/../y.md")).isEqualTo("dns/y.md");
        assertThat(Urls.resolve("", "../x.md")).isNull();
        assertThat(Urls.resolve("dns", "/stack/")).isEqualTo("stack/");
    }
}
