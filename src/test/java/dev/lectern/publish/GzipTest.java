package dev.lectern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deterministic gzip and the precompression of a built site. */
class GzipTest {
    private static final byte[] PAGE = "<p>A web server serves files.</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    // Checks that the output is standard gzip that decompresses to the input, and much smaller for text.
    @Test
    void roundTrips() throws IOException {
        byte[] gz = Gzip.compress(PAGE);
        assertThat(gunzip(gz)).isEqualTo(PAGE);
        assertThat(gz.length).isLessThan(PAGE.length / 20);
        assertThat(gunzip(Gzip.compress(new byte[0]))).isEmpty();
    }

    // Checks that the header has no flags (so no file name) and a zero modification time, and that output repeats.
    @Test
    void headerHasNoNameOrTime() {
        byte[] gz = Gzip.compress(PAGE);
        assertThat(Arrays.copyOf(gz, 4)).containsExactly(0x1f, 0x8b, 8, 0);
        assertThat(Arrays.copyOfRange(gz, 4, 8)).containsOnly(0);
        assertThat(Gzip.compress(PAGE)).isEqualTo(gz);
    }

    // Checks that every text file gets a .gz beside it and images and fonts do not.
    @Test
    void compressesTextFilesOnly(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("assets/img"));
        Files.write(site.resolve("index.html"), PAGE);
        Files.writeString(site.resolve("assets/app.1234abcd.js"), "let a = 1;");
        Files.writeString(site.resolve("assets/img/logo.svg"), "<svg/>");
        Files.write(site.resolve("assets/img/photo.png"), new byte[] {1, 2, 3});
        Files.write(site.resolve("assets/font.woff2"), new byte[] {1, 2, 3});
        assertThat(Precompressor.compressAll(site)).isEqualTo(3);
        assertThat(gunzip(Files.readAllBytes(site.resolve("index.html.gz")))).isEqualTo(PAGE);
        assertThat(site.resolve("assets/app.1234abcd.js.gz")).exists();
        assertThat(site.resolve("assets/img/logo.svg.gz")).exists();
        assertThat(site.resolve("assets/img/photo.png.gz")).doesNotExist();
        assertThat(site.resolve("assets/font.woff2.gz")).doesNotExist();
    }
}
