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

    // Checks that strings are kept as written: the space that ends a CSS escape and the gap after it, commas,
    // braces, comment marks and quotes inside them (the pager's arrow kept its gap in preview only).
    @Test
    void cssStringsKeptVerbatim() {
        assertThat(AssetMinifier.css(".p::before { content: \"\\2190  \"; }\n.n::after { content: '  \\2192'; }\n"))
                .isEqualTo(".p::before{content:\"\\2190  \"}.n::after{content:'  \\2192'}\n");
        assertThat(AssetMinifier.css("a::after { content: \" ( a ,  b ; { } /* not a comment */ \\\" \" attr(href) \")\"; }\n"))
                .isEqualTo("a::after{content:\" ( a ,  b ; { } /* not a comment */ \\\" \" attr(href) \")\"}\n");
        // a quote inside a comment opens no string
        assertThat(AssetMinifier.css("/* don't */ a { b: c; }\n")).isEqualTo("a{b:c}\n");
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
