package dev.lectern.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.Snapshots;
import dev.lectern.testing.Trees;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental builds of {@code lectern serve} equal full builds, for random edit sequences: 200
 * small sites, each edited at random (pages created, edited, renamed, deleted, moved between folders;
 * links and anchors made and broken; the glossary, {@code site.yaml} and a template changed), and
 * after every step the session's output folder and diagnostics are compared with those of a fresh full
 * build of the same sources, byte for byte. Each sequence has its seed; a failure names it and the
 * steps so far. Run one sequence again with {@code -Dlectern.randomSeed=SEED -Dlectern.randomRuns=1}.
 */
class BuildSessionRandomTest {
    private static final long FIRST_SEED = Long.getLong("lectern.randomSeed", 20261204L);
    private static final int RUNS = Integer.getInteger("lectern.randomRuns", 200);
    private static final int STEPS = 4;
    private static final List<String> FOLDERS = List.of("", "a/", "b/", "a/deep/");
    private static final List<String> WORDS = List.of("resolver", "cache", "TTL", "server", "record", "zone",
            "packet", "route", "name", "answer");

    @TempDir
    Path tmp;

    @Test
    void randomEditSequencesEqualFullBuilds() throws Exception {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        // Sequences run side by side, each worker with its own theme and folders: a small site's build
        // keeps little more than one core busy.
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger nextRun = new AtomicInteger();
        AtomicInteger failedBuilds = new AtomicInteger();
        AtomicInteger builds = new AtomicInteger();
        Map<Long, AssertionError> failures = new ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Path theme = tmp.resolve("theme-" + w);
                Path run = tmp.resolve("run-" + w);
                done.add(pool.submit(() -> {
                    Trees.copy(TestSite.THEME, theme);
                    for (int i = nextRun.getAndIncrement(); i < RUNS && failures.isEmpty(); i = nextRun.getAndIncrement()) {
                        long seed = FIRST_SEED + i;
                        Sequence s = new Sequence(seed, run, theme);
                        try {
                            s.run();
                        } catch (AssertionError | IOException | RuntimeException e) {
                            failures.put(seed, new AssertionError("random edit sequence failed: seed " + seed
                                    + " (again: -Dlectern.randomSeed=" + seed + " -Dlectern.randomRuns=1); steps:\n  "
                                    + String.join("\n  ", s.log), e));
                        }
                        failedBuilds.addAndGet(s.failedBuilds);
                        builds.addAndGet(s.builds);
                        if (Files.exists(run)) SiteWriter.deleteTree(run);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) throw failures.values().iterator().next();
        // CPU time too: on a shared machine it says more than the time on the clock.
        System.out.printf("BuildSessionRandomTest: %d sequences, %d builds (%d failed) in %.1f s, %.1f s of CPU%n",
                RUNS, builds.get(), failedBuilds.get(), (System.nanoTime() - start) / 1e9, (cpuNanos() - cpuStart) / 1e9);
        // The sequences must reach both kinds of build, or the comparison proves little.
        if (RUNS >= 50) assertThat(failedBuilds.get()).isPositive().isLessThan(builds.get() / 2);
    }

    /** One random site and its edits. */
    private final class Sequence {
        final Random random;
        final Path root;
        final Path content;
        final Path theme;
        final List<String> log = new ArrayList<>();
        final Set<Path> touched = new HashSet<>();
        final List<String> pages = new ArrayList<>();
        int failedBuilds;
        int builds;
        int next;
        Map<String, String> lastGood;
        BuildSession session;

        Sequence(long seed, Path root, Path theme) {
            this.random = new Random(seed);
            this.root = root;
            this.theme = theme;
            this.content = root.resolve("content");
        }

        BuildOptions options(Path out) {
            return BuildOptions.builder().content(content).theme(theme).out(out).cache(TestSite.CACHE).preview(true).build();
        }

        void run() throws IOException {
            Files.createDirectories(content);
            write("site.yaml", siteYaml());
            write("index.md", "# Home\n\nWelcome. " + sentence() + "\n");
            pages.add("index.md");
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) createPage();
            if (random.nextBoolean()) write("glossary.yaml", glossary());
            session = new BuildSession(options(root.resolve("site")));
            log.add("initial site: " + pages);
            compare(session.rebuild(null));
            touched.clear();
            for (int step = 0; step < STEPS; step++) {
                int batch = 1 + (random.nextInt(4) == 0 ? 1 : 0); // sometimes two edits in one watcher batch
                for (int b = 0; b < batch; b++) edit();
                BuildSession.Outcome o = session.rebuildPages(Set.copyOf(touched));
                touched.clear();
                session.finishLater();
                compare(o);
            }
            setFooter(false);
        }

        /** A fresh full build of the sources; the session's output must equal it (or the last good one). */
        void compare(BuildSession.Outcome o) throws IOException {
            Path full = root.resolve("full");
            BuildResult expected = new Build(options(full)).run();
            builds++;
            log.add("-- build " + builds + (expected.ok() ? "" : " (fails)"));
            assertThat(Snapshots.formatted(o.result().diagnostics())).as("diagnostics").isEqualTo(Snapshots.formatted(expected.diagnostics()));
            assertThat(o.result().ok()).as("ok").isEqualTo(expected.ok());
            if (expected.ok()) lastGood = Snapshots.files(full);
            else failedBuilds++;
            if (lastGood != null) assertThat(Snapshots.files(root.resolve("site"))).as("output").isEqualTo(lastGood);
            if (Files.exists(full)) SiteWriter.deleteTree(full);
        }

        void edit() throws IOException {
            int what = random.nextInt(100);
            if (what < 30) editPage();
            else if (what < 45) createPage();
            else if (what < 58) renamePage();
            else if (what < 66) deletePage();
            else if (what < 76) {
                if (random.nextInt(4) == 0 && Files.exists(content.resolve("glossary.yaml"))) {
                    delete("glossary.yaml");
                } else {
                    write("glossary.yaml", glossary());
                }
            } else if (what < 86) write("site.yaml", siteYaml());
            else if (what < 92) setFooter(random.nextBoolean());
            else if (what < 96) {
                String p = pick();
                Files.setLastModifiedTime(content.resolve(p),
                        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
                touched.add(content.resolve(p));
                log.add("touch " + p);
            } else {
                write("img/dot-" + random.nextInt(3) + ".svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (1 + random.nextInt(4)) + "\" height=\"1\"/>\n");
            }
        }

        void createPage() throws IOException {
            String path = FOLDERS.get(random.nextInt(FOLDERS.size())) + "p" + (next++) + ".md";
            write(path, page(path));
            pages.add(path);
        }

        void editPage() throws IOException {
            String path = pick();
            String text = Files.readString(content.resolve(path));
            int how = random.nextInt(5);
            String edited = switch (how) {
                case 0 -> text + "\n" + sentence() + "\n";
                case 1 -> text + "\n## " + word() + " " + word() + "\n\n" + sentence() + "\n";
                case 2 -> text.replaceFirst("(?m)^# .*$", "# " + title());
                case 3 -> text + "\nSee [" + word() + "](" + link(path) + ").\n";
                default -> page(path);
            };
            write(path, edited);
        }

        void renamePage() throws IOException {
            String from = pick();
            if (from.equals("index.md")) return;
            String to = FOLDERS.get(random.nextInt(FOLDERS.size())) + "p" + (next++) + ".md";
            makeFolders(content.resolve(to).getParent());
            Files.move(content.resolve(from), content.resolve(to));
            touched.add(content.resolve(from));
            touched.add(content.resolve(to));
            pages.set(pages.indexOf(from), to);
            log.add("rename " + from + " -> " + to);
        }

        void deletePage() throws IOException {
            String path = pick();
            if (path.equals("index.md") && random.nextBoolean()) return;
            delete(path);
            pages.remove(path);
        }

        /** A page of the site; with none left, a new home page. */
        String pick() {
            if (pages.isEmpty()) {
                try {
                    write("index.md", "# Home again\n\n" + sentence() + "\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                pages.add("index.md");
            }
            return pages.get(random.nextInt(pages.size()));
        }

        String page(String path) {
            StringBuilder b = new StringBuilder();
            boolean front = random.nextBoolean();
            if (front) b.append("---\ntitle: ").append(title()).append("\nweight: ").append(random.nextInt(5)).append("\n---\n");
            else b.append("# ").append(title()).append("\n");
            b.append('\n').append(sentence()).append('\n');
            int sections = random.nextInt(3);
            for (int i = 0; i < sections; i++) b.append("\n## ").append(word()).append(' ').append(i).append("\n\n").append(sentence()).append('\n');
            if (random.nextInt(3) == 0) b.append("\nSee [").append(word()).append("](").append(link(path)).append(").\n");
            if (random.nextInt(6) == 0) {
                b.append("\n```quiz\nquestions:\n  - q: Is ").append(word()).append(" a ").append(word())
                        .append("?\n    answer: ").append(random.nextBoolean()).append("\n```\n");
            }
            if (random.nextInt(8) == 0) b.append("\n![Dot](").append(up(path)).append("img/dot-0.svg)\n");
            return b.toString();
        }

        /** A link from the page at {@code from} to another page, an anchor in it, or (now and then) nowhere. */
        String link(String from) {
            String target = random.nextInt(6) == 0 ? "missing-" + random.nextInt(3) + ".md" : pick();
            String anchor = switch (random.nextInt(4)) {
                case 0 -> "#" + word().toLowerCase() + "-" + random.nextInt(2);
                case 1 -> "#nowhere";
                default -> "";
            };
            return up(from) + target + anchor;
        }

        String up(String from) {
            return "../".repeat((int) from.chars().filter(c -> c == '/').count());
        }

        String siteYaml() {
            StringBuilder b = new StringBuilder("title: Course ").append(random.nextInt(3)).append('\n');
            if (random.nextInt(3) > 0) b.append("links: warn\n");
            if (random.nextInt(4) == 0) b.append("description: ").append(sentence()).append('\n');
            return b.toString();
        }

        String glossary() {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(3);
            Set<String> terms = new HashSet<>();
            for (int i = 0; i < n; i++) {
                String t = word();
                if (!terms.add(t)) continue;
                b.append("- term: ").append(t).append("\n  definition: \"").append(sentence()).append("\"\n");
                if (random.nextInt(3) == 0) b.append("  link: ").append(pick()).append('\n');
            }
            return b.toString();
        }

        void setFooter(boolean made) throws IOException {
            Path footer = theme.resolve("templates/partials/footer.jte");
            String text = Files.readString(footer);
            String now = made ? text.replace("built with Lectern", "made with Lectern")
                    : text.replace("made with Lectern", "built with Lectern");
            if (now.equals(text)) return;
            Files.writeString(footer, now);
            touched.add(footer);
            log.add("footer " + (made ? "made" : "built"));
        }

        String title() {
            return word() + " " + word();
        }

        String word() {
            return WORDS.get(random.nextInt(WORDS.size()));
        }

        String sentence() {
            StringBuilder b = new StringBuilder("The");
            int n = 3 + random.nextInt(6);
            for (int i = 0; i < n; i++) b.append(' ').append(word());
            return b.append('.').toString();
        }

        void write(String path, String text) throws IOException {
            Path f = content.resolve(path);
            makeFolders(f.getParent());
            Files.writeString(f, text);
            touched.add(f);
            log.add("write " + path + ": " + text.replace("\n", "\\n"));
        }

        /** As the watcher reports new folders: each folder itself, and what it found inside. */
        void makeFolders(Path dir) throws IOException {
            for (Path d = dir; !Files.exists(d); d = d.getParent()) touched.add(d);
            Files.createDirectories(dir);
        }

        void delete(String path) throws IOException {
            Files.delete(content.resolve(path));
            touched.add(content.resolve(path));
            log.add("delete " + path);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
