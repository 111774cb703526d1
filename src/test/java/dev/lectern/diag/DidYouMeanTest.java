package dev.lectern.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    // Checks typos, transpositions, and words too far from any known one.
    @Test
    void suggestions() {
        List<String> keys = List.of("title", "description", "weight", "draft", "layout");
        assertThat(DidYouMean.closest("titel", keys)).contains("title");
        assertThat(DidYouMean.closest("discription", keys)).contains("description");
        assertThat(DidYouMean.closest("Weight", keys)).contains("weight");
        assertThat(DidYouMean.closest("author", keys)).isEmpty();
        assertThat(DidYouMean.unknownKey("key", "author", keys))
                .isEqualTo("unknown key `author`; expected one of: title, description, weight, draft, layout");
    }
}
