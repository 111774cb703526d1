package dev.lectern.pipeline;

import dev.lectern.blocks.BlockKinds;
import dev.lectern.blocks.Markup;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.SourcePage;
import dev.lectern.diag.Diagnostics;
import dev.lectern.highlight.Highlighter;
import dev.lectern.markdown.MarkdownRenderer;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.quiz.QuizBlock;
import dev.lectern.yaml.YamlReader;
import java.util.Map;

/**
 * Readies the code a build runs first, on the second core, while the first one is still reading the command
 * line, the settings and the pages ({@code Main} starts it for {@code build} and {@code check}). A small build
 * spent its first third of a second on one core (the JVM, picocli's model of the command, loading the content),
 * then met flexmark, the quiz parser, YAML and the highlighter cold on both: this thread parses and renders a
 * sample page that uses them, so their classes are loaded and initialised, and their busiest methods on their
 * way to the compiler, by the time the first page is parsed. The page is thrown away: a renderer of its own, no
 * diagram (which would lay out and write the diagram cache), no file read or written, and the theme's partials
 * replaced by nothing. Whatever goes wrong here is ignored: only time was at stake.
 */
public final class Warmup {
    private Warmup() {}

    /** A page of the kinds of Markdown courses hold, with a quiz (its YAML too). */
    static final String SAMPLE = """
            # A sample page

            Some *emphasis*, **strong** text, `code`, a [link](other.md#part), an ![image](pic.png "title"),
            a footnote[^1] and ~~struck~~ text & an entity &amp; <kbd>Ctrl</kbd>.

            ## A list, a table and code

            1. One step
            2. Another, with `a command`

            - [ ] a task
            - [x] done
              - nested

            | Symptom | Cause |
            |---|---|
            | slow | `swap` |

            > **Tip:** a quote.

            ```bash
            # a comment
            systemctl status nginx --no-pager | grep "active" > out.txt
            ```

            ```python
            def f(x):
                return x * 2  # doubled
            ```

            Term
            :   Its definition.

            !!! note "A callout"
                With text.

            ```quiz
            title: A quiz
            questions:
              - q: "Which one?"
                answers:
                  - text: This one
                    correct: true
                  - text: That one
                    why: Because.
                explain: "See [the page](other.md)."
              - q: How many?
                number: 3
            ```

            [^1]: The footnote.
            """;

    /**
     * Starts the warm-up on a thread of its own, which does not keep the JVM alive; not on one core, which it would
     * only take from the build.
     */
    public static void start() {
        if (Runtime.getRuntime().availableProcessors() < 2) return;
        Thread t = new Thread(Warmup::run, "lectern-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** Parses and renders {@link #SAMPLE}; what it found, when nothing went wrong (tests read it). */
    static RenderedPage run() {
        try {
            Markup none = new Markup() {
                @Override
                public String render(String template, Object model) {
                    return "";
                }

                @Override
                public String render(String template, Object model, Found found) {
                    return "";
                }

                @Override
                public String text(String template, Map<String, Object> params) {
                    return "";
                }
            };
            YamlReader.read("title: \"A sample\"\nweight: 2\ntags: [a, b]\n");
            MarkdownRenderer markdown = new MarkdownRenderer(BlockKinds.builtIn().register(new QuizBlock()), false,
                    new Highlighter(), none);
            SourcePage page = new SourcePage(null, "sample.md", "sample.md", "sample/", FrontMatter.EMPTY, SAMPLE,
                    "A sample page", true, false);
            Diagnostics diagnostics = new Diagnostics();
            RenderedPage rendered = markdown.render(page, source -> source.equals("other.md") ? "other/" : null,
                    diagnostics);
            return diagnostics.sorted().isEmpty() ? rendered : null;
        } catch (Throwable e) {
            return null;
        }
    }
}
