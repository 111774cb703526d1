package dev.lectern.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites GitHub's callout syntax ({@code > [!NOTE]} followed by quoted lines) into the MkDocs
 * form ({@code !!! note} and an indented body) before parsing. Line count is kept, so positions
 * stay right.
 */
final class GitHubCallouts {
    private static final Pattern START = Pattern.compile("^ {0,3}>\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|DANGER)]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("^ {0,3}> ?(.*)$");

    private GitHubCallouts() {}

    static String rewrite(String markdown) {
        if (markdown.indexOf("[!") < 0) return markdown;
        String[] lines = markdown.split("\n", -1);
        boolean inFence = false;
        boolean inCallout = false;
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.stripLeading();
            if (!inCallout && (t.startsWith("```") || t.startsWith("~~~"))) inFence = !inFence;
            if (!inFence) {
                Matcher start = START.matcher(line);
                if (start.matches()) {
                    String type = start.group(1).toLowerCase();
                    if (type.equals("caution")) type = "danger";
                    String title = start.group(2).strip();
                    line = "!!! " + type + (title.isEmpty() ? "" : " \"" + title.replace("\"", "'") + "\"");
                    inCallout = true;
                } else if (inCallout) {
                    Matcher q = QUOTED.matcher(line);
                    if (q.matches()) line = q.group(1).isBlank() ? "" : "    " + q.group(1);
                    else inCallout = false;
                }
            }
            out.append(line);
            if (i < lines.length - 1) out.append('\n');
        }
        return out.toString();
    }
}
