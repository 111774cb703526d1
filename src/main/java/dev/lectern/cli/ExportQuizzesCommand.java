package dev.lectern.cli;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.ProjectRoot;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.diag.Diagnostic;
import dev.lectern.quiz.Quiz;
import dev.lectern.quiz.QuizExport;
import dev.lectern.quiz.QuizIndex;
import dev.lectern.render.OutputPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lectern export-quizzes}: the whole quiz bank as Moodle GIFT or JSON, for an LMS. */
@Command(name = "export-quizzes", mixinStandardHelpOptions = true,
        description = "Write every quiz of the course in Moodle's GIFT format or as JSON.")
final class ExportQuizzesCommand implements Callable<Integer> {
    enum Format { gift, json }

    @Option(names = "--format", paramLabel = "gift|json", description = "gift (Moodle) or json (default: ${DEFAULT-VALUE}).",
            defaultValue = "gift")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    BuildOptionsMixin.Sources sources;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path root = ProjectRoot.find(Path.of(""));
        BuildResult result = new Build(sources.builder(root).out(root.resolve("site")).write(false).build()).run();
        for (Diagnostic d : result.diagnostics()) err.println(d.format());
        if (!result.ok()) {
            err.println("error: " + result.errors() + " error" + (result.errors() == 1 ? "" : "s")
                    + " found; nothing was exported");
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        List<Quiz> quizzes = QuizIndex.all(result.pages().stream().map(OutputPage::source)
                .filter(Objects::nonNull).toList());
        String text;
        if (format == Format.gift) {
            QuizExport.Result gift = QuizExport.gift(quizzes);
            gift.notes().forEach(n -> err.println(n.replaceFirst(": ", ": note: ")));
            text = gift.text();
        } else {
            text = QuizExport.json(quizzes);
        }
        int questions = quizzes.stream().mapToInt(Quiz::size).sum();
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("lectern: cannot write " + out + ": " + e.getMessage());
                err.flush();
                return Main.CONTENT_ERRORS;
            }
            spec.commandLine().getOut().println("Exported " + dev.lectern.pipeline.BuildResult.count(quizzes.size(), "quiz", "quizzes") + ", "
                    + dev.lectern.pipeline.BuildResult.count(questions, "question", "questions") + " to " + out + " (" + format + ")");
        }
        err.flush();
        return Main.OK;
    }
}
