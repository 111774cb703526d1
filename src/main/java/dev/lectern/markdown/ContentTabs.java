package dev.lectern.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content tabs as pymdownx's {@code tabbed} writes them ({@code === "Tab"} and an indented body;
 * {@code ===!} starts a new set, {@code ===+} selects the tab). Rewritten before parsing into the
 * callout form ({@code !!! lectern-tab "Tab"}) whose block parser already handles indented bodies;
 * {@link LecternNodeRenderer} renders consecutive tabs as one set. Line count is kept.
 */
final class ContentTabs {
    static final String TYPE = "lectern-tab";
    private static final Pattern START = Pattern.compile("^([ \\t]*)===(!?)(\\+?)[ \\t]+\"(.*)\"[ \\t]*$");

    private ContentTabs() {}

    static String rewrite(String markdown) {
        if (!markdown.contains("===")) return markdown;
        String[] lines = markdown.split("\n", -1);
        boolean inFence = false;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].stripLeading();
            if (t.startsWith("```") || t.startsWith("~~~")) inFence = !inFence;
            if (inFence) continue;
            Matcher m = START.matcher(lines[i]);
            if (!m.matches()) continue;
            String type = TYPE + (m.group(2).isEmpty() ? "" : "-new") + (m.group(3).isEmpty() ? "" : "-selected");
            lines[i] = m.group(1) + "!!! " + type + " \"" + m.group(4).replace("\"", "'") + "\"";
            changed = true;
        }
        return changed ? String.join("\n", lines) : markdown;
    }
}
