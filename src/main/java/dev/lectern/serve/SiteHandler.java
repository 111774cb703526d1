package dev.lectern.serve;

import dev.lectern.content.DotFiles;
import dev.lectern.publish.SecurityHeaders;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.URIUtil;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The serving rules of the preview: clean URLs ({@code /dns/} is {@code dns/index.html}, {@code /dns}
 * redirects there), the theme's 404 page with status 404, no directory listings, and nothing outside
 * the output folder (Jetty already answers 400 to {@code ..} and encoded dots; this handler checks
 * the real path of every file, so a symlink that points out is a 404). The file itself is served by
 * Jetty's {@link ResourceHandler}: content type, {@code ETag}, {@code Last-Modified}, 304, HEAD.
 */
final class SiteHandler extends Handler.Wrapper {
    static final String EVENTS = "__lectern/events";
    private static final long MAX_WAIT_MS = 3000;

    private final Path root;
    private final java.util.function.Supplier<String> basePaths;
    private final BuildGate gate;
    private final java.util.function.Supplier<java.util.Set<String>> laterPaths;
    private final LiveEvents live;
    private final ResourceHandler files;

    /** @param laterPaths output paths written after a build's pages (the search index): they wait for those too */
    SiteHandler(Path root, java.util.function.Supplier<String> basePath, BuildGate gate,
                java.util.function.Supplier<java.util.Set<String>> laterPaths, LiveEvents live) {
        this.root = root.toAbsolutePath().normalize();
        this.basePaths = basePath;
        this.gate = gate;
        this.laterPaths = laterPaths;
        this.live = live;
        this.files = new UncachedResourceHandler();
        files.setBaseResource(ResourceFactory.of(files).newResource(this.root));
        files.setDirAllowed(false);
        files.setEtags(true);
        // The browser must ask again after every rebuild; an unchanged file costs a 304.
        files.setCacheControl("no-cache");
        setHandler(files);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        serve(request, response, callback);
        return true; // every request gets its answer here, if only a 404
    }

    private void serve(Request request, Response response, Callback callback) throws Exception {
        // The headers production sends (the Nginx config, _headers): the preview enforces the same CSP.
        for (Map.Entry<String, String> h : SecurityHeaders.all().entrySet()) response.getHeaders().put(h.getKey(), h.getValue());
        String basePath = basePaths.get();
        String path = request.getHttpURI().getDecodedPath();
        if (path == null || path.isEmpty() || request.getHttpURI().isAmbiguous()) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
            return;
        }
        if (!path.startsWith(basePath)) {
            if ((path + "/").equals(basePath) || path.equals("/")) redirect(request, response, callback, basePath);
            else notFound(request, response, callback);
            return;
        }
        String rel = path.substring(basePath.length());
        if (rel.equals(EVENTS)) {
            live.handle(request, response, callback);
            return;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return;
        }
        // Dot files (the marker, anything left in the output) are not served; .well-known/ is.
        if (!DotFiles.served(rel)) {
            notFound(request, response, callback);
            return;
        }
        gate.awaitIdle(MAX_WAIT_MS, laterPaths.get().contains(rel));
        Path file = fileFor(rel);
        if (file == null) {
            notFound(request, response, callback);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!rel.isEmpty() && !rel.endsWith("/")) {
                redirect(request, response, callback, URIUtil.encodePath(basePath + rel + "/"));
                return;
            }
            file = file.resolve("index.html");
            rel = rel + "index.html";
        }
        if (!Files.isRegularFile(file) || !inside(file)) {
            notFound(request, response, callback);
            return;
        }
        HttpURI target = HttpURI.build(request.getHttpURI()).path(URIUtil.encodePath("/" + rel));
        if (!files.handle(Request.serveAs(request, target), response, callback)) notFound(request, response, callback);
    }

    /** The file a path below the base path names, or null when it would leave the output folder. */
    private Path fileFor(String rel) {
        if (rel.indexOf('\0') >= 0 || rel.indexOf('\\') >= 0) return null;
        for (String segment : rel.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return null;
        }
        Path file = root.resolve(rel).normalize();
        return file.startsWith(root) ? file : null;
    }

    /** Whether the file, with every symlink followed, is still below the output folder. */
    private boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void redirect(Request request, Response response, Callback callback, String location) {
        String query = request.getHttpURI().getQuery();
        Response.sendRedirect(request, response, callback, HttpStatus.MOVED_PERMANENTLY_301,
                query == null ? location : location + "?" + query, false);
    }

    private void notFound(Request request, Response response, Callback callback) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.isRegularFile(page)
                ? Files.readAllBytes(page)
                : "<!DOCTYPE html><title>Not found</title><p>Not found.</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.NOT_FOUND_404);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        boolean head = request.getMethod().equals("HEAD");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    /**
     * Jetty's resource handler without its in-memory cache (files change under it between builds),
     * and with {@code charset=utf-8} on text types (Lectern writes UTF-8).
     */
    private static final class UncachedResourceHandler extends ResourceHandler {
        private static final MimeTypes TYPES = types();

        private static MimeTypes types() {
            MimeTypes.Mutable types = new MimeTypes.Mutable(MimeTypes.DEFAULTS);
            for (String text : List.of("html", "css", "js", "mjs", "txt", "md", "csv")) {
                String type = MimeTypes.DEFAULTS.getMimeByExtension("x." + text);
                types.addMimeMapping(text, (type == null ? "text/plain" : type) + ";charset=utf-8");
            }
            types.addMimeMapping("webmanifest", "application/manifest+json");
            return types;
        }

        @Override
        public MimeTypes getMimeTypes() {
            return TYPES;
        }

        @Override
        protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized pool) {
            return new ResourceHttpContentFactory(getBaseResource(), getMimeTypes(), pool);
        }
    }
}
