package dev.lectern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serving rules of {@code lectern serve}, checked with a raw HTTP client on a free port. */
class PreviewServerTest {
    @TempDir
    static Path tmp;
    static PreviewFixture site;

    @BeforeAll
    static void start() throws Exception {
        TestSite.fixture("basic", tmp);
        TestSite.create(tmp).file("content/.well-known/security.txt", "Contact: mailto:security@example.org\n");
        Files.writeString(tmp.resolve("secret.txt"), "outside the site");
        site = PreviewFixture.start(tmp);
        // A symlink inside the output folder that points out of it.
        Files.createSymbolicLink(tmp.resolve("site/leak.txt"), tmp.resolve("secret.txt"));
        // A dot file left in the output by hand, and one in a folder.
        Files.writeString(tmp.resolve("site/.env"), "SECRET=1\n");
        Files.createDirectories(tmp.resolve("site/dns/.git"));
        Files.writeString(tmp.resolve("site/dns/.git/config"), "[core]\n");
    }

    /** The policy as the README documents it, written out here on purpose (not taken from the code). */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";

    // Every response (page, asset, 404, redirect) carries the same security headers as the Nginx config.
    @Test
    void sendsTheSameSecurityHeadersAsNginx() throws Exception {
        for (String path : new String[] {"/", "/dns/records/", "/assets/js/lectern-live.js", "/no/such/page/", "/dns"}) {
            Http.Reply r = Http.get(site.port(), path);
            assertThat(r.header("content-security-policy")).as(path).isEqualTo(CSP);
            assertThat(r.header("x-content-type-options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("referrer-policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(r.header("x-frame-options")).as(path).isEqualTo("SAMEORIGIN");
        }
        assertThat(new dev.lectern.publish.NginxConfig(tmp.resolve("site"), "/", 80, "_").render())
                .contains("add_header Content-Security-Policy \"" + CSP + "\" always;");
    }

    // Dot files are not served (the build's marker, files left in the output); .well-known/ is.
    @Test
    void dotFilesAreNotServed() throws Exception {
        assertThat(tmp.resolve("site/.lectern-site")).exists();
        // "%2eenv" is not a dot segment, so Jetty decodes it to ".env" and the handler refuses it like the others.
        for (String path : new String[] {"/.lectern-site", "/.env", "/dns/.git/config", "/%2eenv"}) {
            Http.Reply r = Http.get(site.port(), path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("<h1>Page not found</h1>")
                    .doesNotContain("SECRET", "[core]", "every build replaces it");
        }
        Http.Reply wellKnown = Http.get(site.port(), "/.well-known/security.txt");
        assertThat(wellKnown.status()).isEqualTo(200);
        assertThat(wellKnown.body()).isEqualTo("Contact: mailto:security@example.org\n");
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    // A page is served with its content type, a validator pair and no-cache, and the preview client in it.
    @Test
    void servesPagesWithTypesAndValidators() throws Exception {
        Http.Reply r = Http.get(site.port(), "/dns/records/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("content-type")).isEqualTo("text/html;charset=utf-8");
        assertThat(r.header("etag")).isNotBlank();
        assertThat(r.header("last-modified")).isNotBlank();
        assertThat(r.header("cache-control")).isEqualTo("no-cache");
        assertThat(r.body()).contains("<title>DNS records").contains("assets/js/lectern-live.js");
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"[./]*(assets/css/lectern(\\.[0-9a-f]{8})?\\.css)\"")
                .matcher(r.body());
        assertThat(css.find()).as("stylesheet link (preview builds keep asset names)").isTrue();
        assertThat(Http.get(site.port(), "/" + css.group(1)).header("content-type"))
                .isEqualTo("text/css;charset=utf-8");
        assertThat(Http.get(site.port(), "/assets/js/lectern-live.js").header("content-type"))
                .isEqualTo("text/javascript;charset=utf-8");
        assertThat(Http.get(site.port(), "/img/dot.svg").header("content-type")).isEqualTo("image/svg+xml");
    }

    // A client that has the current version gets 304 Not Modified, by ETag and by date.
    @Test
    void answersConditionalRequestsWith304() throws Exception {
        Http.Reply first = Http.get(site.port(), "/");
        Http.Reply byTag = Http.get(site.port(), "/", "If-None-Match: " + first.header("etag"));
        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        Http.Reply byDate = Http.get(site.port(), "/", "If-Modified-Since: " + first.header("last-modified"));
        assertThat(byDate.status()).isEqualTo(304);
        assertThat(Http.get(site.port(), "/", "If-None-Match: \"other\"").status()).isEqualTo(200);
    }

    // HEAD answers with the headers of GET and no body.
    @Test
    void answersHead() throws Exception {
        Http.Reply get = Http.get(site.port(), "/dns/");
        Http.Reply head = Http.send(site.port(), "HEAD", "/dns/");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("content-length")).isEqualTo(get.header("content-length"));
        assertThat(head.body()).isEmpty();
    }

    // /dns/ serves dns/index.html; /dns redirects there, keeping the query.
    @Test
    void cleanUrls() throws Exception {
        assertThat(Http.get(site.port(), "/dns/").body()).contains("<h1>Names and DNS</h1>");
        Http.Reply r = Http.get(site.port(), "/dns?x=1");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.header("location")).endsWith("/dns/?x=1");
    }

    // An unknown address gets the theme's 404 page with status 404; folders are never listed.
    @Test
    void notFoundUsesTheThemePage() throws Exception {
        Http.Reply r = Http.get(site.port(), "/no/such/page/");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("content-type")).isEqualTo("text/html;charset=utf-8");
        assertThat(r.body()).contains("<h1>Page not found</h1>");
        Http.Reply folder = Http.get(site.port(), "/assets/css/");
        assertThat(folder.status()).isEqualTo(404);
        assertThat(folder.body()).as("the 404 page, not a listing").isEqualTo(r.body());
        assertThat(Http.send(site.port(), "HEAD", "/nope").body()).isEmpty();
    }

    // Nothing outside the output folder is ever served: dot segments, encoded dots, backslashes, symlinks.
    @Test
    void traversalAttemptsFail() throws Exception {
        // Jetty refuses every dot segment, encoded or not, an encoded slash and an encoded backslash with 400
        // before the handler runs (so without the handler's security headers); its own checks are a second line.
        for (String target : new String[] {"/../secret.txt", "/../../etc/passwd", "/%2e%2e/secret.txt",
                "/%2E%2E/%2e%2e/etc/passwd", "/dns/..%2f..%2fsecret.txt", "/dns/%2e%2e/%2e%2e/secret.txt",
                "/..%5csecret.txt", "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/dns/../../secret.txt"}) {
            Http.Reply r = Http.get(site.port(), target);
            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.header("content-security-policy")).as(target).isNull();
            assertThat(r.body()).as(target).doesNotContain("outside the site").doesNotContain("root:");
        }
        // A symlink in the output that points out of it is a plain path to Jetty: the handler's real-path check
        // answers, with the theme's 404 page.
        Http.Reply leak = Http.get(site.port(), "/leak.txt");
        assertThat(leak.status()).isEqualTo(404);
        assertThat(leak.body()).contains("<h1>Page not found</h1>").doesNotContain("outside the site");
    }

    // Only GET and HEAD read the site.
    @Test
    void rejectsOtherMethods() throws Exception {
        Http.Reply r = Http.send(site.port(), "POST", "/", "Content-Length: 0");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("allow")).isEqualTo("GET, HEAD");
    }

    // A taken port is reported and the next free one is used.
    @Test
    void takesTheNextPortWhenTaken(@TempDir Path other) throws Exception {
        TestSite.fixture("basic", other);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            try (PreviewFixture second = PreviewFixture.start(other, TestSite.THEME, null, "127.0.0.1", port)) {
                assertThat(second.port()).isGreaterThan(port);
                assertThat(second.err.toString()).contains("lectern: port " + port
                        + " is in use; serving on port " + second.port() + " instead");
                assertThat(Http.get(second.port(), "/").status()).isEqualTo(200);
            }
        }
    }

    // Under --base-path the site lives below it; the bare path and / redirect into it.
    @Test
    void honoursTheBasePath(@TempDir Path other) throws Exception {
        TestSite.fixture("basic", other);
        try (PreviewFixture sub = PreviewFixture.start(other, TestSite.THEME, "/course/", "127.0.0.1", 0)) {
            assertThat(sub.preview.url()).endsWith("/course/");
            assertThat(Http.get(sub.port(), "/course/dns/records/").status()).isEqualTo(200);
            assertThat(Http.get(sub.port(), "/course").header("location")).endsWith("/course/");
            assertThat(Http.get(sub.port(), "/").header("location")).endsWith("/course/");
            assertThat(Http.get(sub.port(), "/dns/records/").status()).isEqualTo(404);
        }
    }
}
