package dev.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quiz errors in real pages: positions in the file (after front matter), all reported at once, site-wide ids. */
class QuizBuildErrorsTest {
    @TempDir
    Path tmp;

    // Checks that errors in two quizzes on two pages are all reported, at their lines in each file.
    @Test
    void errorsInPagesPointIntoTheFile() {
        TestSite site = TestSite.create(tmp)
                .file("content/index.md", "# Home\n")
                .file("content/a.md", "---\ntitle: A\n---\n\nText.\n\n```quiz\nquestions:\n  - q: One\n"
                        + "    answers: [x, y]\n```\n")
                .file("content/b.md", "# B\n\n  ```quiz\n  questions:\n    - q: Two\n      order: [only]\n  ```\n")
                .build();
        assertThat(site.printed()).containsExactly(
                "content/a.md:10:5: error: choice question has no correct answer; mark at least one with `correct: true`",
                "content/b.md:6:7: error: `order` needs at least 2 items, found 1");
        assertThat(site.result().written()).isFalse();
    }

    // Checks that an explicit question id used on two pages is an error at the second use.
    @Test
    void duplicateIdsInTheSite() {
        String quiz = "```quiz\nquestions:\n  - q: Same?\n    id: same\n    answer: true\n```\n";
        TestSite site = TestSite.create(tmp)
                .file("content/index.md", "# Home\n")
                .file("content/a.md", "# A\n\n" + quiz)
                .file("content/b.md", "# B\n\nIntro.\n\n" + quiz)
                .build();
        assertThat(site.printed()).containsExactly("content/b.md:7:5: error: duplicate question id `same` (also at "
                + "content/a.md:5); saved progress needs ids unique in the site");
    }

    // Checks that an explicit quiz id used on two pages is an error at the second quiz's fence.
    @Test
    void duplicateQuizIdsInTheSite() {
        String quiz = "```quiz\nid: shared\nquestions:\n  - q: Same?\n    answer: true\n```\n";
        TestSite site = TestSite.create(tmp)
                .file("content/index.md", "# Home\n")
                .file("content/a.md", "# A\n\n" + quiz)
                .file("content/b.md", "# B\n\nIntro.\n\n" + quiz.replace("Same?", "Other?"))
                .build();
        assertThat(site.printed()).contains("content/b.md:5:1: error: duplicate quiz id `shared` (also at "
                + "content/a.md:3); give each quiz its own `id:`");
    }
}
