package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.render.OutputPage;
import dev.lectern.testing.Needs;
import dev.lectern.testing.Nginx;
import dev.lectern.testing.Tool;
import dev.lectern.testing.TestSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh build as a stock Nginx serves it: workers as {@code www-data} (Debian's default), not as
 * the user who built the site, so every folder and file must be readable by others (the umask's
 * 0755/0644, not a temporary folder's 0700). Also: dot files are not served, {@code .well-known/}
 * is, and the generated block passes {@code nginx -t} for plain base paths.
 */
@Needs(Tool.NGINX)
class NginxWorkersTest {
    @TempDir
    Path tmp;

    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static int status(Nginx nginx, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(nginx.url(path))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    // Checks that every page of a fresh build answers 200 to Nginx workers running as www-data, that dot files
    // (the build's marker, one left in the output) are 404 and that .well-known/ from content/ is served.
    @Test
    void freshBuildServedByWwwData() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "www-data test skipped: only root can start Nginx workers as another user");
        Assumptions.assumeTrue(Files.readString(Path.of("/etc/passwd")).contains("\nwww-data:"),
                "www-data test skipped: this machine has no www-data user");
        // The test's own folder is private; open it (not what is built inside it) to other users.
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        TestSite site = TestSite.fixture("basic", tmp)
                .file("content/.well-known/security.txt", "Contact: mailto:security@example.org\n")
                .file("content/.env", "SECRET=1\n").build();
        assertThat(site.printed()).isEmpty();
        Files.writeString(site.out().resolve(".htpasswd"), "left here by hand\n");
        int port = Nginx.freePort();
        String conf = new NginxConfig(site.out(), "/", port, "localhost").render()
                .replace("listen " + port + ";", "listen 127.0.0.1:" + port + ";");
        try (Nginx nginx = Nginx.start(conf, port, tmp.resolve("nginx"), "www-data")) {
            List<String> failures = new ArrayList<>();
            for (OutputPage p : site.result().pages()) {
                if (p.path().equals("404.html")) continue;
                int s = status(nginx, "/" + p.url());
                if (s != 200) failures.add("/" + p.url() + " -> " + s);
            }
            assertThat(failures).isEmpty();
            assertThat(site.result().pages().size()).isGreaterThan(5);
            assertThat(status(nginx, "/.well-known/security.txt")).isEqualTo(200);
            assertThat(status(nginx, "/.lectern-site")).isEqualTo(404);
            assertThat(status(nginx, "/.htpasswd")).isEqualTo(404);
            assertThat(status(nginx, "/.env")).isEqualTo(404);
            assertThat(site.out().resolve(".env")).doesNotExist();
            assertThat(nginx.log()).doesNotContain("Permission denied");
        }
    }

    // Checks that the generated block passes `nginx -t` at the root and under plain base paths.
    @Test
    void configPassesNginxTest() throws Exception {
        for (String base : List.of("/", "/course/", "/~me/v1.2/course_a-b/")) {
            String conf = new NginxConfig(tmp.resolve("site"), base, Nginx.freePort(), "localhost").render();
            Path dir = tmp.resolve("t" + Math.abs(base.hashCode()));
            assertThat(Nginx.test(conf, dir)).as(base).startsWith("exit 0\n").contains("syntax is ok");
        }
    }
}
