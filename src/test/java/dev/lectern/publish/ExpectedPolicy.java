package dev.lectern.publish;

/**
 * The Content-Security-Policy a Lectern site must be served with, spelled out here rather than taken
 * from {@link SecurityHeaders}: a test comparing the production constant with itself would pass
 * whatever the constant said.
 */
final class ExpectedPolicy {
    private ExpectedPolicy() {}

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";
}
