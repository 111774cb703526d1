package dev.lectern.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * YAML errors in plain words, one sentence and a hint per kind of mistake, at the line and column of the
 * mistake; the parser's own text only with {@code --verbose}.
 */
class YamlMessagesTest {
    private static String error(String yaml) {
        YamlException e = catchThrowableOfType(YamlException.class, () -> YamlReader.read(yaml, 10, 1));
        assertThat(e).as("no error for:\n" + yaml).isNotNull();
        return e.line() + ":" + e.column() + ": " + e.getMessage();
    }

    @AfterEach
    void quiet() {
        System.clearProperty(YamlReader.VERBOSE);
    }

    // Checks a line indented deeper than the key above it.
    @Test
    void indentedMore() {
        assertThat(error("questions:\n  - q: What?\n     answers: x\n")).isEqualTo(
                "12:6: invalid YAML: this line is indented more than the `q:` above it (hint: keys of one block start in the same column; line it up with `q:` at column 5)");
    }

    // Checks a line indented less than the key above it.
    @Test
    void indentedLess() {
        assertThat(error("questions:\n  - q: What?\n    answers:\n      - a\n   explain: x\n")).isEqualTo(
                "14:4: invalid YAML: this line is indented less than the `answers:` above it (hint: keys of one block start in the same column; line it up with `answers:` at column 5)");
    }

    // Checks an unquoted colon and space inside a value.
    @Test
    void colonInValue() {
        assertThat(error("questions:\n  - q: Port: which one?\n")).isEqualTo(
                "11:12: invalid YAML: this value contains `: `, which YAML reads as the start of a new key (hint: quote text that contains `: `, for example `q: \"Port: which one?\"`)");
    }

    // Checks a tab used for indentation.
    @Test
    void tab() {
        assertThat(error("questions:\n\t- q: x\n")).isEqualTo(
                "11:1: invalid YAML: this line is indented with a tab; YAML indents with spaces only (hint: replace the tab with spaces)");
    }

    // Checks a quote that is never closed.
    @Test
    void unclosedQuote() {
        assertThat(error("title: \"Records\nweight: 2\n")).isEqualTo(
                "10:8: invalid YAML: a quoted text starts here but its closing quote is missing (hint: end it with the same quote mark)");
    }

    // Checks a [ list that is never closed.
    @Test
    void unclosedList() {
        assertThat(error("order: [a, b\n")).isEqualTo(
                "10:8: invalid YAML: a `[` list opened here is not closed as YAML expects (hint: close it with `]`, separate items with `, `, and quote items that contain `,`, `:` or `]`)");
    }

    // Checks a value starting with a character YAML reserves.
    @Test
    void reservedFirstCharacter() {
        assertThat(error("q: `dig` output\n")).isEqualTo(
                "10:4: invalid YAML: a value cannot start with a backtick in YAML (hint: put the whole value in quotes)");
    }

    // Checks a line that is neither a key nor a list item.
    @Test
    void notAKey() {
        assertThat(error("title: Records\njust some text\nweight: 2\n")).isEqualTo(
                "12:1: invalid YAML: this line is neither `key: value` nor a `- ` list item (hint: add `: ` after the key, or check the lines above for a missing quote)");
    }

    // Checks that --verbose adds the parser's own message.
    @Test
    void verboseKeepsTheParserText() {
        System.setProperty(YamlReader.VERBOSE, "true");
        assertThat(error("questions:\n  - q: Port: which one?\n")).isEqualTo(
                "11:12: invalid YAML: this value contains `: `, which YAML reads as the start of a new key (hint: quote text that contains `: `, for example `q: \"Port: which one?\"`) [parser: mapping values are not allowed here]");
    }
}
