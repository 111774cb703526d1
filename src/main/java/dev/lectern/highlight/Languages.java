package dev.lectern.highlight;

/**
 * The rules of every language Lectern highlights; each is a handful of regular expressions. A rule that opens
 * with a look-behind or {@code \b} first looks ahead at the one character it can start with ({@code (?=#)} ...):
 * the alternation is tried at every position of the code, and that test fails at most of them at once, where
 * a look-behind (the nginx directive's {@code ^\s{1,40}} most) or a word boundary costs more. The same
 * matches: the look-ahead only says what the rest of the rule requires (HighlighterTest holds each language
 * to its rules without them). Strings are written unrolled ({@code "[^"\\]*(?:\\.[^"\\]*)*"}), not as a group
 * repeated once per character: {@code java.util.regex} recurses once per repetition of a group, and a long
 * unclosed string overflowed the stack; now it recurses once per escape.
 */
final class Languages {
    private Languages() {}

    private static final String DQ = "\"[^\"\\\\\\n]*(?:\\\\.[^\"\\\\\\n]*)*\"";
    private static final String SQ = "'[^'\\\\\\n]*(?:\\\\.[^'\\\\\\n]*)*'";
    private static final String NUMBER = "(?=\\d)\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b";

    static final Language SHELL = Language.rules()
            .rule("c", "(?=#)(?<![^\\s;])#.*$")
            .rule("s", "\"[^\"\\\\]*(?:\\\\.[^\"\\\\]*)*\"|'[^']*'")
            .rule("v", "\\$\\{[^}\\n]*\\}|\\$\\(|\\$[A-Za-z_][A-Za-z0-9_]*|\\$[0-9?#@*!$]")
            .rule("m", "^\\s*\\$(?= )")
            .rule("k", "(?=[a-z])\\b(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|return|export|local|readonly|source|sudo|set)\\b")
            .rule("a", "(?=-)(?<=\\s)--?[A-Za-z][\\w-]*")
            .rule("n", NUMBER)
            .build();

    static final Language NGINX = Language.rules()
            .rule("c", "#.*$")
            .rule("s", DQ + "|" + SQ)
            .rule("v", "\\$[A-Za-z_][A-Za-z0-9_]*")
            // before the look-behind: a directive's first letter, and a character before it that may end the look-behind
            .rule("f", "(?=[a-z_])(?<![^{;\\s\u0085\u2028\u2029])(?<=^|[{;]|^\\s{1,40})[a-z_][a-z0-9_]*(?=\\s|;)")
            .rule("n", "(?=\\d)\\b\\d+(?:\\.\\d+)*[kKmMsShHdD]?\\b")
            .build();

    static final Language PYTHON = Language.rules()
            .rule("c", "#.*$")
            .rule("s", "(?:[rRbBfFuU]{1,2})?(?:\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|" + DQ + "|" + SQ + ")")
            .rule("m", "^\\s*@[\\w.]+")
            .rule("k", "(?=[A-Za-z])\\b(?:False|None|True|and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield)\\b")
            .rule("f", "(?=[a-z])\\b(?:print|len|range|open|int|str|dict|list|set|tuple|isinstance|super|self)\\b")
            .rule("n", NUMBER)
            .build();

    static final Language SQL = Language.rules().ignoreCase()
            .rule("c", "--.*$|/\\*[\\s\\S]*?\\*/")
            .rule("s", "'[^']*(?:''[^']*)*'")
            .rule("t", "`[^`\\n]*`")
            .rule("k", "(?=[A-Za-z])\\b(?:select|from|where|and|or|not|null|is|in|insert|into|values|update|set|delete|create|table|index|view|drop|alter|add|primary|key|foreign|references|unique|join|left|right|inner|outer|on|as|group|by|order|having|limit|offset|distinct|union|all|begin|commit|rollback|transaction|grant|revoke|to|identified|user|database|show|use|default|auto_increment|int|integer|varchar|text|char|bigint|boolean|date|timestamp|decimal|like|between|exists|case|when|then|else|end|asc|desc|count|sum|avg|min|max|replica|source|master|change|start|stop|slave)\\b")
            .rule("n", NUMBER)
            .build();

    static final Language HTML = Language.rules()
            .rule("c", "<!--[\\s\\S]*?-->")
            .rule("m", "<!(?i:doctype)[^>]*>")
            .rule("t", "</?[A-Za-z][\\w:-]*|/?>")
            .rule("a", "(?=[A-Za-z_:])(?<=\\s)[A-Za-z_:][\\w:.-]*(?=\\s*=)")
            .rule("s", "(?=[\\s\"'])(?<==)\\s*(?:\"[^\"]*\"|'[^']*')")
            .build();

    static final Language HTTP = Language.rules()
            .rule("m", "^(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS|CONNECT|TRACE)(?= )")
            .rule("k", "(?=H)\\bHTTP/\\d(?:\\.\\d)?\\b")
            .rule("n", "(?=\\d)(?<=HTTP/\\d(?:\\.\\d)? )\\d{3}\\b")
            .rule("a", "^[A-Za-z][\\w-]*(?=:)")
            .embed("body", "(?<=\\n\\n)[\\s\\S]+", "html")
            .build();

    static final Language YAML = Language.rules()
            .rule("c", "(?=#)(?<![^\\s])#.*$")
            .rule("a", "^[ \\t]*(?:- +)?[\\w][\\w .\\-/]*(?=:(?:\\s|$))")
            .rule("s", DQ + "|" + SQ)
            .rule("k", "(?=[tfny~])(?<=:\\s|-\\s|\\[|,\\s?)(?:true|false|null|yes|no|~)(?=\\s*$|,|\\])")
            .rule("n", "(?=[-\\d])(?<=:\\s|-\\s)-?\\d+(?:\\.\\d+)?(?=\\s*$)")
            .rule("m", "^---$|[&*][\\w-]+")
            .build();

    static final Language INI = Language.rules()
            .rule("c", "^\\s*[;#].*$")
            .rule("t", "^\\s*\\[[^\\]\\n]*\\]")
            .rule("a", "^\\s*[\\w.\\-]+(?=\\s*[=:])")
            .rule("s", DQ + "|" + SQ)
            .rule("n", NUMBER)
            .build();

    static final Language JSON = Language.rules()
            .rule("a", DQ + "(?=\\s*:)")
            .rule("s", DQ)
            .rule("k", "(?=[tfn])\\b(?:true|false|null)\\b")
            .rule("n", "-?" + NUMBER)
            .build();

    static final Language JAVA = Language.rules()
            .rule("c", "//.*$|/\\*[\\s\\S]*?\\*/")
            .rule("s", "\"\"\"[\\s\\S]*?\"\"\"|" + DQ + "|'(?!')[^'\\\\\\n]*(?:\\\\.[^'\\\\\\n]*)*'")
            .rule("m", "@[A-Za-z][\\w.]*")
            .rule("k", "(?=[a-z])\\b(?:abstract|assert|boolean|break|byte|case|catch|char|class|const|continue|default|do|double|else|enum|extends|final|finally|float|for|if|implements|import|instanceof|int|interface|long|native|new|package|private|protected|public|record|return|short|static|strictfp|super|switch|synchronized|this|throw|throws|transient|try|var|void|volatile|while|yield|true|false|null)\\b")
            .rule("t", "(?=[A-Z])\\b[A-Z][A-Za-z0-9_]*\\b")
            .rule("n", "(?=\\d)\\b\\d[\\d_]*(?:\\.\\d+)?[lLfFdD]?\\b")
            .build();
}
