package dev.lectern.markdown;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Python-Markdown's {@code attr_list} ({@code ## Title {#id}}, {@code **word**{ #id .class }}) as
 * flexmark's attributes extension parses it, held to what a page may safely set: ids, classes and a
 * few presentational attributes. An event handler or a style would be script or layout the author of
 * a Markdown page should not inject; such an attribute is dropped with a warning at its position.
 */
final class AttributeLists {
    static final Set<String> ALLOWED = Set.of("id", "class", "title", "lang", "dir", "width", "height", "loading");

    private AttributeLists() {}

    /**
     * Python-Markdown's own form {@code {: #id .class }}: the colon becomes a space (positions stay), outside
     * fenced code and code spans, so flexmark reads it as {@code { #id .class }}.
     */
    static String colonForm(String markdown) {
        if (!markdown.contains("{:")) return markdown;
        StringBuilder out = new StringBuilder(markdown);
        boolean inFence = false;
        int lineStart = 0;
        while (lineStart <= markdown.length()) {
            int end = markdown.indexOf('\n', lineStart);
            if (end < 0) end = markdown.length();
            String t = markdown.substring(lineStart, end).stripLeading();
            if (t.startsWith("```") || t.startsWith("~~~")) inFence = !inFence;
            if (!inFence) {
                int ticks = 0;
                for (int i = lineStart; i < end; i++) {
                    char c = markdown.charAt(i);
                    if (c == '`') ticks++;
                    else if (c == '{' && ticks % 2 == 0 && i + 1 < end && markdown.charAt(i + 1) == ':') out.setCharAt(i + 1, ' ');
                }
            }
            lineStart = end + 1;
        }
        return out.toString();
    }

    /**
     * Braces that are not an attribute list ({@code {sha}}, {@code {{ base_url }}}: a bare word, which
     * Python-Markdown's attr_list would not take after text) go back to being text; then every attribute
     * that is not allowed is dropped, with a warning.
     */
    static void check(Document doc, PageState state) {
        List<AttributesNode> notLists = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (!(n instanceof AttributesNode list)) continue;
            for (Node a = list.getFirstChild(); a != null; a = a.getNext()) {
                if (a instanceof AttributeNode attr && !attr.isId() && !attr.isClass()
                        && attr.getAttributeSeparator().isEmpty() && attr.getValue().isEmpty()) {
                    notLists.add(list);
                    break;
                }
            }
        }
        for (AttributesNode list : notLists) {
            list.insertBefore(new com.vladsch.flexmark.ast.Text(list.getChars()));
            list.unlink();
        }
        List<AttributeNode> dropped = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof AttributeNode a && !a.isId() && !a.isClass()
                    && !ALLOWED.contains(a.getName().toString().toLowerCase(Locale.ROOT))) dropped.add(a);
        }
        for (AttributeNode a : dropped) {
            int off = a.getStartOffset();
            state.diagnostics.warning(state.page.displayPath(), state.lineOf(off), state.columnOf(off),
                    "attribute `" + a.getName() + "` is not allowed in an attribute list (only id, class, "
                            + String.join(", ", ALLOWED.stream().filter(x -> !x.equals("id") && !x.equals("class")).sorted().toList())
                            + "); it is left out");
            a.unlink();
        }
    }

    /** The id an attribute list gives this node ({@code {#id}} or {@code {id=x}}), or null. */
    static String id(Node node) {
        String id = null;
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof AttributesNode)) continue;
            for (Node a = c.getFirstChild(); a != null; a = a.getNext()) {
                if (a instanceof AttributeNode attr && attr.isId()) id = attr.getValue().toString();
                else if (a instanceof AttributeNode attr && attr.getName().toString().equals("id")) id = attr.getValue().toString();
            }
        }
        return id == null || id.isBlank() ? null : id;
    }
}
