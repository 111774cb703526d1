package dev.lectern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the built course passes the Nu Html Checker (the W3C validator, run in-process) with zero errors. */
class HtmlValidityTest {
    @TempDir
    Path tmp;

    // Checks all HTML files of the course (pages, generated pages, 404) and reports every error at file:line:col.
    @Test
    void wholeCourseIsValidHtml() throws Exception {
        TestSite site = TestSite.course(tmp).build();
        assertThat(site.result().written()).as(String.join("\n", site.printed())).isTrue();
        List<String> errors = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(site.out())) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path f : files) errors.addAll(validate(f, site.out().relativize(f).toString()));
        assertThat(errors).isEmpty();
    }

    // Checks the course is safe under a Content-Security-Policy without 'unsafe-inline': no inline script, no on*= handler, no style attribute or element.
    @Test
    void noInlineScriptOrStyle() throws Exception {
        TestSite site = TestSite.course(tmp).build();
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site.out())) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                var doc = org.jsoup.Jsoup.parse(Files.readString(f));
                String name = site.out().relativize(f).toString();
                // A JSON data block (type=application/json) is never executed, so CSP does not apply to it.
                doc.select("script:not([src]):not([type=application/json])").forEach(e -> found.add(name + ": inline script"));
                doc.select("style, [style]").forEach(e -> found.add(name + ": style in " + e.tagName()));
                doc.getAllElements().forEach(e -> e.attributes().forEach(a -> {
                    if (a.getKey().toLowerCase().startsWith("on")) found.add(name + ": " + a.getKey() + " on " + e.tagName());
                }));
            }
        }
        assertThat(found).isEmpty();
    }

    // Checks that the checker does report errors, so a pass above means something.
    @Test
    void checkerFindsErrors() throws Exception {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p style=\"\"><div></p></body></html>");
        assertThat(validate(bad, "bad.html")).isNotEmpty();
    }

    static List<String> validate(Path file, String name) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        validator.checkHtmlFile(file.toFile(), true);
        return errors;
    }
}
