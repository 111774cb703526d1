package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeUrlsWarningTest {
    // Checks that the warning shows an unsafe URL as written up to 60 characters, then "...", with control
    // characters and backticks (which would end the warning's code span) shown as "?".
    @Test
    void longUrlsAreShortenedAndControlCharactersShown() {
        String sixty = "javascript:" + "a".repeat(49);
        assertThat(SafeUrls.warning(sixty, false)).startsWith("unsafe link `" + sixty + "` (scheme `javascript:`)");
        assertThat(SafeUrls.warning(sixty + "bc", false))
                .startsWith("unsafe link `" + sixty + "...` (scheme `javascript:`)");
        assertThat(SafeUrls.warning("java\tscript:x`y\u007f", true))
                .startsWith("unsafe image source `java?script:x?y?` (scheme `javascript:`)");
        assertThat(SafeUrls.warning("\u0001", false)).startsWith("unsafe link `?` (scheme `?`)");
    }
}
