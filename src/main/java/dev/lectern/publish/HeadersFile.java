package dev.lectern.publish;

import dev.lectern.render.SiteGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes {@code _headers} at the site root, the file Netlify and Cloudflare Pages read for response
 * headers: the security headers on every path and a year of caching below {@code /assets/}, where
 * every file is fingerprinted. Paths are relative to the published folder, as those hosts want.
 * Cache-Control is set on {@code /assets/*} only: both hosts join the values of rules that match the
 * same path, and their default for the rest already revalidates.
 */
public final class HeadersFile implements SiteGenerator {
    public static final String PATH = "_headers";

    @Override
    public void generate(Context context) {
        context.addFile(PATH, text().getBytes(StandardCharsets.UTF_8));
    }

    public static String text() {
        StringBuilder s = new StringBuilder("# Response headers for static hosts (Netlify, Cloudflare Pages); written by Lectern.\n");
        s.append("/*\n");
        for (Map.Entry<String, String> h : SecurityHeaders.all().entrySet()) {
            s.append("  ").append(h.getKey()).append(": ").append(h.getValue()).append('\n');
        }
        s.append("/assets/*\n");
        s.append("  Cache-Control: ").append(SecurityHeaders.IMMUTABLE).append('\n');
        return s.toString();
    }
}
