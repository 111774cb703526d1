package dev.lectern.render;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Shrinks the theme's CSS and JavaScript as they are published, conservatively: comments and
 * indentation go, nothing is renamed or reordered. Pages stay within their weight budget without a
 * JavaScript tool chain in the build. A script with a template literal ({@code `}) keeps its
 * indentation, which may be inside a string.
 */
public final class AssetMinifier {
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CSS_SPACE = Pattern.compile("\\s*([{};,>])\\s*");
    /** "color: red" right after "{" or ";" is a declaration (a selector never has ": "). */
    private static final Pattern CSS_DECLARATION = Pattern.compile("([{;])([a-z-]+):\\s+");
    private static final Pattern JS_LINE_COMMENT = Pattern.compile("^\\s*//.*$", Pattern.MULTILINE);

    private AssetMinifier() {}

    /** One file's bytes, minified if its name ends in {@code .css} or {@code .js}, else as they are. */
    public static byte[] minify(String name, byte[] bytes) {
        if (!name.endsWith(".css") && !name.endsWith(".js")) return bytes;
        String text = new String(bytes, StandardCharsets.UTF_8);
        return (name.endsWith(".css") ? css(text) : js(text)).getBytes(StandardCharsets.UTF_8);
    }

    public static String css(String css) {
        String s = CSS_COMMENT.matcher(css).replaceAll("");
        s = s.replaceAll("\\s+", " ");
        s = CSS_SPACE.matcher(s).replaceAll("$1");
        s = CSS_DECLARATION.matcher(s).replaceAll("$1$2:");
        return s.replace(";}", "}").strip() + "\n";
    }

    public static String js(String js) {
        if (js.indexOf('`') >= 0) return js;
        String s = JS_LINE_COMMENT.matcher(js).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) out.append(t).append('\n');
        }
        return out.toString();
    }
}
