package dev.lectern.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.diag.Diagnostic;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test: random nesting, random link schemes and random YAML (front matter, quizzes, diagrams,
 * site.yaml, glossary) fed to whole builds give a site or formatted diagnostics, never an exception
 * and never a fallback for an unforeseen failure. Seeds are fixed; a failure prints the seed and the input.
 */
class HostileContent_PropertyTest {
    private static final int TRIES = 40;
    private static final Pattern FORMATTED = Pattern.compile("content/[^:\\s]+(:\\d+(:\\d+)?)?: (error|warning): [^\\n]+");
    private static final String[] SCHEMES = {"javascript:", "JaVaScRiPt:", "&#106;avascript:", "&#x6A;avascript:",
        "javascript&colon;", "java&#9;script:", "vbscript:", "data:text/html,", "data:image/svg+xml,",
        "data:image/png;base64,", "http://", "https://", "mailto:", "tel:", "#", "", "//", "file:", "about:",
        "&#0;javascript:", "\\u0001javascript:", "jav&#x0A;ascript:"};
    private static final String[] NESTERS = {"- ", "> ", "1. ", "* ", "    ", "*a _a ", "[", "~~", "> - "};
    private static final String YAML_CHARS = "qa:-[]{}\"'#\n \t|>&*!%@`,?/\\0123abcxyz";
    private static final String[] YAML_VALUES = {"&a x", "*a", "<<: *a", "[&b 1, *b]", "{a: &c 1, b: *c}", "!!binary x",
        "!!python/object x", "~", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x", "\"\\u0000\"", "? x",
        "--- \n---", "%YAML 1.2", "'", "\"", "|-\n  a"};

    @TempDir
    Path tmp;

    @Test
    void randomHostileSitesGiveOnlyFormattedDiagnostics() {
        int tooDeep = 0;
        int unsafe = 0;
        for (long seed = 0; seed < TRIES; seed++) {
            Random r = new Random(seed);
            TestSite site = TestSite.create(tmp.resolve("s" + seed));
            // Mostly good front matter: a page whose front matter fails is not rendered at all.
            StringBuilder page = new StringBuilder("---\ntitle: ").append(r.nextInt(5) == 0 ? yamlValue(r) : "P")
                    .append("\n---\n# P\n\n");
            int depth = r.nextInt(4) == 0 ? 150 + r.nextInt(400) : r.nextInt(30);
            String nester = NESTERS[r.nextInt(NESTERS.length)];
            for (int i = 0; i < depth; i++) {
                page.append(nester.equals("- ") || nester.equals("1. ") ? "  ".repeat(i) + nester + "a\n" : nester);
            }
            page.append("x\n\n");
            for (int i = 0; i < 5; i++) page.append(link(r)).append(' ');
            page.append("\n\n```quiz\n").append(r.nextBoolean() ? randomYaml(r) : quiz(r)).append("\n```\n\n");
            page.append("```diagram\n").append(r.nextBoolean() ? randomYaml(r) : "nodes:\n  a: {kind: server, label: "
                    + yamlValue(r) + "}\n  b: {kind: db}\nedges:\n  - a -> b\n").append("\n```\n");
            site.file("content/index.md", page.toString());
            if (r.nextBoolean()) site.file("content/site.yaml", "title: " + yamlValue(r) + "\n" + randomYaml(r));
            if (r.nextBoolean()) site.file("content/glossary.yaml", "- term: DNS\n  definition: " + yamlValue(r) + "\n");
            BuildResult result;
            try {
                result = new Build(site.options()).run();
            } catch (RuntimeException | Error e) {
                throw new AssertionError("seed " + seed + ": " + e + "\n--- content/index.md:\n" + page, e);
            }
            String root = site.root().toString() + "/";
            for (Diagnostic d : result.diagnostics()) {
                String line = d.format().replace(root, "");
                assertThat(line).as("seed %d, input:\n%s", seed, page).matches(FORMATTED)
                        .doesNotContain("could not be built").doesNotContain("internal error")
                        .doesNotContain("java.lang.");
                if (line.contains("nested more than")) tooDeep++;
                if (line.contains("unsafe link") || line.contains("unsafe image")) unsafe++;
            }
        }
        // the generator reaches what it is for
        assertThat(tooDeep).isPositive();
        assertThat(unsafe).isGreaterThan(TRIES);
    }

    private static String link(Random r) {
        String scheme = SCHEMES[r.nextInt(SCHEMES.length)];
        String target = scheme + (r.nextBoolean() ? "alert(1)" : "example.com");
        return switch (r.nextInt(4)) {
            case 0 -> "[l](" + target + ")";
            case 1 -> "![i](" + target + ")";
            case 2 -> "<" + target + ">";
            default -> "[r][ref]\n\n[ref]: " + target + "\n";
        };
    }

    private static String yamlValue(Random r) {
        return YAML_VALUES[r.nextInt(YAML_VALUES.length)];
    }

    private static String quiz(Random r) {
        String link = "\"" + link(r).replace("\"", "").replace("\n", " ") + "\"";
        return "questions:\n  - q: " + link + "\n    answers:\n      - text: " + (r.nextBoolean() ? link : yamlValue(r))
                + "\n        correct: true\n      - " + yamlValue(r) + "\n    hint: " + link + "\n  - q: x\n    accept: ["
                + link + ", \"<!--\"]\n";
    }

    private static String randomYaml(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(200);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(20) == 0) s.append(yamlValue(r));
            else s.append(YAML_CHARS.charAt(r.nextInt(YAML_CHARS.length())));
        }
        return s.toString();
    }
}
