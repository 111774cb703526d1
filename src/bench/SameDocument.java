import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * For two built sites, tells apart HTML files that differ only in how the HTML is written (escapes such as
 * {@code &quot;} or {@code "}, {@code <br />} or {@code <br>}) from those whose document differs: both are
 * parsed with jsoup and written out again, and compared.
 *
 * <pre>
 * java -cp ~/.m2/repository/org/jsoup/jsoup/1.21.2/jsoup-1.21.2.jar src/bench/SameDocument.java BASE_SITE NEW_SITE
 * </pre>
 * (the sites of a same-bytes.sh run are target/same-bytes/base/NAME and target/same-bytes/new/NAME).
 */
public class SameDocument {
    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        Path now = Path.of(args[1]);
        int bytes = 0;
        int document = 0;
        int differ = 0;
        try (Stream<Path> files = Files.walk(base)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Path q = now.resolve(base.relativize(p));
                if (!Files.exists(q)) {
                    System.out.println("only in base: " + base.relativize(p));
                    differ++;
                    continue;
                }
                String x = Files.readString(p);
                String y = Files.readString(q);
                if (x.equals(y)) {
                    bytes++;
                } else if (written(x).equals(written(y))) {
                    document++;
                } else {
                    differ++;
                    System.out.println("document differs: " + base.relativize(p));
                }
            }
        }
        System.out.println("same bytes " + bytes + ", same document written differently " + document
                + ", different document " + differ);
        System.exit(differ == 0 ? 0 : 1);
    }

    private static String written(String html) {
        Document d = Jsoup.parse(html);
        d.outputSettings().prettyPrint(false);
        return d.html();
    }
}
