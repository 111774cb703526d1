package dev.lectern.highlight;

import dev.lectern.markdown.CodeHighlighter;
import dev.lectern.util.Html;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Build-time code highlighting for the markdown stage: splits code into tokens with the rules of its
 * {@link Language} and wraps each token in {@code <span class="tok-X">}. Colours live in the theme
 * (CSS variables for light and dark), so no script and no style attribute reaches the page.
 * Unknown languages stay plain (null).
 */
public final class Highlighter implements CodeHighlighter {
    private static final Map<String, Language> BY_NAME = Map.ofEntries(
            Map.entry("bash", Languages.SHELL), Map.entry("sh", Languages.SHELL), Map.entry("shell", Languages.SHELL),
            Map.entry("zsh", Languages.SHELL), Map.entry("console", Languages.SHELL),
            Map.entry("nginx", Languages.NGINX), Map.entry("python", Languages.PYTHON), Map.entry("py", Languages.PYTHON),
            Map.entry("sql", Languages.SQL), Map.entry("mysql", Languages.SQL), Map.entry("http", Languages.HTTP),
            Map.entry("yaml", Languages.YAML), Map.entry("yml", Languages.YAML), Map.entry("ini", Languages.INI),
            Map.entry("toml", Languages.INI), Map.entry("conf", Languages.INI), Map.entry("json", Languages.JSON),
            Map.entry("html", Languages.HTML), Map.entry("xml", Languages.HTML), Map.entry("svg", Languages.HTML),
            Map.entry("java", Languages.JAVA));

    /** Whether a fence's language has highlighting rules. */
    public static boolean supports(String language) {
        return language != null && BY_NAME.containsKey(language.toLowerCase(Locale.ROOT));
    }

    @Override
    public String highlight(String code, String language) {
        Language lang = language == null ? null : BY_NAME.get(language.toLowerCase(Locale.ROOT));
        if (lang == null) return null;
        try {
            return highlight(code, lang);
        } catch (StackOverflowError e) { // java.util.regex recurses once per repetition of a group: the code is shown plain
            return null;
        }
    }

    private String highlight(String code, Language lang) {
        StringBuilder out = new StringBuilder(code.length() * 2);
        Matcher m = lang.pattern().matcher(code);
        int at = 0;
        while (at < code.length() && m.find(at)) {
            if (m.end() == m.start()) { // an empty match would never advance
                out.append(Html.escape(code.substring(at, m.start() + 1)));
                at = m.start() + 1;
                continue;
            }
            out.append(Html.escape(code.substring(at, m.start())));
            String kind = lang.kindOf(m);
            String text = m.group();
            if (kind == null) out.append(Html.escape(text));
            else if (lang.inner(kind) != null) out.append(highlight(text, lang.inner(kind)));
            else out.append("<span class=\"tok-").append(kind).append("\">").append(Html.escape(text)).append("</span>");
            at = m.end();
        }
        out.append(Html.escape(code.substring(at)));
        return out.toString();
    }
}
