package dev.lectern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.diag.Diagnostic;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links the site checker refuses before anything is written: a Markdown link to a file that is not
 * published, a link leaving the site, and the theme's own links and anchors.
 */
class LinkCheckTest {
    @TempDir
    Path tmp;

    // Checks that links and images to missing non-page files are errors at their line and column, and published ones are not.
    @Test
    void missingFilesAreReported() {
        TestSite site = TestSite.create(tmp)
                .file("content/index.md", "# Home\n\n![dot](img/dot.svg) and ![gone](img/gone.png)\n\n"
                        + "The [notes](files/notes.pdf).\n")
                .file("content/img/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").build();
        assertThat(site.printed()).containsExactly(
                "content/index.md:3:25: error: broken link `img/gone.png`: nothing is published at /img/gone.png",
                "content/index.md:5:5: error: broken link `files/notes.pdf`: nothing is published at /files/notes.pdf");
        assertThat(site.result().written()).isFalse();
        assertThat(Files.exists(site.out())).isFalse();
    }

    // Checks that a missing anchor is reported whichever way the link names its page (the page itself,
    // its folder with or without the slash, its index.html), with the page named as the reader sees it.
    @Test
    void missingAnchorsWhicheverWayThePageIsNamed() {
        TestSite site = TestSite.create(tmp)
                .file("content/index.md", "# Home\n\n## Start\n\n[a](#gone) [b](dns/index.html#nope) [c](dns/#records)\n")
                .file("content/dns.md", "# DNS\n\n## Records\n\nBack [home](index.md#strat).\n").build();
        assertThat(site.printed()).containsExactly(
                "content/dns.md:5:6: error: broken anchor `#strat` in link `index.md#strat`: / has no heading or element"
                        + " with that id; did you mean `#start`?",
                "content/index.md:5:1: error: broken anchor `#gone` in link `#gone`: this page has no heading or element with that id",
                "content/index.md:5:12: error: broken anchor `#nope` in link `dns/index.html#nope`: /dns/ has no heading or"
                        + " element with that id");
    }

    // Checks that a link climbing above the content folder is an error at its position.
    @Test
    void linkLeavingTheSite() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\nSee [the sources](../../src/x.md).\n")
                .build();
        assertThat(site.printed()).containsExactly(
                "content/index.md:3:5: error: broken link `../../src/x.md`: it leads outside the site");
    }

    private BuildResult buildWithLayoutLinks(String links, String basePath) throws IOException {
        Path theme = tmp.resolve("theme");
        try (Stream<Path> s = Files.walk(TestSite.THEME)) {
            for (Path p : s.toList()) {
                Path t = theme.resolve(TestSite.THEME.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        Path layout = theme.resolve("templates/layout.jte");
        String before = Files.readString(layout);
        String after = before.replace("<main id=\"main\" class=\"main\" tabindex=\"-1\">",
                "<main id=\"main\" class=\"main\" tabindex=\"-1\">" + links);
        assertThat(after).isNotEqualTo(before);
        Files.writeString(layout, after);
        TestSite.create(tmp).file("content/index.md", "# Home\n\n## Part\n").file("content/a.md", "# A\n");
        return new Build(BuildOptions.builder().content(tmp.resolve("content")).theme(theme)
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).basePath(basePath).build()).run();
    }

    // Checks the theme's links: a broken anchor, a missing file and a link outside the base path are errors naming
    // the output page; working ones (an anchor that exists, a page) are not.
    @Test
    void brokenThemeLinksAndAnchors() throws IOException {
        BuildResult r = buildWithLayoutLinks("<a href=\"#main\">ok</a><a href=\"#nowhere\">x</a>"
                + "<a href=\"${page.href(\"\")}#part\">ok</a><a href=\"${page.href(\"\")}#gone\">x</a>"
                + "<a href=\"${page.href(\"missing.css\")}\">x</a><a href=\"/elsewhere/\">x</a>", "/course/");
        List<String> index = r.diagnostics().stream().filter(d -> d.file().equals("index.html"))
                .map(Diagnostic::format).toList();
        assertThat(index).containsExactlyInAnyOrder(
                "index.html: error: broken theme anchor `#nowhere`",
                "index.html: error: broken theme anchor `./#gone`",
                "index.html: error: broken theme link `missing.css`",
                "index.html: error: theme link `/elsewhere/` leads outside the site");
        assertThat(r.diagnostics()).filteredOn(d -> d.file().equals("a/index.html")).extracting(Diagnostic::message)
                .containsExactlyInAnyOrder("broken theme anchor `#nowhere`", "broken theme anchor `../#gone`",
                        "broken theme link `../missing.css`", "theme link `/elsewhere/` leads outside the site");
        assertThat(r.written()).isFalse();
    }
}
