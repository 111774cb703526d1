package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown nested hundreds of levels deep is an error at its line, not a stack overflow. */
class DeepNestingTest {
    static final String TOO_DEEP = "error: Markdown nested more than 100 levels deep (lists, quotes, emphasis or "
            + "links inside each other); flatten it";

    @TempDir
    Path tmp;

    private TestSite page(String markdown) {
        return TestSite.create(tmp).file("content/index.md", "# Home\n\nText.\n\n" + markdown + "\n").build();
    }

    @Test
    void fiveHundredNestedBulletLists() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 500; i++) md.append("  ".repeat(i)).append("- a\n");
        // Level 50 (line 5 + 49) is the first list item deeper than 100 nodes.
        assertThat(page(md.toString()).printed()).containsExactly("content/index.md:54:101: " + TOO_DEEP);
    }

    @Test
    void fiveHundredNestedQuotes() {
        assertThat(page("> ".repeat(500) + "x").printed()).containsExactly("content/index.md:5:201: " + TOO_DEEP);
    }

    @Test
    void fiveHundredIndentedOrderedLists() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 500; i++) md.append("   ".repeat(i)).append("1. a\n");
        assertThat(page(md.toString()).printed()).containsExactly("content/index.md:54:151: " + TOO_DEEP);
    }

    @Test
    void deepEmphasis() {
        assertThat(page("*a _a ".repeat(300) + "x" + " a_ a*".repeat(300)).printed())
                .containsExactly("content/index.md:5:296: " + TOO_DEEP);
    }

    @Test
    void deepNestingInAQuizText() {
        TestSite site = page("```quiz\nquestions:\n  - q: \"" + "*a _a ".repeat(300) + "x" + " a_ a*".repeat(300)
                + "\"\n    answer: true\n```");
        assertThat(site.printed()).containsExactly("content/index.md:5:1: " + TOO_DEEP);
    }

    @Test
    void ninetyEightQuotesStillBuild() {
        TestSite site = page("> ".repeat(98) + "deep");
        assertThat(site.printed()).isEmpty();
        assertThat(site.page("index.html").select("blockquote")).hasSize(98);
    }
}
