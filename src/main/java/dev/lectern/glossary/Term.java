package dev.lectern.glossary;

import java.util.List;

/**
 * One entry of {@code content/glossary.yaml}.
 *
 * @param link a content source path ({@code dns/records.md}, may end in {@code #anchor}), or null
 * @param line where the entry's {@code term:} was written, for warnings
 * @param linkLine where its {@code link:} value was written (0 without a link)
 */
public record Term(String term, String definition, String link, List<String> aliases, int line, int column,
                   int linkLine, int linkColumn) {

    /** The id of the entry on the glossary page: {@code cname-record}. */
    public String id() {
        return dev.lectern.markdown.Slugger.slug(term);
    }

    /** The term and its aliases, the forms the marker looks for in pages. */
    public List<String> forms() {
        List<String> out = new java.util.ArrayList<>();
        out.add(term);
        out.addAll(aliases);
        return out;
    }
}
