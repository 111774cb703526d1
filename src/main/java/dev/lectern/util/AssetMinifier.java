package dev.lectern.util;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shrinks the theme's CSS and JavaScript as they are published, conservatively: comments and needless
 * whitespace go, nothing is renamed or reordered. Pages stay within their weight budget without a
 * JavaScript tool chain in the build.
 */
public final class AssetMinifier {
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CSS_SPACE = Pattern.compile("\\s*([{};,>])\\s*");
    /** "color: red" right after "{" or ";" is a declaration (a selector never has ": "). */
    private static final Pattern CSS_DECLARATION = Pattern.compile("([{;])([a-z-]+):\\s+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\u0000(\\d+)\u0000");

    private AssetMinifier() {}

    /** One file's bytes, minified if its name ends in {@code .css} or {@code .js}, else as they are. */
    public static byte[] minify(String name, byte[] bytes) {
        if (!name.endsWith(".css") && !name.endsWith(".js")) return bytes;
        String text = new String(bytes, StandardCharsets.UTF_8);
        return (name.endsWith(".css") ? css(text) : js(text)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Comments and needless whitespace go; strings stay exactly as written (their spaces are text: the
     * one after {@code \\2190} ends the escape, a second one is a visible gap).
     */
    public static String css(String css) {
        if (css.indexOf('\0') >= 0) return css; // not CSS a person wrote; and the placeholders below use it
        List<String> strings = new ArrayList<>();
        String s = withoutStrings(css, strings);
        s = CSS_COMMENT.matcher(s).replaceAll("");
        s = s.replaceAll("\\s+", " ");
        s = CSS_SPACE.matcher(s).replaceAll("$1");
        s = CSS_DECLARATION.matcher(s).replaceAll("$1$2:");
        s = s.replace(";}", "}").strip() + "\n";
        return withStrings(s, strings);
    }

    /**
     * The CSS with each string literal replaced by {@code U+0000 n U+0000} (a character CSS source does
     * not hold), the literals in {@code strings}. Comments are read past, so a quote in one opens no string.
     */
    private static String withoutStrings(String css, List<String> strings) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 2;
                out.append(css, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < css.length() && css.charAt(j) != c && css.charAt(j) != '\n') j += css.charAt(j) == '\\' ? 2 : 1;
                int end = Math.min(j + 1, css.length());
                strings.add(css.substring(i, end));
                out.append('\0').append(strings.size() - 1).append('\0');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String withStrings(String css, List<String> strings) {
        if (strings.isEmpty()) return css;
        Matcher m = PLACEHOLDER.matcher(css);
        StringBuilder out = new StringBuilder(css.length() + 64);
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(strings.get(Integer.parseInt(m.group(1)))));
        return m.appendTail(out).toString();
    }

    /** The script through {@link JsMinifier}; one it cannot read (an unclosed string, say) stays as written. */
    public static String js(String js) {
        try {
            return JsMinifier.minify(js);
        } catch (IllegalArgumentException unreadable) {
            return js;
        }
    }
}
