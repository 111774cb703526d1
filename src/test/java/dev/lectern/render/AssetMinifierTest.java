package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The conservative minifier: comments and layout go, meaning stays. */
class AssetMinifierTest {
    // Checks CSS: comments and spaces around punctuation go, spaces inside values and descendant selectors stay.
    @Test
    void css() {
        assertThat(AssetMinifier.css("/* c */\n.a > .b :focus {\n  color: red;\n  margin: 0 calc(1rem + 2px);\n}\n"))
                .isEqualTo(".a>.b :focus{color:red;margin:0 calc(1rem + 2px)}\n");
    }

    // Checks JS: comment lines and indentation go, code with a trailing comment and string content stay.
    @Test
    void js() {
        assertThat(AssetMinifier.js("// head\n(function () {\n    var a = \"//x\"; // keep\n\n})();\n"))
                .isEqualTo("(function () {\nvar a = \"//x\"; // keep\n})();\n");
    }

    // Checks that a script with a template literal is left as it is (its indentation may be inside a string).
    @Test
    void templateLiteralUntouched() {
        String js = "var s = `a\n    b`;\n";
        assertThat(AssetMinifier.js(js)).isEqualTo(js);
    }
}
