package dev.lectern.blocks;

import static dev.lectern.util.Html.escape;

/**
 * The {@code terminal} block: a shell session. Lines starting with {@code $ } are commands (shown
 * with a prompt that copy-and-paste leaves out), the rest is their output.
 *
 * <pre>
 * ```terminal
 * $ dig +short www.foobar.com A
 * 203.0.113.10
 * ```
 * </pre>
 */
public final class TerminalBlock implements BlockKind {
    @Override
    public String name() {
        return "terminal";
    }

    @Override
    public BlockOutput render(FencedBlock block, BlockContext context) {
        StringBuilder html = new StringBuilder("<div class=\"terminal\">");
        String title = block.info().strip();
        if (!title.isEmpty()) html.append("<p class=\"terminal-title\">").append(escape(title)).append("</p>");
        html.append("<pre class=\"terminal-body\"><code>");
        String text = block.text().endsWith("\n") ? block.text().substring(0, block.text().length() - 1) : block.text();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("$ ") || line.equals("$")) {
                html.append("<span class=\"terminal-prompt\" aria-hidden=\"true\">$ </span><kbd class=\"terminal-command\">")
                        .append(escape(line.length() > 2 ? line.substring(2) : "")).append("</kbd>\n");
            } else {
                html.append("<samp class=\"terminal-output\">").append(escape(line)).append("</samp>\n");
            }
        }
        html.append("</code></pre></div>");
        return BlockOutput.of(html.toString(), "css/terminal.css");
    }
}
