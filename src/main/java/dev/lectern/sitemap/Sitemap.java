package dev.lectern.sitemap;

import dev.lectern.config.SiteConfig;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.render.OutputPage;
import dev.lectern.render.SiteGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes {@code sitemap.xml}: every page of the course and the glossary, with its last
 * change date when git knows it. The protocol wants absolute URLs, so without {@code base_url} in
 * {@code site.yaml} there is no sitemap (a relative one would be rejected by every search engine).
 */
public final class Sitemap implements SiteGenerator {
    public static final String PATH = "sitemap.xml";

    /** It lists the glossary page. */
    @Override
    public boolean readsGenerated() {
        return true;
    }

    @Override
    public void generate(Context context) {
        SiteConfig config = context.course().config();
        if (config.baseUrl() == null || config.baseUrl().isBlank()) return;
        String origin = config.baseUrl().replaceAll("/+$", "") + config.basePath();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<OutputPage> pages;
        synchronized (context.outputPages()) {
            pages = List.copyOf(context.outputPages());
        }
        for (OutputPage p : pages) {
            // Pages from Markdown and the glossary; 404, search, review and progress are per-reader tools.
            if (p.source() == null && !p.url().equals("glossary/")) continue;
            xml.append("  <url><loc>").append(escape(origin + p.url())).append("</loc>");
            RenderedPage source = p.source();
            String date = source == null ? null : context.renderer().lastUpdated(source);
            if (date != null) xml.append("<lastmod>").append(date).append("</lastmod>");
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        context.addFile(PATH, xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
