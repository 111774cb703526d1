package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How {@link TemplateText} keeps the readings of a template's pieces by the state they start in. */
class TemplateTextTest {
    // Checks that states are equal exactly when every part is (as a record's own equals has it), equal states hash
    // alike, and a piece read from a state equal to, but not the same as, an earlier one gets the kept reading.
    @Test
    void statesEqualByTheirParts() {
        TemplateText.Mode[] modes = TemplateText.Mode.values();
        String[] names = {null, "a", "href", "hre", new String("a")};
        char[] quotes = {0, '"', '\''};
        Random random = new Random(5);
        int equal = 0;
        for (int i = 0; i < 20_000; i++) {
            TemplateText.State a = new TemplateText.State(modes[random.nextInt(3)], names[random.nextInt(names.length)],
                    names[random.nextInt(names.length)], quotes[random.nextInt(quotes.length)]);
            TemplateText.State b = new TemplateText.State(modes[random.nextInt(3)], names[random.nextInt(names.length)],
                    names[random.nextInt(names.length)], quotes[random.nextInt(quotes.length)]);
            boolean same = a.mode() == b.mode() && Objects.equals(a.tag(), b.tag())
                    && Objects.equals(a.attribute(), b.attribute()) && a.quote() == b.quote();
            assertThat(a.equals(b)).as("%s %s", a, b).isEqualTo(same);
            assertThat(b.equals(a)).isEqualTo(same);
            if (same) {
                equal++;
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
            }
        }
        assertThat(equal).isGreaterThan(100);
        assertThat(TemplateText.State.TEXT.equals(null)).isFalse();

        String piece = "x\" data-piece-" + random.nextLong() + "=\"y";
        TemplateText.Reading first = TemplateText.read(piece, new TemplateText.State(TemplateText.Mode.VALUE, "a", "title", '"'));
        assertThat(TemplateText.read(piece, new TemplateText.State(TemplateText.Mode.VALUE, new String("a"), "title", '"')))
                .isSameAs(first);
        assertThat(TemplateText.read(piece, new TemplateText.State(TemplateText.Mode.VALUE, "a", "title", '\'')))
                .isNotSameAs(first);
    }
}
