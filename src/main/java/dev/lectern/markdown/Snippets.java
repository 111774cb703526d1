package dev.lectern.markdown;

import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pymdownx's {@code snippets}: a line {@code --8<-- "path"} (or a block of paths between two
 * {@code --8<--} lines) is replaced by that file's text, indented as the line was. A path is looked up
 * beside the page, then in the content folder, then in the project folder (the content folder's parent,
 * where {@code mkdocs.yml} lives), and never outside that. Included files may include others; a
 * missing file or a cycle is an error at the including line. Each line of the result remembers the page
 * line it came from, so positions in included text point at the include.
 */
final class Snippets {
    private static final Pattern SINGLE = Pattern.compile("^([ \\t]*)-{1,}8<-{1,}[ \\t]+([\"'])(.+?)\\2[ \\t]*$");
    private static final Pattern BLOCK = Pattern.compile("^([ \\t]*)-{1,}8<-{1,}[ \\t]*$");
    private static final int MAX_DEPTH = 20;

    /** The expanded text and, for each of its lines (0-based), the page line (1-based) it stands for. */
    record Expanded(String text, int[] lines) {}

    private final SourcePage page;
    private final Diagnostics diagnostics;
    private final Path pageFolder;
    private final Path contentRoot;
    private final Path projectRoot;

    private Snippets(SourcePage page, Diagnostics diagnostics) {
        this.page = page;
        this.diagnostics = diagnostics;
        Path file = page.file().toAbsolutePath().normalize();
        this.pageFolder = file.getParent();
        Path root = file;
        for (String ignored : page.sourcePath().split("/")) root = root.getParent();
        this.contentRoot = root;
        this.projectRoot = root.getParent() != null ? root.getParent() : root;
    }

    /** The page's Markdown with its snippets included, or null when it has none. */
    static Expanded expand(SourcePage page, String markdown, Diagnostics diagnostics) {
        if (page.file() == null || !markdown.contains("8<-")) return null;
        Snippets s = new Snippets(page, diagnostics);
        StringBuilder out = new StringBuilder(markdown.length() + 256);
        List<Integer> lines = new ArrayList<>();
        List<Path> chain = new ArrayList<>();
        chain.add(page.file().toAbsolutePath().normalize());
        s.include(markdown, "", 0, chain, out, lines);
        if (out.length() > 0) out.setLength(out.length() - 1); // the last line's newline
        int[] map = lines.stream().mapToInt(Integer::intValue).toArray();
        return new Expanded(out.toString(), map);
    }

    /**
     * Appends text (page text when {@code atLine} is 0, else included at that page line) to {@code out}.
     */
    private void include(String text, String indent, int atLine, List<Path> chain, StringBuilder out, List<Integer> lines) {
        String[] all = text.split("\n", -1);
        boolean inFence = false;
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            int pageLine = atLine > 0 ? atLine : i + 1;
            String t = line.stripLeading();
            if (t.startsWith("```") || t.startsWith("~~~")) inFence = !inFence;
            Matcher single = inFence ? null : SINGLE.matcher(line);
            if (single != null && single.matches()) {
                int column = single.group(1).length() + line.substring(single.group(1).length()).indexOf(single.group(2)) + 2;
                insert(single.group(3), indent + single.group(1), pageLine, column, chain, out, lines);
                continue;
            }
            Matcher block = inFence ? null : BLOCK.matcher(line);
            if (block != null && block.matches()) {
                int end = i + 1;
                while (end < all.length && !BLOCK.matcher(all[end]).matches()) end++;
                if (end < all.length) {
                    for (int k = i + 1; k < end; k++) {
                        String p = all[k].strip();
                        if (p.isEmpty() || p.startsWith(";")) continue;
                        int column = all[k].indexOf(p) + 1;
                        insert(p, indent + block.group(1), atLine > 0 ? atLine : k + 1, column, chain, out, lines);
                    }
                    i = end;
                    continue;
                }
            }
            out.append(line.isEmpty() ? "" : indent + line).append('\n');
            lines.add(pageLine);
        }
    }

    private void insert(String written, String indent, int pageLine, int column, List<Path> chain, StringBuilder out,
                        List<Integer> lines) {
        if (written.startsWith(";")) return; // pymdownx's way to leave a line out
        Path file = find(written);
        if (file == null) {
            diagnostics.error(page.displayPath(), pageLine, column, "snippet `" + written
                    + "` not found (looked beside the page, in the content folder and in the project folder)");
            return;
        }
        if (chain.contains(file) || chain.size() > MAX_DEPTH) {
            List<String> names = new ArrayList<>();
            for (Path p : chain) names.add(name(p));
            names.add(name(file));
            diagnostics.error(page.displayPath(), pageLine, column, "snippet include cycle: " + String.join(" -> ", names));
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException | RuntimeException e) {
            diagnostics.error(page.displayPath(), pageLine, column, "snippet `" + written + "` cannot be read: " + e.getMessage());
            return;
        }
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        chain.add(file);
        include(text, indent, pageLine, chain, out, lines);
        chain.remove(chain.size() - 1);
    }

    /** The file a snippet path names, inside the project folder, or null. */
    private Path find(String written) {
        for (Path base : List.of(pageFolder, contentRoot, projectRoot)) {
            Path p = base.resolve(written).normalize();
            if (p.startsWith(projectRoot) && Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private String name(Path p) {
        return projectRoot.relativize(p).toString().replace('\\', '/');
    }
}
