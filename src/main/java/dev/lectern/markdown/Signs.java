package dev.lectern.markdown;

/**
 * What a page's Markdown may hold, found in one pass over its text: the Markdown stage asked a dozen
 * {@code contains} of each page (snippets, callouts, tabs, attribute lists, abbreviations, bare links, template
 * syntax), each a scan of the whole text. Under the quick JIT a loop over {@code String.charAt} costs several
 * times {@code indexOf}'s scan, so this pass is worth about four of those: it replaced fifteen (1,000-page corpus:
 * 56 ms, now 27 ms). Each answer is exactly the {@code contains} (or check) it replaces ({@code SignsTest}).
 */
final class Signs {
    private static final int SNIPPET = 1;            // "8<-"
    private static final int GITHUB_CALLOUT = 1 << 1; // "[!"
    private static final int TABS = 1 << 2;           // "==="
    private static final int COLON_ATTRIBUTES = 1 << 3; // "{:"
    private static final int CALLOUT = 1 << 4;        // "!!!" or "???"
    private static final int ABBREVIATION = 1 << 5;   // "*["
    private static final int TEMPLATE = 1 << 6;       // "{{" or "{%"
    private static final int ATTRIBUTE_LIST = 1 << 7; // "{" then spaces, then '#', '.' or ':'
    private static final int BARE_LINK = 1 << 8;      // ":/", ":\", '@', "www." in any case (also "www\."), an entity

    private final int bits;

    private Signs(int bits) {
        this.bits = bits;
    }

    /** The signs of this text, in one pass. */
    static Signs of(String s) {
        int bits = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            switch (s.charAt(i)) {
                case '8' -> { if (s.startsWith("8<-", i)) bits |= SNIPPET; }
                case '[' -> { if (i + 1 < n && s.charAt(i + 1) == '!') bits |= GITHUB_CALLOUT; }
                case '=' -> { if (s.startsWith("===", i)) bits |= TABS; }
                case '!' -> { if (s.startsWith("!!!", i)) bits |= CALLOUT; }
                case '?' -> { if (s.startsWith("???", i)) bits |= CALLOUT; }
                case '*' -> { if (i + 1 < n && s.charAt(i + 1) == '[') bits |= ABBREVIATION; }
                case '@' -> bits |= BARE_LINK;
                case ':' -> {
                    if (i + 1 < n && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '\\')) bits |= BARE_LINK;
                }
                case '&' -> {
                    if (i + 1 < n && (s.charAt(i + 1) == '#' || Character.isLetter(s.charAt(i + 1)))) bits |= BARE_LINK;
                }
                case '.' -> { if (i >= 3 && isWww(s, i)) bits |= BARE_LINK; }
                case '{' -> {
                    if (i + 1 < n) {
                        char next = s.charAt(i + 1);
                        if (next == ':') bits |= COLON_ATTRIBUTES;
                        else if (next == '{' || next == '%') bits |= TEMPLATE;
                        int j = i + 1;
                        while (j < n && s.charAt(j) == ' ') j++;
                        if (j < n && (s.charAt(j) == '#' || s.charAt(j) == '.' || s.charAt(j) == ':')) bits |= ATTRIBUTE_LIST;
                    }
                }
                default -> { }
            }
        }
        return new Signs(bits);
    }

    /** "www." in any letter case before the dot at {@code dot}, or "www\." (an escaped dot is a dot to the autolinker). */
    private static boolean isWww(String s, int dot) {
        if ((s.charAt(dot - 1) | 0x20) == 'w' && (s.charAt(dot - 2) | 0x20) == 'w' && (s.charAt(dot - 3) | 0x20) == 'w') {
            return true;
        }
        return s.charAt(dot - 1) == '\\' && dot >= 4 && (s.charAt(dot - 2) | 0x20) == 'w'
                && (s.charAt(dot - 3) | 0x20) == 'w' && (s.charAt(dot - 4) | 0x20) == 'w';
    }

    /** Whether the text holds none of these signs but perhaps a bare link's ({@link SimplePage} takes no other). */
    boolean noneButBareLink() {
        return (bits & ~BARE_LINK) == 0;
    }

    /** {@code --8<--}: a snippet may be included. */
    boolean snippet() {
        return (bits & SNIPPET) != 0;
    }

    /** {@code [!}: a GitHub callout ({@code > [!NOTE]}) may start. */
    boolean githubCallout() {
        return (bits & GITHUB_CALLOUT) != 0;
    }

    /** {@code ===}: content tabs may start. */
    boolean tabs() {
        return (bits & TABS) != 0;
    }

    /** {@code {:}: an attribute list in Python-Markdown's own form. */
    boolean colonAttributes() {
        return (bits & COLON_ATTRIBUTES) != 0;
    }

    /** {@code !!!} or {@code ???}: a callout may start. */
    boolean callout() {
        return (bits & CALLOUT) != 0;
    }

    /** {@code *[}: an abbreviation may be defined. */
    boolean abbreviation() {
        return (bits & ABBREVIATION) != 0;
    }

    /** {@code {{} or {@code {%}: template syntax may be written. */
    boolean templateSyntax() {
        return (bits & TEMPLATE) != 0;
    }

    /** {@code {#}, {@code {.} or {@code {:}, spaces allowed after the brace ({@link MarkdownRenderer#hasAttributeList}). */
    boolean attributeList() {
        return (bits & ATTRIBUTE_LIST) != 0;
    }

    /** A scheme ({@code ://}, also escaped), an {@code @}, a {@code www.} or an entity: something the autolinker may read. */
    boolean bareLink() {
        return (bits & BARE_LINK) != 0;
    }
}
