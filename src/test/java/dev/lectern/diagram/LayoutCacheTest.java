package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Laid-out SVG is kept in the cache folder: an unchanged diagram is never laid out twice across builds. */
class LayoutCacheTest {
    @TempDir
    Path tmp;

    private BuildResult build() {
        return new Build(BuildOptions.builder().content(tmp.resolve("content")).theme(TestSite.THEME)
                .out(tmp.resolve("site")).cache(tmp.resolve("cache")).build()).run();
    }

    private void write(String yaml) throws IOException {
        Files.createDirectories(tmp.resolve("content"));
        Files.writeString(tmp.resolve("content/index.md"), "# Home\n\n```diagram\n" + yaml + "```\n");
    }

    private long cached() throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("cache/diagrams"))) {
            return s.filter(p -> p.toString().endsWith(".svg")).count();
        }
    }

    // Checks that the second build of an unchanged diagram takes the SVG from the cache, and an edit lays it out again.
    @Test
    void unchangedDiagramIsLaidOutOnce() throws IOException {
        write(Designs.ONE_SERVER);
        int before = DiagramBlock.LAYOUTS.get();
        assertThat(build().diagnostics()).isEmpty();
        assertThat(DiagramBlock.LAYOUTS.get() - before).isEqualTo(1);
        assertThat(cached()).isEqualTo(1);
        String first = Files.readString(tmp.resolve("site/index.html"));

        assertThat(build().diagnostics()).isEmpty();
        assertThat(DiagramBlock.LAYOUTS.get() - before).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("site/index.html"))).isEqualTo(first);

        write(Designs.ONE_SERVER.replace("label: MySQL", "label: PostgreSQL"));
        assertThat(build().diagnostics()).isEmpty();
        assertThat(DiagramBlock.LAYOUTS.get() - before).isEqualTo(2);
        assertThat(cached()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("PostgreSQL");
    }

    // Checks that the key covers the text, the diagram id and Lectern's version.
    @Test
    void keyCoversTextIdAndVersion() {
        String k = LayoutCache.key("1.0", "d1", "nodes: {}");
        assertThat(k).hasSize(64).isEqualTo(LayoutCache.key("1.0", "d1", "nodes: {}"));
        assertThat(LayoutCache.key("1.1", "d1", "nodes: {}")).isNotEqualTo(k);
        assertThat(LayoutCache.key("1.0", "d2", "nodes: {}")).isNotEqualTo(k);
        assertThat(LayoutCache.key("1.0", "d1", "nodes: {} ")).isNotEqualTo(k);
    }
}
