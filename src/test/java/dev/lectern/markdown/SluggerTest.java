package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SluggerTest {
    // Checks GitHub's slug rules: lower case, punctuation dropped, spaces to dashes, unicode letters kept.
    @Test
    void githubSlugs() {
        assertThat(Slugger.slug("What is a TTL?")).isEqualTo("what-is-a-ttl");
        assertThat(Slugger.slug("Is www an A record or a CNAME?")).isEqualTo("is-www-an-a-record-or-a-cname");
        assertThat(Slugger.slug("HTTP/1.1 vs. HTTP/2")).isEqualTo("http11-vs-http2");
        assertThat(Slugger.slug("proxy_pass & upstream")).isEqualTo("proxy_pass--upstream");
        assertThat(Slugger.slug("Café résumé")).isEqualTo("café-résumé");
    }

    // Checks that repeats get -1, -2 ... and that an explicit "-1" heading is not taken twice.
    @Test
    void uniqueWithinPage() {
        Slugger s = new Slugger();
        assertThat(s.unique("Setup")).isEqualTo("setup");
        assertThat(s.unique("Setup")).isEqualTo("setup-1");
        assertThat(s.unique("Setup 1")).isEqualTo("setup-1-1");
        assertThat(s.unique("Setup")).isEqualTo("setup-2");
    }
}
