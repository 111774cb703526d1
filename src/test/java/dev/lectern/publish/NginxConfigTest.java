package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The server block's directives; {@code NginxPublishTest} runs it in a real Nginx. */
class NginxConfigTest {
    // Checks the block for a site at the root: root, listen, clean URLs, 404 page, gzip_static, cache and CSP.
    @Test
    void atRoot() {
        String c = new NginxConfig(Path.of("/srv/course/site"), "/", 8080, "course.example.org").render();
        assertThat(c).contains("    listen 8080;\n", "    server_name course.example.org;\n",
                "    root \"/srv/course/site\";\n", "        try_files $uri $uri/ =404;\n",
                "    error_page 404 \"/404.html\";\n", "    gzip_static on;\n",
                "    location ~ \"/\\.(?!well-known/)\" { return 404; }\n",
                "    location ~ \"^/(assets/.+\\.[0-9a-f]{8}\\.[A-Za-z0-9]+)$\" {\n",
                "        add_header Cache-Control \"public, max-age=31536000, immutable\" always;\n",
                "        add_header Cache-Control \"no-cache\" always;\n",
                "        add_header Content-Security-Policy \"default-src 'self'; script-src 'self'; style-src 'self'; ");
        assertThat(c).doesNotContain("alias", "unsafe-inline");
        assertThat(c.chars().filter(ch -> ch == '{').count()).isEqualTo(c.chars().filter(ch -> ch == '}').count());
    }

    // Checks that under a base path every location, the 404 page and the redirect of the bare path use it.
    @Test
    void underBasePath() {
        String c = new NginxConfig(Path.of("/srv/site"), "/course/", 80, "_").render();
        assertThat(c).contains("    error_page 404 \"/course/404.html\";\n",
                "    location = \"/course\" { return 301 \"/course/\"; }\n",
                "    location ~ \"^/course/(assets/", "        alias \"/srv/site/$1\";\n",
                "    location \"/course/\" {\n", "        alias \"/srv/site/\";\n");
        assertThat(c).doesNotContain("    root ");
    }

    // Checks that regex characters of a base path are escaped in the regex location.
    @Test
    void basePathIsQuotedInRegex() {
        String c = new NginxConfig(Path.of("/srv/site"), "/v1.2/", 80, "_").render();
        assertThat(c).contains("location ~ \"^/v1\\.2/(assets/");
    }

    // Checks the _headers file: security headers for every path, a year of caching under /assets/ only.
    @Test
    void headersFile() {
        assertThat(HeadersFile.text()).isEqualTo("""
                # Response headers for static hosts (Netlify, Cloudflare Pages); written by Lectern.
                /*
                  Content-Security-Policy: %s
                  X-Content-Type-Options: nosniff
                  Referrer-Policy: strict-origin-when-cross-origin
                  X-Frame-Options: SAMEORIGIN
                /assets/*
                  Cache-Control: public, max-age=31536000, immutable
                """.formatted(ExpectedPolicy.CSP));
    }
}
