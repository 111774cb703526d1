import dev.lectern.blocks.BlockContext;
import dev.lectern.blocks.FencedBlock;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diagram.DiagramBlock;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Time to render one diagram block in a fresh JVM: the first render (ELK's classes load and warm
 * up), later renders without a cache, and a render whose SVG comes from the cache.
 *
 *   java -cp target/lectern.jar src/bench/DiagramTiming.java content/fixes/secured-monitored.md
 */
public class DiagramTiming {
    public static void main(String[] args) throws Exception {
        String md = Files.readString(Path.of(args[0]));
        int start = md.indexOf("```diagram\n") + "```diagram\n".length();
        String text = md.substring(start, md.indexOf("```", start));
        Path cache = Files.createTempDirectory("diagram-timing");
        for (int i = 0; i < 8; i++) {
            boolean cached = i >= 6;
            DiagramBlock block = new DiagramBlock(cached ? cache : null, "bench");
            long t = System.nanoTime();
            block.render(new FencedBlock("diagram", "", text, args[0], 1, 2, 1),
                    new BlockContext(new Diagnostics(), "bench/", "bench.md", "Bench", 0, s -> s, dev.lectern.render.Templates.builtIn().partials()));
            System.out.printf("render %d (%s): %.0f ms%n", i + 1,
                    i == 0 ? "first in this JVM" : cached ? (i == 6 ? "laid out, into the cache" : "from the cache") : "laid out",
                    (System.nanoTime() - t) / 1e6);
        }
    }
}
