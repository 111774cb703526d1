package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lectern.util.AssetMinifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinifiedAssetsTest {
    private static final byte[] CSS = "a {\n  color: red;\n}\n/* gone */\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JS = "// gone\nlet a = 1;\n\nlet b = a + 1;\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void minifiesAsTheMinifierDoesAndKeepsTheResult() throws IOException {
        MinifiedAssets cached = new MinifiedAssets(dir);
        assertArrayEquals(AssetMinifier.minify("a.css", CSS), cached.apply("css/a.css", CSS));
        assertArrayEquals(AssetMinifier.minify("b.js", JS), cached.apply("js/b.js", JS));
        List<Path> files = files();
        assertEquals(2, files.size());
        assertEquals(dir.resolve(MinifiedAssets.key("css", CSS) + ".css"), files.get(files.get(0).toString().endsWith(".css") ? 0 : 1));
        assertArrayEquals(AssetMinifier.minify("a.css", CSS), Files.readAllBytes(dir.resolve(MinifiedAssets.key("css", CSS) + ".css")));
    }

    @Test
    void aLaterBuildReadsTheKeptResultAndAChangedFileIsMinifiedAgain() throws IOException {
        new MinifiedAssets(dir).apply("a.css", CSS);
        Path kept = dir.resolve(MinifiedAssets.key("css", CSS) + ".css");
        Files.writeString(kept, "kept");
        assertEquals("kept", new String(new MinifiedAssets(dir).apply("other/name.css", CSS), StandardCharsets.UTF_8));

        byte[] changed = "a { color: blue; }".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(AssetMinifier.minify("a.css", changed), new MinifiedAssets(dir).apply("a.css", changed));
        // the same bytes as a script are another kind of file
        assertNotEquals(MinifiedAssets.key("css", CSS), MinifiedAssets.key("js", CSS));
    }

    @Test
    void otherFilesPassAsTheyAreAndAreNotKept() throws IOException {
        byte[] svg = "<svg>  </svg>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(svg, new MinifiedAssets(dir).apply("img/a.svg", svg));
        assertEquals(List.of(), files());
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTime() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertArrayEquals(AssetMinifier.minify("a.css", CSS), new MinifiedAssets(notAFolder).apply("a.css", CSS));
        assertArrayEquals(AssetMinifier.minify("a.css", CSS), new MinifiedAssets(null).apply("a.css", CSS));
        assertFalse(Files.isDirectory(notAFolder));
    }
}
