package dev.lectern.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.content.GitDates;
import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sitemap.xml from base_url, and "last updated" dates from one git call. */
class SitemapTest {
    @TempDir
    Path tmp;

    // Checks that with base_url every page is listed with an absolute URL under the base path, 404, search and the per-reader progress and review pages left out.
    @Test
    void listsPagesWithAbsoluteUrls() {
        TestSite site = TestSite.create(tmp).file("content/site.yaml", "base_url: https://example.org/\nbase_path: /course/\n")
                .file("content/index.md", "# Home\n").file("content/a.md", "# A & B\n").build();
        assertThat(site.printed()).isEmpty();
        assertThat(site.read("sitemap.xml")).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.org/course/</loc></url>
                  <url><loc>https://example.org/course/a/</loc></url>
                </urlset>
                """);
    }

    // Checks that without base_url no sitemap is written (the protocol needs absolute URLs).
    @Test
    void noBaseUrlNoSitemap() {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n").build();
        assertThat(Files.exists(site.out().resolve("sitemap.xml"))).isFalse();
    }

    // Checks that dates come from the last commit touching each file, that pages and the sitemap show them, and none outside git.
    @Test
    void lastUpdatedFromGit() throws Exception {
        TestSite site = TestSite.create(tmp).file("content/site.yaml", "base_url: https://example.org\n")
                .file("content/index.md", "# Home\n").file("content/a.md", "# A\n");
        assertThat(GitDates.of(tmp.resolve("content"))).isEmpty();
        git("init", "-q");
        git("add", "content/index.md");
        git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one",
                "--date=2024-01-02T10:00:00Z");
        gitWithDate("2025-03-04T10:00:00Z", "add", "content/a.md");
        gitWithDate("2025-03-04T10:00:00Z", "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "two");
        assertThat(GitDates.of(tmp.resolve("content"))).containsOnlyKeys("index.md", "a.md")
                .containsEntry("a.md", "2025-03-04");
        site.build();
        assertThat(site.page("a/index.html").select("footer time").attr("datetime")).isEqualTo("2025-03-04");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/a/</loc><lastmod>2025-03-04</lastmod>");
    }

    private void git(String... args) throws Exception {
        gitWithDate("2024-01-02T10:00:00Z", args);
    }

    private void gitWithDate(String date, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_COMMITTER_DATE", date);
        pb.environment().put("GIT_AUTHOR_DATE", date);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
