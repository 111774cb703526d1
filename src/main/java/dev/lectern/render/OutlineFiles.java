package dev.lectern.render;

import dev.lectern.util.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The files that write a large site's section lists in the outline ({@link Outline#FILE}, one in each
 * top-level section's folder): the list as the theme's outline partial writes it, with links relative
 * to the site root, and a script that puts it where the script stands, with the links made relative
 * to the page (its {@code data-root}), the page shown marked current and the sections holding it open.
 * The script element stays after the list, so that {@code lectern serve}'s live reload sees the page
 * uses the file and reloads it when the list changes.
 * The script runs as the page is read (no flash of an empty outline) and needs no request a
 * {@code file://} page cannot make.
 */
public final class OutlineFiles implements SiteGenerator {
    static final String SCRIPT = """
            // Lectern: this section's pages in the outline, written where this script stands (one file a section).
            (function (s, html) {
              var root = document.body.getAttribute("data-root") || "", here = location.pathname.replace(/index\\.html$/, "");
              var t = document.createElement("template");
              t.innerHTML = html;
              t.content.querySelectorAll("a[href]").forEach(function (a) {
                var h = a.getAttribute("href"), p;
                if (/^([a-z][a-z0-9+.-]*:|\\/|#)/i.test(h)) return;
                a.setAttribute("href", root + h);
                p = new URL(root + h, location.href).pathname;
                if (p === here) a.setAttribute("aria-current", "page");
                if (here.indexOf(p) === 0 && a.parentNode.classList.contains("outline-section")) {
                  a.parentNode.querySelector("details").open = true;
                }
              });
              s.parentNode.insertBefore(t.content, s);
            })(document.currentScript, %s);
            """;

    /** The lists of the last run and the files made of them: the same lists (by identity) make the same files. */
    private record Made(Map<String, String> lists, Map<String, byte[]> files) {}

    private volatile Made last;

    @Override
    public void generate(Context context) {
        Map<String, String> lists = context.renderer().outlineFiles();
        Made made = last;
        if (made == null || made.lists() != lists) {
            Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, String> f : lists.entrySet()) {
                files.put(f.getKey(), SCRIPT.formatted(Json.write(f.getValue())).getBytes(StandardCharsets.UTF_8));
            }
            made = new Made(lists, files);
            last = made;
        }
        made.files().forEach(context::addFile);
    }
}
