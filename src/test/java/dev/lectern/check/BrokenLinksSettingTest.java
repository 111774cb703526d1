package dev.lectern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.cli.Main;
import dev.lectern.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code links: error | warn} in site.yaml, {@code --strict} / {@code --no-strict} on the command line. */
class BrokenLinksSettingTest {
    @TempDir
    Path tmp;

    private static final String PAGE = "# Home\n\nSee [the guide](guide.md) and [a part](other.md#nowhere).\n\n"
            + "Fine: [other](other.md). ![diagram](img/missing.png)\n";

    private TestSite site(String siteYaml) {
        TestSite site = TestSite.create(tmp).file("content/index.md", PAGE).file("content/other.md", "# Other\n");
        if (siteYaml != null) site.file("content/site.yaml", siteYaml);
        return site;
    }

    // Checks the default: every broken link is an error at file:line:col and nothing is written.
    @Test
    void errorByDefault() {
        TestSite site = site(null).build();
        assertThat(site.printed()).containsExactly(
                "content/index.md:3:5: error: broken link `guide.md`: there is no page guide.md",
                "content/index.md:3:31: error: broken anchor `#nowhere` in link `other.md#nowhere`: /other/ has no heading or element with that id",
                "content/index.md:5:26: error: broken link `img/missing.png`: nothing is published at /img/missing.png");
        assertThat(Files.exists(site.out())).isFalse();
    }

    // Checks links: warn: the same problems as warnings at the same places, the site written, each broken link plain text with a title saying why.
    @Test
    void warnWritesPlainText() {
        TestSite site = site("links: warn\n").build();
        assertThat(site.printed()).containsExactly(
                "content/index.md:3:5: warning: broken link `guide.md`: there is no page guide.md",
                "content/index.md:3:31: warning: broken anchor `#nowhere` in link `other.md#nowhere`: /other/ has no heading or element with that id",
                "content/index.md:5:26: warning: broken link `img/missing.png`: nothing is published at /img/missing.png");
        assertThat(site.result().ok()).isTrue();
        Document home = site.page("index.html");
        assertThat(home.select(".page-body a").eachAttr("href")).containsExactly("other/");
        assertThat(home.select(".page-body span.broken-link").eachText()).containsExactly("the guide", "a part", "diagram");
        assertThat(home.select(".page-body span.broken-link").eachAttr("title")).containsExactly(
                "broken link guide.md: there is no page guide.md",
                "broken anchor #nowhere in link other.md#nowhere: /other/ has no heading or element with that id",
                "broken link img/missing.png: nothing is published at /img/missing.png");
        assertThat(home.select(".page-body img")).isEmpty();
        assertThat(site.result().summary()).contains("3 warnings (3 broken links)");
    }

    // Checks the command line wins over site.yaml both ways, on build and check, with the summary by kind.
    @Test
    void strictFlagsOverrideTheSetting() {
        site("links: warn\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "build", "--strict")).isEqualTo(1);
        assertThat(err.toString()).contains("content/index.md:3:5: error: broken link `guide.md`");
        site("links: error\n");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run(out, err, "check", "--no-strict")).isEqualTo(0);
        assertThat(err.toString()).contains("content/index.md:3:5: warning: broken link `guide.md`");
        assertThat(out.toString()).contains("3 warnings (3 broken links) in");
        assertThat(run(out, err, "build", "--no-strict")).isEqualTo(0);
        assertThat(TestSite.create(tmp).page("index.html").select("span.broken-link")).hasSize(3);
    }

    // Checks links: warn on a Q&A page (its body in cards), in a quiz's text, for reference links and a marked term: each broken link becomes text where it was, the rest of the page unchanged.
    @Test
    void warnUnlinksEveryKindOfBody() {
        TestSite site = TestSite.create(tmp).file("content/site.yaml", "links: warn\n")
                .file("content/glossary.yaml", "- term: server\n  definition: A computer that answers.\n")
                .file("content/index.md", """
                        # Home

                        A server, [a *ref*][r] and [fine](qa/index.md).

                        ```quiz
                        questions:
                          - q: Which [link](gone.md)?
                            answers:
                              - text: right
                                correct: true
                              - text: wrong
                        ```

                        [r]: missing/page/
                        """)
                .file("content/qa/index.md", """
                        ---
                        title: Questions
                        layout: qa
                        ---
                        ## What is a server?

                        An answer with [home](../index.md).

                        ## Notes

                        A [broken note](../nowhere.md) about a server.
                        """).build();
        assertThat(site.printed()).containsExactly(
                "content/index.md:3:11: warning: broken link `missing/page/`: nothing is published at /missing/page/",
                "content/index.md:5:1: warning: broken link `gone.md`: there is no page gone.md",
                "content/qa/index.md:11:3: warning: broken link `../nowhere.md`: there is no page nowhere.md");
        Document home = site.page("index.html");
        assertThat(home.select(".page-body span.broken-link").eachText()).containsExactly("a ref", "link");
        assertThat(home.select(".page-body span.broken-link em").eachText()).containsExactly("ref");
        assertThat(home.select(".page-body a[href]").eachAttr("href")).containsExactly("glossary/#server", "qa/");
        Document qa = site.page("qa/index.html");
        assertThat(qa.select(".page-body span.broken-link").eachAttr("title"))
                .containsExactly("broken link ../nowhere.md: there is no page nowhere.md");
        assertThat(qa.select(".page-body section.qa-card a[href]").eachAttr("href")).containsExactly("#what-is-a-server", "../");
        assertThat(qa.select(".page-body a.term").eachAttr("href")).containsExactly("../glossary/#server");
        assertThat(qa.select(".page-body a[href$=nowhere.md]")).isEmpty();
    }

    // Checks a wrong value of links: is an error at its position.
    @Test
    void badSettingValue() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n")
                .file("content/site.yaml", "title: T\nlinks: maybe\n").build();
        assertThat(site.printed()).containsExactly(
                "content/site.yaml:2:8: error: `links` must be `error` (a broken link fails the build) or `warn`, not `maybe`");
    }

    private int run(StringWriter out, StringWriter err, String command, String flag) {
        String prefix = tmp.toString() + "/";
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), command, flag, "--content",
                tmp.resolve("content").toString(), "--theme", TestSite.THEME.toString(), "--out",
                tmp.resolve("site").toString(), "--cache", TestSite.CACHE.toString());
        String e = err.toString().replace(prefix, "");
        err.getBuffer().setLength(0);
        err.append(e);
        return code;
    }
}
