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

    // Checks that no page or stylesheet loads anything from another host: scripts, styles, icons, images, fonts, frames and url()s are all local.
    @Test
    void nothingLoadedFromElsewhere() throws Exception {
        TestSite site = TestSite.course(tmp).build();
        List<String> found = new ArrayList<>();
        int local = 0;
        try (Stream<Path> s = Files.walk(site.out())) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".css")).sorted().toList()) {
                String name = site.out().relativize(f).toString();
                String text = Files.readString(f);
                List<String> refs = new ArrayList<>();
                if (name.endsWith(".css")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)").matcher(text);
                    while (m.find()) refs.add(m.group(1) != null ? m.group(1) : m.group(2));
                } else {
                    var doc = org.jsoup.Jsoup.parse(text);
                    doc.select("script[src], img[src], iframe[src], source[src], audio[src], video[src], embed[src]")
                            .forEach(e -> refs.add(e.attr("src")));
                    doc.select("link[href]:not([rel=canonical]):not([rel=alternate]), use[href], object[data]")
                            .forEach(e -> refs.add(e.hasAttr("data") ? e.attr("data") : e.attr("href")));
                    doc.select("[srcset]").forEach(e -> refs.add(e.attr("srcset")));
                    doc.select("[data-search-index], [data-search-lib], [data-search-ui]").forEach(e -> {
                        refs.add(e.attr("data-search-index"));
                        refs.add(e.attr("data-search-lib"));
                        refs.add(e.attr("data-search-ui"));
                    });
                }
                for (String ref : refs) {
                    if (ref.matches("(?i)^\\s*(https?:)?//.*")) found.add(name + ": " + ref);
                    else local++;
                }
            }
        }
        assertThat(local).as("local references seen").isGreaterThan(100);
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
