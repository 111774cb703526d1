package dev.lectern.course;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostics;
import dev.lectern.glossary.Glossary;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.quiz.Question;
import dev.lectern.quiz.QuestionType;
import dev.lectern.quiz.Quiz;
import dev.lectern.render.OutputPage;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course in {@code content/} as a product: it builds cleanly and keeps the size the course issue
 * asks for, so that a later edit cannot silently drop explainers, quizzes, diagrams or glossary terms.
 */
class CourseContentTest {
    static final List<String> SECTIONS = List.of("foundations/", "stack/", "one-server/", "failures/", "fixes/", "deeper/", "exam/");

    @TempDir
    static Path tmp;

    static TestSite site;
    static List<RenderedPage> pages;

    @BeforeAll
    static void build() {
        site = TestSite.course(tmp).build();
        pages = site.result().pages().stream().map(OutputPage::source).filter(p -> p != null).toList();
    }

    static List<RenderedPage> explainers() {
        return pages.stream().filter(p -> "qa".equals(p.source().layout())).toList();
    }

    static List<Quiz> quizzes(RenderedPage p) {
        return p.blocks().stream().map(b -> b.output().data()).filter(d -> d instanceof Quiz).map(d -> (Quiz) d).toList();
    }

    // Checks that the course builds with zero errors and zero warnings.
    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertThat(site.printed()).isEmpty();
        assertThat(site.result().written()).isTrue();
    }

    // Checks at least 16 explainers, in the sections of the request's path then the failures and fixes, each section with pages.
    @Test
    void explainersInCourseOrder() {
        List<RenderedPage> explainers = explainers();
        assertThat(explainers).hasSizeGreaterThanOrEqualTo(16);
        Map<String, Integer> perSection = new LinkedHashMap<>();
        for (RenderedPage p : explainers) {
            String url = p.source().url();
            String section = SECTIONS.stream().filter(url::startsWith).findFirst().orElse("(none): " + url);
            perSection.merge(section, 1, Integer::sum);
        }
        // in course order, the sections come in the order of the request's path, then failures and fixes
        assertThat(perSection.keySet()).containsExactlyElementsOf(SECTIONS);
        assertThat(perSection.get("failures/")).isGreaterThanOrEqualTo(3);
        assertThat(perSection.get("fixes/")).isGreaterThanOrEqualTo(3);
    }

    // Checks that every explainer ends with a quiz, that there are 60+ questions, and that every question type is used.
    @Test
    void everyExplainerHasAQuizAndEveryTypeIsUsed() {
        int questions = 0;
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        for (RenderedPage p : explainers()) {
            List<Quiz> own = quizzes(p);
            assertThat(own).as(p.source().displayPath() + " has a quiz").isNotEmpty();
            for (Quiz q : own) {
                questions += q.size();
                for (Question question : q.questions()) types.add(question.type());
            }
        }
        assertThat(questions).isGreaterThanOrEqualTo(60);
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
        // the second edition's bank: 135+ hand-written questions (the diagrams' generated ones not counted)
        assertThat(written().size()).as("hand-written questions").isGreaterThanOrEqualTo(135);
    }

    // Checks that every wrong choice of a hand-written choice question says why it is wrong.
    @Test
    void everyWrongOptionSaysWhy() {
        for (RenderedPage p : explainers()) {
            List<Quiz> written = p.blocks().stream().filter(b -> b.kind().equals("quiz"))
                    .map(b -> (Quiz) b.output().data()).toList();
            assertThat(written).as(p.source().displayPath()).isNotEmpty();
            for (Quiz q : written) {
                for (Question question : q.questions()) {
                    for (Question.Choice c : question.choices()) {
                        if (!c.correct()) {
                            assertThat(c.why()).as(p.source().displayPath() + ": " + question.q() + " / " + c.text())
                                    .isNotBlank();
                        }
                    }
                }
            }
        }
    }

    // Checks the four classic designs plus per-topic diagrams, with single points of failure found.
    @Test
    void diagrams() {
        long diagrams = pages.stream().mapToLong(p -> p.countBlocks("diagram")).sum();
        assertThat(diagrams).isGreaterThanOrEqualTo(8);
        for (String page : List.of("one-server/one-server-design/index.html", "fixes/distributed/index.html",
                "fixes/secured-monitored/index.html", "fixes/scaled-up/index.html")) {
            Document d = site.page(page);
            assertThat(d.select("[data-diagram]")).as(page).isNotEmpty();
            assertThat(d.select(".is-spof[data-node]")).as(page + " marks SPOFs").isNotEmpty();
        }
    }

    // Checks the glossary size, its page, and the review page of explainer questions.
    @Test
    void glossaryAndReview() {
        Glossary glossary = Glossary.load(tmp.resolve("content/glossary.yaml"), "content/glossary.yaml", new Diagnostics());
        assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(40);
        // one entry (a <dt> with the term's id, then its definition) per term of glossary.yaml
        org.jsoup.select.Elements entries = site.page("glossary/index.html").select("dl.glossary > dt[id]");
        assertThat(entries.eachAttr("id")).containsExactlyInAnyOrderElementsOf(
                glossary.terms().stream().map(dev.lectern.glossary.Term::id).toList());
        for (org.jsoup.nodes.Element dt : entries) {
            org.jsoup.nodes.Element dd = dt.nextElementSibling();
            assertThat(dd == null ? null : dd.tagName()).as(dt.id()).isEqualTo("dd");
            assertThat(dd.text()).as(dt.id()).isNotBlank();
        }
        List<String> questions = explainers().stream().flatMap(p -> p.headings().stream())
                .filter(h -> h.level() == 2 && h.text().strip().endsWith("?")).map(h -> h.text().strip()).toList();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(60);
        // the review page holds one flashcard per question heading, with its text
        assertThat(site.page("review/index.html").select("article.flashcard h3.flashcard-q").eachText())
                .containsExactlyInAnyOrderElementsOf(questions);
    }

    // Checks the accuracy points the course must keep: www as an A record in the one-server design, 8.8.8.8 explained.
    @Test
    void accuracyAnchors() {
        String records = site.page("foundations/dns-records/index.html").text();
        assertThat(records).contains("CNAME").containsIgnoringCase("A record");
        String all = String.join("\n", pages.stream().map(p -> p.text().allText()).toList());
        assertThat(all).contains("8.8.8.8");
        assertThat(all).containsIgnoringCase("resolver");
    }

    // ---- Second edition (issue 19): counts, diagnosis scenarios, the exam, and a reviewer's checks ----

    /** A hand-written question with the page it is on. */
    record Written(RenderedPage page, Question question) {}

    /** Every question of every hand-written {@code quiz} block, in course order. */
    static List<Written> written() {
        List<Written> out = new ArrayList<>();
        for (RenderedPage p : pages) {
            for (RenderedPage.NamedBlock b : p.blocks()) {
                if (b.kind().equals("quiz")) {
                    for (Question q : ((Quiz) b.output().data()).questions()) out.add(new Written(p, q));
                }
            }
        }
        return out;
    }

    static Question question(String id) {
        return written().stream().map(Written::question).filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question with the id " + id));
    }

    static final String DIAGNOSE = "Diagnose:";

    /** The recall questions of the first edition that became diagnosis scenarios, by their new ids. */
    static final List<String> REPLACED_RECALL = List.of(
            "stack-http-diagnose-https-timeout",                // was: match default ports to services
            "stack-web-server-diagnose-wrong-site",             // was: match Nginx directives to what they do
            "foundations-dns-records-diagnose-cname-txt",       // was: match record types to purposes
            "foundations-dns-records-diagnose-stale-answer",    // was: which dig option shows referrals
            "stack-application-server-diagnose-502-30s",        // was: match Gunicorn signals to effects
            "fixes-distributed-diagnose-shallow-check",         // was: "health check" (two words)
            "fixes-scaled-up-diagnose-vip-stuck",               // was: "virtual IP" (two words)
            "failures-maintenance-diagnose-login-loop");        // was: true/false, deploying needs an Nginx restart

    // Checks 20+ diagnosis scenarios, each a choice question with a symptom to explain and 3+ options, and that the recall questions they replaced are diagnosis scenarios now.
    @Test
    void diagnosisScenarios() {
        List<Question> diagnoses = written().stream().map(Written::question).filter(q -> q.q().startsWith(DIAGNOSE)).toList();
        assertThat(diagnoses).hasSizeGreaterThanOrEqualTo(20);
        for (Question q : diagnoses) {
            assertThat(q.type()).as(q.id()).isIn(QuestionType.SINGLE, QuestionType.MULTIPLE);
            assertThat(q.choices()).as(q.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(q.q()).as(q.id() + " asks about a symptom").containsAnyOf("?");
        }
        assertThat(REPLACED_RECALL).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(id -> assertThat(question(id).q()).startsWith(DIAGNOSE));
    }

    // Checks the five new chapters: each exists with a quiz, or a diagram, and the "Going deeper" section links them all.
    @Test
    void newChapters() {
        for (String page : List.of("deeper/tls-certificates/", "deeper/load-balancing/", "deeper/databases/",
                "deeper/monitoring/", "deeper/caching-and-cdns/")) {
            Document d = site.page(page + "index.html");
            assertThat(d.select("form.quiz").size() + d.select("figure.diagram").size()).as(page).isPositive();
            assertThat(site.page("deeper/index.html").select("a[href]").eachAttr("href")).as("section links " + page)
                    .anyMatch(h -> h.endsWith(page.substring("deeper/".length())));
        }
    }

    // Checks that the course exam links back, from its answers, to every explainer of the course.
    @Test
    void examDrawsOnEveryChapter() {
        Document exam = site.page("exam/course-exam/index.html");
        assertThat(exam.select("form.quiz")).hasSizeGreaterThanOrEqualTo(1);
        Set<String> linked = new TreeSet<>();
        for (Element a : exam.select("form.quiz a[href]")) {
            String target = URI.create("https://x/exam/course-exam/").resolve(a.attr("href")).getPath();
            linked.add(target.substring(1).replaceAll("#.*", ""));
        }
        Set<String> chapters = explainers().stream().map(p -> p.source().url())
                .filter(u -> !u.startsWith("exam/")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(chapters).hasSizeGreaterThanOrEqualTo(21);
        assertThat(linked).as("pages the exam's answers link to").containsAll(chapters);
    }

    /** One answer a reader might type to a text question, and whether it must count as right. */
    record Typed(String answer, boolean right) {
        static Typed yes(String a) {
            return new Typed(a, true);
        }

        static Typed no(String a) {
            return new Typed(a, false);
        }
    }

    /**
     * Every text question, re-checked against plausible answers, right and wrong, as a reader would type
     * them. A new text question must be added here with at least five.
     */
    static final Map<String, List<Typed>> TYPED = Map.ofEntries(
            Map.entry("foundations-what-is-a-server-quiz-1-q5", List.of(Typed.yes("its IP address"), Typed.yes("IP"),
                    Typed.yes("the server's IP address"), Typed.yes("The IPv4 address"), Typed.no("a DNS record"),
                    Typed.no("the port"), Typed.no("the domain name"))),
            Map.entry("foundations-domain-names-quiz-1-q4", List.of(Typed.yes("uk"), Typed.yes(".UK"), Typed.yes("the .uk TLD"),
                    Typed.no("co.uk"), Typed.no(".co.uk"), Typed.no("foobar.co.uk"), Typed.no("com"))),
            Map.entry("foundations-dns-resolution-quiz-1-q7", List.of(Typed.yes("+trace"), Typed.yes("dig +trace"),
                    Typed.yes("dig +trace www.foobar.com"), Typed.no("+short"), Typed.no("-x"), Typed.no("+recurse"))),
            Map.entry("foundations-dns-records-quiz-1-q2", List.of(Typed.yes("foobar.com"), Typed.yes("foobar.com."),
                    Typed.yes("the zone apex"), Typed.yes("FOOBAR.COM"), Typed.no("www.foobar.com"), Typed.no("www"),
                    Typed.no("192.0.2.10"))),
            Map.entry("stack-web-server-quiz-1-q4", List.of(Typed.yes("/var/www/foobar/static/logo.png"),
                    Typed.yes("  /var/www/foobar/static/logo.png "), Typed.no("/var/www/foobar/logo.png"),
                    Typed.no("/static/logo.png"), Typed.no("/var/www/foobar"), Typed.no("/var/www/static/logo.png"))),
            Map.entry("stack-web-and-app-server-quiz-1-q4", List.of(Typed.yes("X-Forwarded-Proto"),
                    Typed.yes("x-forwarded-proto"), Typed.yes("X-Forwarded-Proto: https"), Typed.yes("X-Forwarded-Proto header"),
                    Typed.no("X-Forwarded-For"), Typed.no("Host"), Typed.no("X-Real-IP"))),
            Map.entry("stack-http-quiz-1-q4", List.of(Typed.yes("HTTP"), Typed.yes("https"), Typed.yes("HTTP/1.1"),
                    Typed.yes("HTTP/2"), Typed.yes("HTTP over TCP/IP"), Typed.no("TCP/IP"), Typed.no("DNS"), Typed.no("HTML"),
                    Typed.no("TCP"))),
            Map.entry("one-server-one-server-design-quiz-1-q3", List.of(Typed.yes("A"), Typed.yes("A record"),
                    Typed.yes("an A record"), Typed.yes("A-record"), Typed.no("CNAME"), Typed.no("AAAA"), Typed.no("NS"))),
            Map.entry("failures-scalability-quiz-1-q7", List.of(Typed.yes("vertical scaling"), Typed.yes("Scaling up"),
                    Typed.yes("scaling vertically"), Typed.yes("scale-up"), Typed.no("horizontal scaling"),
                    Typed.no("scaling out"), Typed.no("load balancing"))),
            Map.entry("fixes-secured-monitored-quiz-1-q7", List.of(Typed.yes("latency"), Typed.yes("Errors"),
                    Typed.yes("error"), Typed.yes("saturation"), Typed.yes("error rate"), Typed.no("traffic"),
                    Typed.no("uptime"), Typed.no("CPU"))),
            Map.entry("deeper-tls-certificates-quiz-1-q6", List.of(Typed.yes("SNI"), Typed.yes("server name indication"),
                    Typed.yes("the Server Name Indication extension"), Typed.no("ALPN"), Typed.no("SAN"),
                    Typed.no("ClientHello"), Typed.no("HSTS"))),
            Map.entry("deeper-load-balancing-quiz-1-q7", List.of(Typed.yes("stateless"), Typed.yes("a stateless server"),
                    Typed.yes("Stateless application server"), Typed.no("sticky"), Typed.no("idempotent"),
                    Typed.no("stateful"))),
            Map.entry("deeper-databases-quiz-1-q7", List.of(Typed.yes("fencing"), Typed.yes("Fence"), Typed.yes("STONITH"),
                    Typed.no("promotion"), Typed.no("quorum"), Typed.no("failover"))),
            Map.entry("deeper-monitoring-quiz-1-q7", List.of(Typed.yes("SLI"), Typed.yes("service level indicator"),
                    Typed.yes("Service-level indicator"), Typed.no("SLO"), Typed.no("SLA"), Typed.no("error budget"))),
            Map.entry("deeper-caching-and-cdns-quiz-1-q6", List.of(Typed.yes("304"), Typed.yes("304 Not Modified"),
                    Typed.yes("not modified"), Typed.no("200"), Typed.no("302"), Typed.no("412"))),
            Map.entry("exam-course-exam-quiz-1-q11", List.of(Typed.yes("80"), Typed.yes("port 80"), Typed.yes("80/tcp"),
                    Typed.no("443"), Typed.no("8080"), Typed.no("53"))),
            Map.entry("exam-course-exam-quiz-2-q12", List.of(Typed.yes("split brain"), Typed.yes("Split-Brain"),
                    Typed.yes("splitbrain"), Typed.no("network partition"), Typed.no("replication lag"),
                    Typed.no("failover"))));

    // Checks every text question against its listed answers (5+ each, right and wrong) with the grading quiz.js uses, and that no text question is left unlisted.
    @Test
    void everyTextQuestionRecheckedAgainstPlausibleAnswers() throws IOException {
        // the Java grading below mirrors theme/assets/js/quiz.js; if these lines change there, change accepts() too
        String js = Files.readString(TestSite.THEME.resolve("assets/js/quiz.js"));
        assertThat(js).contains("function norm(s) { return String(s).trim().replace(/\\s+/g, \" \").toLowerCase(); }")
                .contains("new RegExp(a.slice(1, -1), \"i\").test(String(value).trim())");
        List<Question> text = written().stream().map(Written::question).filter(q -> q.type() == QuestionType.TEXT).toList();
        assertThat(text).hasSizeGreaterThanOrEqualTo(10);
        assertThat(TYPED.keySet()).as("listed questions").containsExactlyInAnyOrderElementsOf(text.stream().map(Question::id).toList());
        for (Question q : text) {
            List<Typed> typed = TYPED.get(q.id());
            assertThat(typed).as(q.id()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(typed).as(q.id() + " has right and wrong answers").anyMatch(Typed::right).anyMatch(t -> !t.right());
            for (Typed t : typed) {
                assertThat(accepts(q.accept(), t.answer())).as(q.id() + ": \"" + t.answer() + "\"").isEqualTo(t.right());
            }
        }
    }

    /** quiz.js's accepts(): a /regex/ (case-insensitive, on the trimmed answer) or equality after norm(). */
    static boolean accepts(List<String> accepted, String value) {
        String v = norm(value);
        for (String a : accepted) {
            if (a.length() >= 2 && a.startsWith("/") && a.endsWith("/")) {
                if (Pattern.compile(a.substring(1, a.length() - 1), Pattern.CASE_INSENSITIVE).matcher(value.trim()).find()) {
                    return true;
                }
            } else if (norm(a).equals(v)) {
                return true;
            }
        }
        return false;
    }

    static String norm(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    // Checks the grading mirror itself: equality ignores case and spacing, a /regex/ is searched case-insensitively.
    @Test
    void acceptsMirrorsQuizJs() {
        assertThat(accepts(List.of("A record"), "  a   RECORD ")).isTrue();
        assertThat(accepts(List.of("A record"), "A records")).isFalse();
        assertThat(accepts(List.of("/^x$/"), "X")).isTrue();
        assertThat(accepts(List.of("/x/"), "axb")).isTrue();
        assertThat(accepts(List.of("/^x$/"), "axb")).isFalse();
    }

    /**
     * A number a reviewer would hold the course to: every place a pattern matches, in the prose or in a
     * quiz, must state {@code value}; the prose states it at least once, and a quiz uses it (a number
     * question whose text matches {@code numberQuestion} answers it, or a quiz text matches a pattern).
     */
    record Fact(String name, double value, List<Pattern> patterns, Pattern numberQuestion) {
        static Fact of(String name, double value, Pattern numberQuestion, String... patterns) {
            return new Fact(name, value, java.util.Arrays.stream(patterns).map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList(),
                    numberQuestion);
        }
    }

    static final List<Fact> FACTS = List.of(
            Fact.of("Gunicorn's worker timeout, seconds", 30, null,
                    "gunicorn'?s? (?:own )?timeout,? \\(?(\\d+)", "(\\d+)[- ]s(?:econds?)? timeout", "\\btimeout (\\d+) seconds",
                    "(\\d+)-second timeout", "502 after (?:exactly |about )?(\\d+) seconds"),
            Fact.of("Nginx's proxy_read_timeout, seconds", 60, null,
                    "proxy_read_timeout\\W{0,3}(?:of |, )?(\\d+)", "nginx'?s (\\d+) seconds", "504 after (\\d+) seconds"),
            Fact.of("Gunicorn's address on one server, port", 8000, null, "127\\.0\\.0\\.1:(\\d+)", "port (\\d+) from the web servers"),
            Fact.of("HTTPS port", 443, null, "https,? (?:on )?port (\\d+)", "port (\\d+) for https", "https (\\d+) to",
                    "port (\\d+) (?:times out|and a TLS handshake)"),
            Fact.of("MySQL port", 3306, null, "(\\d+) for mysql", "mysql'?s port (\\d+)", "port (\\d+) from (?:server 2|the application servers)",
                    "allowing port (\\d+) from server 2"),
            Fact.of("MySQL max_connections default", 151, null, "max_connections\\W{0,3}(?:of |is )?(\\d+)", "a limit of (\\d+)",
                    "more than the (\\d+) mysql allows"),
            Fact.of("Let's Encrypt certificate lifetime, days", 90, null, "(?:valid for|last) (\\d+) days"),
            Fact.of("certbot renews with this many days left", 30, null, "fewer than (\\d+) days remain", "at (\\d+) days left",
                    "renewal starting at (\\d+) days"),
            Fact.of("binary log expiry, days", 30, Pattern.compile("binary logs for 2,592,000 seconds"),
                    "deletes them after (\\d+) days"),
            Fact.of("HSTS max-age in the examples, days", 365, Pattern.compile("max-age=31536000"), "31,536,000 seconds(?:\\)| is) (\\d+) days", "(\\d+) days \\(31,536,000 seconds\\)"),
            Fact.of("HAProxy health check interval, seconds", 2, null, "checks each server every (\\d+) seconds",
                    "every (\\d+) seconds, with"),
            Fact.of("error budget at 100 requests per second over 30 days, requests", 259200,
                    Pattern.compile("error budget allow"), "budget is ([\\d,]+) failed requests"));

    /** The explainers' prose as a reviewer reads it: main text without quizzes, diagrams and code blocks. */
    static Map<String, String> prose() {
        Map<String, String> out = new LinkedHashMap<>();
        for (RenderedPage p : explainers()) {
            Document d = site.page(p.source().url() + "index.html").clone();
            d.select("form.quiz, figure.diagram, pre, .toc, nav, script, .qa-review").remove();
            out.put(p.source().url(), d.select("main").text());
        }
        return out;
    }

    /** What a reader sees of a question: its text, choices, reasons, answers and explanation. */
    static String quizText(Question q) {
        StringBuilder b = new StringBuilder(q.q()).append(' ');
        for (Question.Choice c : q.choices()) b.append(c.text()).append(' ').append(c.why() == null ? "" : c.why()).append(' ');
        for (Question.Pair m : q.match()) b.append(m.left()).append(' ').append(m.right()).append(' ');
        q.accept().forEach(a -> b.append(a).append(' '));
        q.order().forEach(a -> b.append(a).append(' '));
        if (q.explain() != null) b.append(q.explain());
        return b.toString().replaceAll("[`*]", "");
    }

    // Checks that numbers stated in the prose and used in quizzes agree: timeouts, ports, limits, lifetimes, budgets.
    @Test
    void numbersInProseAgreeWithQuizAnswers() {
        Map<String, String> prose = prose();
        List<Question> questions = written().stream().map(Written::question).toList();
        for (Fact f : FACTS) {
            int inProse = 0;
            int inQuiz = 0;
            for (Map.Entry<String, String> e : prose.entrySet()) inProse += agree(f, e.getKey(), e.getValue());
            for (Question q : questions) inQuiz += agree(f, q.id(), quizText(q));
            assertThat(inProse).as(f.name() + " stated in the prose").isPositive();
            if (f.numberQuestion() != null) {
                List<Question> asked = questions.stream().filter(q -> q.type() == QuestionType.NUMBER)
                        .filter(q -> f.numberQuestion().matcher(q.q().replace("`", "")).find()).toList();
                assertThat(asked).as(f.name() + " asked in a number question").isNotEmpty();
                asked.forEach(q -> assertThat(q.number()).as(q.id()).isEqualTo(f.value()));
            } else {
                assertThat(inQuiz).as(f.name() + " used in a quiz").isPositive();
            }
        }
    }

    /** How often the fact's patterns match in {@code text}; fails on a match that states another number. */
    static int agree(Fact f, String where, String text) {
        int n = 0;
        for (Pattern p : f.patterns()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                n++;
                double found = Double.parseDouble(m.group(1).replace(",", ""));
                assertThat(found).as(f.name() + " in " + where + ": \"" + m.group() + "\"").isEqualTo(f.value());
            }
        }
        return n;
    }

    // Checks the numbers that follow from a rule: Gunicorn's (2 x cores) + 1 workers, days from seconds, a cached TTL counting down, downtime from an availability target.
    @Test
    void derivedNumbersAgree() {
        int checked = 0;
        Pattern cores = Pattern.compile("(\\d+) CPU cores");
        Pattern seconds = Pattern.compile("([\\d,]+) seconds");
        Pattern target = Pattern.compile("(\\d+(?:\\.\\d+)?)% over 30 days");
        Pattern cached = Pattern.compile("\\. (\\d+) IN A [^ ]+ (?:from the authoritative server )?(\\d+) (seconds|minutes) ago");
        for (Question q : written().stream().map(Written::question).filter(q -> q.type() == QuestionType.NUMBER).toList()) {
            String text = q.q().replace("`", "");
            Matcher m;
            if ((m = cores.matcher(text)).find() && text.contains("workers")) {
                assertThat(q.number()).as(q.id()).isEqualTo(2 * Double.parseDouble(m.group(1)) + 1);
                checked++;
            } else if ((m = seconds.matcher(text)).find() && text.contains("How many days")) {
                assertThat(q.number()).as(q.id()).isEqualTo(Double.parseDouble(m.group(1).replace(",", "")) / 86400);
                checked++;
            } else if ((m = cached.matcher(text)).find()) {
                // a cached answer's TTL counts down: what is left is the TTL minus the time since it was fetched
                double elapsed = Double.parseDouble(m.group(2)) * (m.group(3).equals("minutes") ? 60 : 1);
                assertThat(q.number()).as(q.id()).isEqualTo(Double.parseDouble(m.group(1)) - elapsed);
                checked++;
            } else if ((m = target.matcher(text)).find() && text.contains("minutes")) {
                assertThat(q.number()).as(q.id()).isCloseTo((100 - Double.parseDouble(m.group(1))) / 100 * 43200,
                        org.assertj.core.data.Offset.offset(0.01));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
        Matcher ttl = Pattern.compile("TTL is (\\d+) seconds.*?asks (\\d+) minutes later, the resolver answers with a TTL of (\\d+)")
                .matcher(prose().get("foundations/dns-resolution/"));
        assertThat(ttl.find()).as("the TTL countdown example").isTrue();
        assertThat(Integer.parseInt(ttl.group(3))).isEqualTo(Integer.parseInt(ttl.group(1)) - 60 * Integer.parseInt(ttl.group(2)));
        Matcher prose = Pattern.compile("(\\d+)-core machine that is (\\d+) workers").matcher(prose().get("stack/application-server/"));
        assertThat(prose.find()).isTrue();
        assertThat(Integer.parseInt(prose.group(2))).isEqualTo(2 * Integer.parseInt(prose.group(1)) + 1);
    }

    // Checks that every glossary term is used, and marked as a term, on some page of the course.
    @Test
    void everyGlossaryTermIsUsed() {
        Glossary glossary = Glossary.load(tmp.resolve("content/glossary.yaml"), "content/glossary.yaml", new Diagnostics());
        Set<String> marked = new LinkedHashSet<>();
        for (RenderedPage p : pages) {
            if (p.source().url().isEmpty() && !p.source().displayPath().endsWith("index.md")) continue;
            for (Element a : site.page(p.source().url() + "index.html").select("a.term[href]")) {
                marked.add(a.attr("href").replaceAll(".*#", ""));
            }
        }
        assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(80);
        for (var t : glossary.terms()) assertThat(marked).as("a page uses `" + t.term() + "`").contains(t.id());
    }

    /**
     * Hosts of primary sources: standards (RFC Editor, PEPs, NIST), the projects' own documentation
     * (Nginx, Gunicorn, MySQL, MariaDB, HAProxy, keepalived, Prometheus, Kubernetes, BIND, certbot,
     * Let's Encrypt, the PROXY protocol's own text), vendors' manuals for their own products (Red Hat,
     * Cloudflare Docs, Scaleway, Sumo Logic, Google Public DNS), MDN for the web platform, the root
     * server operators, and Google's SRE books, where the golden signals and SLOs come from. Tutorials,
     * blogs, marketing pages, Wikipedia and third-party mirrors are not on it.
     */
    static final Set<String> PRIMARY = Set.of("www.rfc-editor.org", "peps.python.org", "csrc.nist.gov",
            "nginx.org", "docs.nginx.com", "docs.gunicorn.org", "dev.mysql.com", "mariadb.com", "docs.haproxy.org",
            "www.haproxy.com", "www.haproxy.org", "keepalived.org", "prometheus.io", "github.com/prometheus",
            "kubernetes.io", "bind9.readthedocs.io", "eff-certbot.readthedocs.io", "letsencrypt.org",
            "access.redhat.com", "developers.cloudflare.com", "www.scaleway.com", "help.sumologic.com",
            "developers.google.com", "developer.mozilla.org", "root-servers.org", "sre.google");

    // Checks that every explainer ends with further reading, and that every link there goes to a primary source.
    @Test
    void furtherReadingIsPrimary() {
        int links = 0;
        for (RenderedPage p : explainers()) {
            if (p.source().url().startsWith("exam/")) continue;
            Document d = site.page(p.source().url() + "index.html");
            Element h = d.selectFirst("h2#further-reading");
            assertThat(h).as(p.source().displayPath() + " has further reading").isNotNull();
            for (Element e = h.nextElementSibling(); e != null && !e.tagName().equals("h2"); e = e.nextElementSibling()) {
                for (Element a : e.select("a[href]")) {
                    URI u = URI.create(a.attr("href"));
                    String host = u.getHost() + (u.getHost().equals("github.com") ? "/" + u.getPath().split("/")[1] : "");
                    assertThat(u.getScheme()).as(a.attr("href")).isEqualTo("https");
                    assertThat(PRIMARY).as(p.source().displayPath() + ": " + a.attr("href")).contains(host);
                    links++;
                }
            }
        }
        assertThat(links).isGreaterThanOrEqualTo(100);
    }
}
