package dev.lectern.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PageText#shifted}: after the glossary inserted its marks into the body HTML, headings are found where they moved to. */
class PageTextShiftTest {
    private static final List<PageText.HeadingSpan> SPANS = List.of(new PageText.HeadingSpan("a", 2, 10, 30),
            new PageText.HeadingSpan("b", 3, 50, 70));

    // Checks each heading moves by what was inserted before it, text inserted right at its start included, and not by what came after it.
    @Test
    void headingsMoveByWhatWasInsertedBeforeThem() {
        PageText text = new PageText(List.of(new PageText.Run(0, 5, "words")), List.of(), SPANS, "all", Map.of());
        PageText moved = text.shifted(List.of(new int[] {5, 3}, new int[] {10, 4}, new int[] {40, 7}, new int[] {71, 100}));
        assertThat(moved.headingSpans()).containsExactly(new PageText.HeadingSpan("a", 2, 17, 37),
                new PageText.HeadingSpan("b", 3, 64, 84));
        // the runs describe text that changed: dropped, but the page still counts as recorded
        assertThat(moved.runs()).isEmpty();
        assertThat(moved.recorded()).isTrue();
        assertThat(moved.allText()).isEqualTo("all");
    }

    // Checks a page whose text was not recorded (raw HTML) stays so, and nothing inserted changes nothing.
    @Test
    void unrecordedStaysUnrecordedAndNoInsertionIsNoChange() {
        PageText raw = new PageText(null, null, SPANS, "all", Map.of());
        PageText moved = raw.shifted(List.<int[]>of(new int[] {0, 2}));
        assertThat(moved.recorded()).isFalse();
        assertThat(moved.headingSpans()).extracting(PageText.HeadingSpan::start).containsExactly(12, 52);
        assertThat(raw.shifted(List.of())).isSameAs(raw);
    }
}
