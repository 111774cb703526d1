package dev.lectern.blocks;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code terminal} block: a shell session. Lines starting with {@code $ } are commands (shown
 * with a prompt that copy-and-paste leaves out), the rest is their output. This class splits the
 * session into lines ({@link View}); the theme's {@code partials/terminal.jte} writes the markup.
 *
 * <pre>
 * ```terminal
 * $ dig +short www.foobar.com A
 * 203.0.113.10
 * ```
 * </pre>
 */
public final class TerminalBlock implements BlockKind {
    public static final String TEMPLATE = "partials/terminal.jte";

    @Override
    public String name() {
        return "terminal";
    }

    @Override
    public BlockOutput render(FencedBlock block, BlockContext context) {
        return BlockOutput.of(context.markup().render(TEMPLATE, view(block)), "css/terminal.css");
    }

    static View view(FencedBlock block) {
        String title = block.info().strip();
        String text = block.text().endsWith("\n") ? block.text().substring(0, block.text().length() - 1) : block.text();
        List<Line> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            boolean command = line.startsWith("$ ") || line.equals("$");
            lines.add(new Line(command, command ? (line.length() > 2 ? line.substring(2) : "") : line));
        }
        return new View(title.isEmpty() ? null : title, List.copyOf(lines));
    }

    /** A shell session as the theme's {@code partials/terminal.jte} shows it; {@code title} is null without one. */
    public record View(String title, List<Line> lines) {}

    /** One line: a command (without its {@code $ } prompt) or a line of output, as plain text. */
    public record Line(boolean command, String text) {}
}
