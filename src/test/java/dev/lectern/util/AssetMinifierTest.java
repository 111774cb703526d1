package dev.lectern.util;

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

    // Checks JS goes through the token minifier: comments and layout go, string content stays.
    @Test
    void js() {
        assertThat(AssetMinifier.js("// head\n(function () {\n    var a = \"//x\"; // keep\n\n})();\n"))
                .isEqualTo("(function(){var a=\"//x\";})();\n");
    }

    // Checks that a script the minifier cannot read is published as written rather than mangled.
    @Test
    void unreadableScriptUntouched() {
        String js = "var s = 'open\n";
        assertThat(AssetMinifier.js(js)).isEqualTo(js);
    }
}
