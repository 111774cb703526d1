package dev.lectern.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes the comments and the whitespace JavaScript does not need, token by token; names, strings,
 * template literals and regular expressions are kept as written and nothing is reordered.
 *
 * <p>A line break is dropped only where it cannot end a statement: after a token that needs a
 * right-hand side (an operator, {@code (}, {@code ,} ...), or before one that can only continue an
 * expression ({@code .}, {@code )}, {@code &&} ...), and never after {@code return}, {@code throw},
 * {@code break}, {@code continue}, {@code yield} or a postfix {@code ++}/{@code --}, where a line break
 * changes the meaning. Everywhere else it stays, so automatic semicolon insertion sees what it saw.
 */
public final class JsMinifier {
    enum Type { WORD, NUMBER, STRING, TEMPLATE, REGEX, PUNCT }

    record Token(Type type, String text, boolean spaceBefore, boolean newlineBefore) {}

    private static final String[] PUNCTUATORS = {
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "**", "<<", ">>"
    };
    /** After these a statement cannot end, so a following line break is only layout. */
    private static final Set<String> NOT_AFTER = Set.of(")", "]", "}", "++", "--");
    /** These can start a statement, so a line break before them may matter. */
    private static final Set<String> NOT_BEFORE = Set.of("(", "[", "{", "++", "--", "+", "-", "/", "/=", "!", "~", "...");
    /** A line break after these ends the statement (restricted productions). */
    private static final Set<String> RESTRICTED = Set.of("return", "throw", "break", "continue", "yield", "++", "--");
    /** After these words a slash starts a regular expression, not a division. */
    private static final Set<String> REGEX_AFTER_WORD = Set.of(
            "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
            "yield", "await");

    private final String src;
    private int pos;

    private JsMinifier(String src) {
        this.src = src;
    }

    /** The script without comments and needless whitespace, ending in one newline. */
    public static String minify(String js) {
        List<Token> tokens = tokenize(js);
        StringBuilder out = new StringBuilder(js.length());
        Token prev = null;
        for (Token t : tokens) {
            if (prev != null) {
                if (t.newlineBefore() && !newlineDroppable(prev, t)) {
                    out.append('\n');
                } else if ((t.spaceBefore() || t.newlineBefore()) && needsSpace(prev, t)) {
                    out.append(' ');
                }
            }
            out.append(t.text());
            prev = t;
        }
        return out.append('\n').toString();
    }

    /** The script's tokens, comments and whitespace left out but remembered on the token after them. */
    static List<Token> tokenize(String js) {
        return new JsMinifier(js).tokens();
    }

    private List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        Token prev = null;
        while (true) {
            int layout = skipLayout();
            boolean space = (layout & SPACE) != 0;
            boolean newline = (layout & NEWLINE) != 0;
            if (pos >= src.length()) return tokens;
            int start = pos;
            Type type = next(prev);
            prev = new Token(type, src.substring(start, pos), space, newline);
            tokens.add(prev);
        }
    }

    private static final int SPACE = 1;
    private static final int NEWLINE = 2;

    /** Skips whitespace and comments; says whether they held a space ({@link #SPACE}) and a line break ({@link #NEWLINE}). */
    private int skipLayout() {
        int layout = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                layout |= NEWLINE;
                pos++;
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff') {
                layout |= SPACE;
                pos++;
            } else if (src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                if (end < 0) throw new IllegalArgumentException("unclosed comment at offset " + pos);
                if (src.substring(pos, end).indexOf('\n') >= 0) layout |= NEWLINE;
                layout |= SPACE;
                pos = end + 2;
            } else {
                break;
            }
        }
        return layout;
    }

    private Type next(Token prev) {
        char c = src.charAt(pos);
        if (c == '"' || c == '\'') {
            skipString(c);
            return Type.STRING;
        }
        if (c == '`') {
            skipTemplate();
            return Type.TEMPLATE;
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
            skipNumber();
            return Type.NUMBER;
        }
        if (isWordChar(c)) {
            while (pos < src.length() && isWordChar(src.charAt(pos))) pos++;
            return Type.WORD;
        }
        if (c == '/' && regexAllowed(prev)) {
            skipRegex();
            return Type.REGEX;
        }
        for (String p : PUNCTUATORS) {
            if (src.startsWith(p, pos)) {
                pos += p.length();
                return Type.PUNCT;
            }
        }
        pos++;
        return Type.PUNCT;
    }

    private void skipString(char quote) {
        int start = pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '\\') pos++;
            else if (c == quote) return;
            else if (c == '\n') break;
        }
        throw new IllegalArgumentException("unclosed string at offset " + start);
    }

    private void skipTemplate() {
        int start = pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '`') {
                return;
            } else if (c == '$' && pos < src.length() && src.charAt(pos) == '{') {
                pos++;
                skipExpression();
            }
        }
        throw new IllegalArgumentException("unclosed template literal at offset " + start);
    }

    /** Skips a template's {@code ${...}} up to and including its closing brace, minding nested code. */
    private void skipExpression() {
        int depth = 1;
        Token prev = null;
        while (pos < src.length()) {
            skipLayout();
            if (pos >= src.length()) break;
            int start = pos;
            Type type = next(prev);
            String text = src.substring(start, pos);
            if (type == Type.PUNCT && text.equals("{")) depth++;
            if (type == Type.PUNCT && text.equals("}") && --depth == 0) return;
            prev = new Token(type, text, false, false);
        }
    }

    private void skipNumber() {
        boolean hex = src.startsWith("0x", pos) || src.startsWith("0X", pos);
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            char before = src.charAt(pos - 1);
            boolean exponentSign = (c == '+' || c == '-') && (before == 'e' || before == 'E') && !hex;
            if (isWordChar(c) || c == '.' || exponentSign) pos++;
            else return;
        }
    }

    private void skipRegex() {
        int start = pos++;
        boolean inClass = false;
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '\\') pos++;
            else if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) {
                while (pos < src.length() && isWordChar(src.charAt(pos))) pos++;
                return;
            } else if (c == '\n') {
                break;
            }
        }
        throw new IllegalArgumentException("unclosed regular expression at offset " + start);
    }

    private static boolean regexAllowed(Token prev) {
        if (prev == null) return true;
        return switch (prev.type()) {
            case NUMBER, STRING, TEMPLATE, REGEX -> false;
            case WORD -> REGEX_AFTER_WORD.contains(prev.text());
            case PUNCT -> !NOT_AFTER.contains(prev.text());
        };
    }

    private static boolean newlineDroppable(Token prev, Token next) {
        if (prev.type() == Type.PUNCT && !NOT_AFTER.contains(prev.text())) return true;
        return next.type() == Type.PUNCT && !NOT_BEFORE.contains(next.text()) && !RESTRICTED.contains(prev.text());
    }

    private static boolean needsSpace(Token prev, Token next) {
        char a = prev.text().charAt(prev.text().length() - 1);
        char b = next.text().charAt(0);
        if (isWordChar(a) && isWordChar(b)) return true;
        if ((a == '+' || a == '-') && b == a) return true;
        if (a == '/' && (b == '/' || b == '*')) return true;
        if (a == '-' && b == '>' || a == '<' && b == '!') return true;
        return prev.type() == Type.NUMBER && b == '.';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\\' || c > 127;
    }
}
