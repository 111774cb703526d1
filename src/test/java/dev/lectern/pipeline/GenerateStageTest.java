package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.render.OutputPage;
import dev.lectern.render.SiteGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The generators run at the same time, but what they make reaches the build as if they had run one after
 * the other: pages and files in the generators' order whichever finishes first, a generator that reads the
 * generated pages sees all those before it, and a failing one stops the build with its own exception and
 * diagnostics, without those of the generators after it.
 */
class GenerateStageTest {
    /** A generator that waits {@code millis}, then adds a page, a file and a warning named {@code name}. */
    private record Maker(String name, long millis) implements SiteGenerator {
        @Override
        public void generate(Context context) {
            sleep(millis);
            context.addPage(new OutputPage(name + ".html", name + "/", "<p>" + name, null));
            context.addFile(name + ".txt", name.getBytes(StandardCharsets.UTF_8));
            context.diagnostics().warning(name + ".md", 1, 1, "made " + name);
        }
    }

    /** Lists the pages it finds made, as the sitemap does. */
    private static final class Reader implements SiteGenerator {
        final List<String> seen = new ArrayList<>();

        @Override
        public boolean readsGenerated() {
            return true;
        }

        @Override
        public void generate(Context context) {
            for (OutputPage p : context.outputPages()) seen.add(p.path());
            context.addFile("list.txt", String.join(",", seen).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SiteGenerator.Context context(Diagnostics diagnostics) {
        return new SiteGenerator.Context(null, List.of(), null, diagnostics, new ArrayList<>(),
                Collections.synchronizedMap(new LinkedHashMap<>()));
    }

    private static List<String> paths(SiteGenerator.Context c) {
        return c.outputPages().stream().map(OutputPage::path).toList();
    }

    @RepeatedTest(5)
    void pagesAndFilesKeepTheGeneratorsOrderWhicheverFinishesFirst() {
        Reader reader = new Reader();
        GenerateStage stage = new GenerateStage(List.of(new Maker("slow", 60), new Maker("quick", 0),
                new Maker("middle", 20), reader, new Maker("after", 0), new Maker("last", 10)));
        Diagnostics diagnostics = new Diagnostics();
        SiteGenerator.Context c = context(diagnostics);
        stage.run(c, true, () -> {});

        assertThat(paths(c)).containsExactly("slow.html", "quick.html", "middle.html", "after.html", "last.html");
        assertThat(c.outputFiles().keySet())
                .containsExactly("slow.txt", "quick.txt", "middle.txt", "list.txt", "after.txt", "last.txt");
        assertThat(reader.seen).containsExactly("slow.html", "quick.html", "middle.html");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message)
                .containsExactly("made after", "made last", "made middle", "made quick", "made slow");
    }

    @RepeatedTest(5)
    void aFailingGeneratorThrowsItsOwnExceptionWithWhatItAndThoseBeforeItReported() {
        IllegalStateException thrown = new IllegalStateException("broken partial");
        SiteGenerator failing = context -> {
            sleep(30);
            context.addPage(new OutputPage("failing.html", "failing/", "<p>", null));
            context.diagnostics().error("theme/templates/partials/review.jte", 3, 7, "half made");
            throw thrown;
        };
        Reader reader = new Reader();
        GenerateStage stage = new GenerateStage(List.of(new Maker("before", 0), failing, new Maker("quick", 0),
                reader));
        Diagnostics diagnostics = new Diagnostics();
        SiteGenerator.Context c = context(diagnostics);

        assertThatThrownBy(() -> stage.run(c, true, () -> {})).isSameAs(thrown);
        assertThat(paths(c)).containsExactly("before.html", "failing.html");
        assertThat(c.outputFiles().keySet()).containsExactly("before.txt");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly("before.md:1:1: warning: made before",
                "theme/templates/partials/review.jte:3:7: error: half made");
        assertThat(reader.seen).as("a generator after the failure's group never starts").isEmpty();
    }

    @Test
    void aGeneratorThatCanWaitAndFailsAddsNoFileAndIsRunAgainNextTime() {
        SiteGenerator search = new SiteGenerator() {
            int runs;

            @Override
            public boolean canWait() {
                return true;
            }

            @Override
            public void generate(Context context) {
                context.addFile("search/index.js", new byte[] {1});
                if (runs++ == 0) throw new IllegalStateException("first run fails");
            }
        };
        GenerateStage stage = new GenerateStage(List.of(new Maker("page", 0), search));
        SiteGenerator.Context first = context(new Diagnostics());
        assertThatThrownBy(() -> stage.run(first, true, () -> {})).hasMessage("first run fails");
        assertThat(first.outputFiles().keySet()).containsExactly("page.txt");
        assertThat(stage.laterPaths()).isEmpty();

        SiteGenerator.Context second = context(new Diagnostics());
        GenerateStage.Waiting waiting = stage.run(second, true, () -> {});
        assertThat(waiting.generators()).as("it never ran to the end: it runs now").isEmpty();
        assertThat(second.outputFiles().keySet()).containsExactly("page.txt", "search/index.js");
        assertThat(stage.laterPaths()).containsExactly("search/index.js");

        Map<String, byte[]> third = context(new Diagnostics()).outputFiles();
        assertThat(stage.run(new SiteGenerator.Context(null, List.of(), null, new Diagnostics(), new ArrayList<>(), third),
                true, () -> {}).generators()).containsExactly(1);
        assertThat(third.keySet()).containsExactly("page.txt");
    }
}
