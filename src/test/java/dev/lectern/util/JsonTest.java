package dev.lectern.util;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    // Checks that strings cannot end or confuse the script element they sit in, and read back the same.
    @Test
    void scriptSafeStrings() throws Exception {
        String hostile = "</script><!-- a & b > c\u2028\u2029 \"q\" \\ tab\tline\n";
        String json = Json.write(List.of(hostile));
        assertThat(json).isEqualTo("[\"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u003e c\\u2028\\u2029 \\\"q\\\" \\\\ tab\\tline\\n\"]");
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(new ObjectMapper().readValue(json, List.class)).containsExactly(hostile);
    }

    // Checks the compact form the pages carry: no spaces, keys in insertion order, numbers as written.
    @Test
    void compact() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", List.of(List.of("web", 0, 1, List.of(), List.of(2, 3))));
        m.put("edges", List.of(List.of(0, 1)));
        m.put("tolerance", 0.5);
        assertThat(Json.write(m)).isEqualTo("{\"nodes\":[[\"web\",0,1,[],[2,3]]],\"edges\":[[0,1]],\"tolerance\":0.5}");
    }
}
