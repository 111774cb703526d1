package dev.lectern.util;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.util.Urls;
import org.junit.jupiter.api.Test;

class UrlsTest {
    // Checks the shortest relative hrefs between pages, folders and files.
    @Test
    void relative() {
        assertThat(Urls.relative("", "")).isEqualTo("./");
        assertThat(Urls.relative("", "dns/records/")).isEqualTo("dns/records/");
        assertThat(Urls.relative("dns/records/", "")).isEqualTo("../../");
        assertThat(Urls.relative("dns/records/", "dns/")).isEqualTo("../");
        assertThat(Urls.relative("dns/records/", "dns/records/")).isEqualTo("./");
        assertThat(Urls.relative("dns/records/", "stack/web/")).isEqualTo("../../stack/web/");
        assertThat(Urls.relative("dns/", "assets/css/a.css")).isEqualTo("../assets/css/a.css");
        assertThat(Urls.relative("404.html", "dns/")).isEqualTo("dns/");
    }

    // Checks resolving relative source paths, including leaving the root.
    @Test
    void resolve() {
        assertThat(Urls.resolve("dns", "records.md")).isEqualTo("dns/records.md");
        assertThat(Urls.resolve("dns", "../stack/web.md")).isEqualTo("stack/web.md");
        assertThat(Urls.resolve("dns", "./x/../y.md")).isEqualTo("dns/y.md");
        assertThat(Urls.resolve("", "../x.md")).isNull();
        assertThat(Urls.resolve("dns", "/stack/")).isEqualTo("stack/");
    }

    // Checks relative() and resolve() against their first, split-based versions (kept here) on random paths of
    // names, dots, double dots and empty segments, leading and trailing slashes included.
    @Test
    void sameAsSplitVersions() {
        String[] parts = {"a", "b", "dns", "x.md", ".", "..", "", "/", "ab", "a.b"};
        java.util.Random random = new java.util.Random(8);
        for (int n = 0; n < 20_000; n++) {
            String x = randomPath(random, parts);
            String y = randomPath(random, parts);
            assertThat(Urls.resolve(x, y)).as("resolve(%s, %s)", x, y).isEqualTo(splitResolve(x, y));
            String from = random.nextBoolean() ? x.replace(".", "") : x;
            String to = random.nextBoolean() ? y.replace(".", "") : y;
            assertThat(Urls.relative(from, to)).as("relative(%s, %s)", from, to).isEqualTo(splitRelative(from, to));
        }
    }

    private static String randomPath(java.util.Random random, String[] parts) {
        StringBuilder b = new StringBuilder();
        int segments = random.nextInt(6);
        for (int i = 0; i < segments; i++) {
            if (i > 0 || random.nextInt(5) == 0) b.append('/');
            b.append(parts[random.nextInt(parts.length)]);
        }
        if (random.nextInt(3) == 0) b.append('/');
        return b.toString();
    }

    private static String splitRelative(String from, String to) {
        String[] fromParts = from.split("/", -1);
        String[] toParts = to.split("/", -1);
        int fromDirs = fromParts.length - 1;
        int toDirs = toParts.length - 1;
        int common = 0;
        while (common < fromDirs && common < toDirs && fromParts[common].equals(toParts[common])) common++;
        StringBuilder href = new StringBuilder();
        href.append("../".repeat(fromDirs - common));
        for (int i = common; i < toDirs; i++) href.append(toParts[i]).append('/');
        href.append(toParts[toDirs]);
        return href.length() == 0 ? "./" : href.toString();
    }

    private static String splitResolve(String folder, String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        if (!path.startsWith("/") && !folder.isEmpty()) {
            for (String s : folder.split("/")) parts.addLast(s);
        }
        String[] segs = path.split("/", -1);
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            if (s.isEmpty() || s.equals(".")) {
                if (i == segs.length - 1 && !parts.isEmpty()) parts.addLast("");
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
                continue;
            }
            parts.addLast(s);
        }
        return String.join("/", parts);
    }
}
