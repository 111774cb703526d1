package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.diag.Diagnostics;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagram of the course in {@code content/}: it states its SPOFs ({@code expect_spofs}, which the
 * build checks), a server's failure never takes DNS with it, and every question that {@code quiz: auto}
 * generated marks as correct what the simulation says.
 */
class CourseDiagramsTest {
    private static final Pattern BLOCK = Pattern.compile("(?m)^```diagram\\n(.*?)^```$", Pattern.DOTALL);

    @TempDir
    static Path tmp;

    static TestSite site;
    /** Every diagram of the course by its built page (site-relative index.html) and figure id. */
    static final Map<String, Diagram> DIAGRAMS = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.course(tmp).build();
        Path content = Path.of("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = BLOCK.matcher(Files.readString(f));
                int n = 0;
                while (m.find()) {
                    n++;
                    Diagnostics diag = new Diagnostics();
                    Diagram d = DiagramParser.parse(m.group(1), f.toString(), 1, 1, "diagram-" + n, diag).orElseThrow();
                    String rel = content.relativize(f).toString().replace('\\', '/');
                    String page = rel.equals("index.md") ? "index.html"
                            : rel.replaceFirst("(/index)?\\.md$", "/index.html");
                    DIAGRAMS.put(page + "#" + d.id(), d);
                }
            }
        }
    }

    // Checks that the course builds (so every expect_spofs agreed) and that every diagram states its SPOFs.
    @Test
    void everyDiagramStatesItsSpofs() {
        assertThat(site.printed()).isEmpty();
        assertThat(DIAGRAMS).hasSizeGreaterThanOrEqualTo(10);
        DIAGRAMS.forEach((where, d) -> {
            assertThat(d.expectSpofs()).as(where + " has expect_spofs").isNotNull();
            assertThat(FailureAnalysis.analyse(d, Designs.WORDS).spofs()).as(where).containsExactlyInAnyOrderElementsOf(d.expectSpofs());
        });
    }

    // Checks in the built pages' data that failing a node that is not DNS never marks a DNS node down.
    @Test
    void dnsIsNeverGreyedByAServerFailure() throws IOException {
        int checked = 0;
        for (Map.Entry<String, Diagram> e : DIAGRAMS.entrySet()) {
            Diagram d = e.getValue();
            JsonNode data = new ObjectMapper().readTree(figure(e.getKey()).selectFirst("script.diagram-data").data());
            List<String> ids = new ArrayList<>();
            data.get("nodes").forEach(n -> ids.add(n.get(0).asText()));
            for (JsonNode n : data.get("nodes")) {
                if (d.node(n.get(0).asText()).kind() == Kind.DNS) continue;
                // [id, say, ops, verdict, [failed], [unreachable], [degraded], head?]
                for (int list = 4; list <= 5; list++) {
                    for (JsonNode down : n.get(list)) {
                        assertThat(d.node(ids.get(down.asInt())).kind()).as(e.getKey() + ": failing " + n.get(0).asText())
                                .isNotEqualTo(Kind.DNS);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("nodes marked down in all").isGreaterThan(20);
    }

    /** The site-relative URLs (folders, as "fixes/distributed/") of the built pages that show a diagram. */
    static List<String> pagesWithDiagrams(TestSite site) {
        try (Stream<Path> files = Files.walk(site.out())) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
                String rel = site.out().relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith("review/") && Files.readString(f).contains("<figure class=\"diagram\"")) {
                    out.add(rel.substring(0, rel.length() - "index.html".length()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Element figure(String where) {
        String[] parts = where.split("#");
        Element f = site.page(parts[0]).getElementById(parts[1]);
        assertThat(f).as(where).isNotNull();
        return f;
    }

    /** What a generated question must mark as correct for a verdict, in the words of the page's status line. */
    private static String answerFor(FailureAnalysis.Failure f) {
        return switch (f.verdict()) {
            case NOTHING -> "Nothing changes for the visitor.";
            case DEGRADED -> f.costs().isEmpty() ? "Nothing changes for the visitor."
                    : "Every page still loads, but " + String.join(", and ", f.costs()) + ".";
            case NO_WRITES -> "Pages that only read may still load, but nothing can be saved.";
            case DOWN_SOME -> "The site is down for some visitors, not all.";
            case DOWN_ALL -> "The site is down for everyone.";
        };
    }

    // Checks every generated question of the course in the built pages: the SPOF question marks exactly
    // the diagram's expect_spofs, and each "if X fails" question marks the simulation's verdict for X.
    @Test
    void generatedQuestionsAgreeWithTheSimulation() {
        int questions = 0;
        for (Map.Entry<String, Diagram> e : DIAGRAMS.entrySet()) {
            Diagram d = e.getValue();
            if (!d.quizAuto()) continue;
            Element quiz = figure(e.getKey()).nextElementSibling();
            assertThat(quiz).as(e.getKey() + " is followed by its quiz").isNotNull();
            assertThat(quiz.is("form.quiz")).isTrue();
            FailureAnalysis.Result analysis = FailureAnalysis.analyse(d, Designs.WORDS);
            for (Element q : quiz.select("fieldset[data-question]")) {
                String id = q.attr("data-question");
                String text = q.selectFirst(".quiz-q-text").text();
                String marked = q.selectFirst(".quiz-correct").text().replaceFirst("^Answers?: ", "");
                if (id.endsWith("-spof") && !id.endsWith("-fail-spof")) {
                    List<String> expected = new ArrayList<>();
                    for (String s : d.expectSpofs()) {
                        String label = d.node(s).label();
                        boolean repeated = d.allNodes().stream().filter(n -> n.label().equals(label)).count() > 1;
                        expected.add(repeated ? label + " in " + d.ancestors(s).get(0).label() : label);
                    }
                    assertThat(marked.split("; ")).as(e.getKey() + " " + text).containsExactlyInAnyOrderElementsOf(expected);
                } else {
                    Matcher m = Pattern.compile("If the component \u201c(.+?)\u201d(?: in \u201c(.+?)\u201d)? fails").matcher(text);
                    assertThat(m.find()).as(text).isTrue();
                    List<Diagram.Node> named = d.allNodes().stream().filter(n -> n.label().equals(m.group(1))
                            && (m.group(2) == null || d.ancestors(n.id()).get(0).label().equals(m.group(2)))).toList();
                    assertThat(named).as(text).hasSize(1);
                    FailureAnalysis.Failure f = analysis.failures().get(named.get(0).id());
                    assertThat(marked).as(e.getKey() + " " + text + " (" + f.status() + ")").isEqualTo(answerFor(f));
                    // and the status line the reader gets by failing it says the same
                    String say = f.consequence();
                    switch (f.verdict()) {
                        case DOWN_ALL -> assertThat(say).contains("the site is down for everyone");
                        case DOWN_SOME -> assertThat(say).contains("the site is down for some visitors");
                        case NO_WRITES -> assertThat(say).contains("nothing can be saved");
                        default -> assertThat(say).doesNotContain("down for", "nothing can be saved");
                    }
                }
                questions++;
            }
        }
        assertThat(questions).as("generated questions in the course").isGreaterThanOrEqualTo(10);
    }
}
