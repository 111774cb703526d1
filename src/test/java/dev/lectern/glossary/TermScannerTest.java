package dev.lectern.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The term scanner against the single regular expression it replaced (kept here as the oracle): the
 * same terms at the same places, on the course's glossary and pages and on seeded random texts.
 */
class TermScannerTest {
    private final List<Term> terms = Glossary.load(Path.of("content/glossary.yaml"), "content/glossary.yaml",
            new Diagnostics()).terms();

    /** One group per term, all its forms, longest first; terms ordered by their longest form. */
    static Pattern oracle(List<Term> terms) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            List<String> forms = new ArrayList<>(terms.get(i).forms());
            forms.sort((a, b) -> b.length() - a.length());
            StringBuilder g = new StringBuilder("(?<t").append(i).append('>');
            for (int j = 0; j < forms.size(); j++) {
                if (j > 0) g.append('|');
                String quoted = Pattern.quote(forms.get(j));
                g.append(caseSensitive(forms.get(j)) ? quoted : "(?i:" + quoted + ")");
            }
            alternatives.add(g.append(')').toString());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) order.add(i);
        order.sort((a, b) -> longest(terms.get(b)) - longest(terms.get(a)));
        StringBuilder re = new StringBuilder();
        for (int i : order) re.append(re.length() > 0 ? "|" : "").append(alternatives.get(i));
        return Pattern.compile("(?<![\\p{L}\\p{N}_-])(?:" + re + ")(?:s|es)?(?![\\p{L}\\p{N}_])");
    }

    /**
     * The README's rule, written again here rather than borrowed from the scanner: a form matches in its
     * own case when one of its words is a single capital ("A record") or has a capital after its first
     * letter ("HTTP", "iPhone"); otherwise in any case.
     */
    static boolean caseSensitive(String form) {
        for (String word : form.split("[\\s-]+")) {
            if (word.matches("\\p{Lu}|.+\\p{Lu}.*")) return true;
        }
        return false;
    }

    // Checks the case rule on examples, for the scanner and for the oracle above.
    @Test
    void caseRule() {
        for (String sensitive : List.of("HTTP", "A record", "DNS server", "iPhone", "TLS-handshake", "IPv4")) {
            assertThat(GlossaryMarker.caseSensitive(sensitive)).as(sensitive).isTrue();
            assertThat(caseSensitive(sensitive)).as(sensitive).isTrue();
        }
        for (String anyCase : List.of("load balancer", "Nginx", "Time to live", "a", "round-robin", "Load Balancer")) {
            assertThat(GlossaryMarker.caseSensitive(anyCase)).as(anyCase).isFalse();
            assertThat(caseSensitive(anyCase)).as(anyCase).isFalse();
        }
    }

    private static int longest(Term t) {
        return t.forms().stream().mapToInt(String::length).max().orElse(0);
    }

    private static List<String> byOracle(Pattern p, int terms, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (int i = 0; i < terms; i++) {
                if (m.group("t" + i) != null) {
                    out.add(i + "@" + m.start() + "-" + m.end());
                    break;
                }
            }
        }
        return out;
    }

    private static List<String> byScanner(TermScanner s, String text) {
        List<String> out = new ArrayList<>();
        for (TermScanner.Hit h = s.find(text, 0); h != null; h = s.find(text, h.end())) {
            out.add(h.term() + "@" + h.start() + "-" + h.end());
        }
        return out;
    }

    // Checks the course's own pages with the course's glossary: the same hits as the regular expression, and many of them.
    @Test
    void courseTextMatchesTheOracle() throws Exception {
        Pattern p = oracle(terms);
        TermScanner s = new TermScanner(terms);
        int hits = 0;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(f);
                List<String> expected = byOracle(p, terms.size(), text);
                assertThat(byScanner(s, text)).as(f.toString()).isEqualTo(expected);
                hits += expected.size();
            }
        }
        assertThat(hits).isGreaterThan(500);
    }

    // Checks the one intended difference: a letter outside the Basic Multilingual Plane (two chars) glued to a
    // term is a letter to the scanner; the regular expression looked one char back and saw half of it.
    @Test
    void supplementaryLetterBeforeATermIsALetter() {
        List<Term> one = List.of(new Term("DNS", "d", null, List.of(), 1, 1, 0, 0));
        String text = "\ud835\udc00DNS and DNS";
        assertThat(byOracle(oracle(one), 1, text)).containsExactly("0@2-5", "0@10-13");
        assertThat(byScanner(new TermScanner(one), text)).containsExactly("0@10-13");
    }

    // Checks 2,000 seeded random texts built from term forms in mixed case, plurals, punctuation, digits, hyphens and non-ASCII letters.
    @Test
    void randomTextsMatchTheOracle() {
        List<Term> mixed = new ArrayList<>(terms);
        mixed.add(new Term("HTTP", "d", null, List.of("HTTPS", "http/2"), 1, 1, 0, 0));
        mixed.add(new Term("load balancer", "d", null, List.of("LB", "load-balancer"), 1, 1, 0, 0));
        Pattern p = oracle(mixed);
        TermScanner s = new TermScanner(mixed);
        String[] noise = {" ", "  ", ".", ",", "-", "_", "é", "Ω", "3", "(", ")", "\n", "s", "es", "a", "X", "ß", "\u00e9t\u00e9",
            "'", "/"};
        Random random = new Random(20261128);
        int hits = 0;
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int i = 0; i < parts; i++) {
                if (random.nextInt(3) == 0) {
                    text.append(noise[random.nextInt(noise.length)]);
                } else {
                    List<String> forms = mixed.get(random.nextInt(mixed.size())).forms();
                    String f = forms.get(random.nextInt(forms.size()));
                    f = switch (random.nextInt(4)) {
                        case 0 -> f.toUpperCase();
                        case 1 -> f.toLowerCase();
                        default -> f;
                    };
                    text.append(f);
                }
            }
            String t = text.toString();
            List<String> expected = byOracle(p, mixed.size(), t);
            assertThat(byScanner(s, t)).as(t).isEqualTo(expected);
            hits += expected.size();
        }
        assertThat(hits).isGreaterThan(500);
    }
}
