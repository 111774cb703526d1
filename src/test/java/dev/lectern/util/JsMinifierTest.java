package dev.lectern.util;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.util.JsMinifier.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The token minifier: whitespace goes where JavaScript does not need it, meaning stays. */
class JsMinifierTest {

    // Checks each case's minified form; the line breaks kept are the ones automatic semicolon insertion needs.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "spaces around operators go                    | var a = b + c * 2;         | var a=b+c*2;",
        "words keep one space                          | return typeof x;           | return typeof x;",
        "unary plus after plus keeps its space         | a + +b - -c                | a+ +b- -c",
        "line break after a statement stays            | a = 1\\nb = 2              | a=1\\nb=2",
        "line break before a call stays                | a = b\\n(c)                | a=b\\n(c)",
        "line break after return stays                 | return\\nx                 | return\\nx",
        "line break after postfix increment stays      | a++\\nb                    | a++\\nb",
        "object literal then statement keeps its break | x = {}\\nfoo()             | x={}\\nfoo()",
        "line break after an operator goes             | a = b +\\n  c              | a=b+c",
        "line break before a dot goes                  | a\\n  .b()\\n  .c()        | a.b().c()",
        "line break after a brace goes                 | if (a) {\\n  b();\\n}      | if(a){b();}",
        "number then dot keeps its space               | 1 .toString()              | 1 .toString()",
        "exponent sign stays in the number             | x = 1e-5 - 2               | x=1e-5-2",
        "regex with slash in a class stays whole       | s.replace(/[/ ]+/g, ' ')   | s.replace(/[/ ]+/g,' ')",
        "regex after return                            | return /a b/.test(s)       | return/a b/.test(s)",
        "division is not a regex                       | x = a / b / c              | x=a/b/c",
        "comments go, a multi-line one keeps the break | a = 1 /* x\\n */ b = 2     | a=1\\nb=2",
        "template literal kept with its spacing        | t = `a  ${ b + `c  ${d}` } e`| t=`a  ${ b + `c  ${d}` } e`",
        "strings keep escapes and comment-like text    | s = 'it\\\\'s // no'        | s='it\\\\'s // no'",
    })
    void minifies(String what, String in, String out) {
        assertThat(JsMinifier.minify(unescape(in))).isEqualTo(unescape(out) + "\n");
    }

    // Checks every theme script keeps its token sequence (only whitespace and comments removed) and shrinks.
    @Test
    void themeScriptsKeepTheirTokens() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(Path.of("theme/assets/js"))) {
            scripts = s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertThat(scripts).hasSizeGreaterThan(3);
        for (Path script : scripts) {
            String js = Files.readString(script);
            String min = JsMinifier.minify(js);
            assertThat(texts(JsMinifier.tokenize(min))).as(script.toString()).isEqualTo(texts(JsMinifier.tokenize(js)));
            assertThat(min.length()).as(script.toString()).isLessThan(js.length());
        }
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(t -> t.type() + " " + t.text()).toList();
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\\\", "\\");
    }
}
