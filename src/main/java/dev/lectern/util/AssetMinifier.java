package dev.lectern.util;

import java.nio.charset.StandardCharsets;
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

    /** The script through {@link JsMinifier}; one it cannot read (an unclosed string, say) stays as written. */
    public static String js(String js) {
        try {
            return JsMinifier.minify(js);
        } catch (IllegalArgumentException unreadable) {
            return js;
        }
    }
}
