package dev.lectern.publish;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response headers a Lectern site should be served with, shared by {@link NginxConfig} and
 * {@link HeadersFile}. The Content-Security-Policy allows only the site's own files: every script
 * and style is a file below {@code assets/} (the theme has no inline script, style or event
 * handler), so neither {@code 'unsafe-inline'} nor any other host is needed.
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** Fingerprinted assets never change under their name. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Everything else (HTML above all) is revalidated on every use, cheaply, by ETag. */
    public static final String REVALIDATE = "no-cache";

    private SecurityHeaders() {}

    /** Header name to value, in the order they are written. */
    public static Map<String, String> all() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("X-Frame-Options", "SAMEORIGIN");
        return h;
    }
}
