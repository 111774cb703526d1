package dev.lectern.markdown;

/** Turns code in a named language into highlighted HTML; null means "leave it plain". */
public interface CodeHighlighter {
    CodeHighlighter NONE = (code, language) -> null;

    String highlight(String code, String language);
}
