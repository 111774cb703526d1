package dev.lectern.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A minimal static file server for browser tests of a built site, on a free loopback port, with an
 * optional base path ({@code /course/}). Tests of the preview server itself use the real thing.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "json",
            "application/json", "xml", "application/xml", "png", "image/png", "woff2", "font/woff2");

    private final HttpServer server;
    private final String basePath;

    private StaticServer(Path root, String basePath) {
        this.basePath = basePath;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path base = root.toAbsolutePath().normalize();
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
            int status = 200;
            Path file = null;
            if (path.startsWith(basePath)) {
                Path f = base.resolve(path.substring(basePath.length())).normalize();
                if (f.startsWith(base) && Files.isDirectory(f)) f = f.resolve("index.html");
                if (f.startsWith(base) && Files.isRegularFile(f)) file = f;
            }
            if (file == null) {
                status = 404;
                file = base.resolve("404.html");
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public static StaticServer serve(Path root) {
        return new StaticServer(root, "/");
    }

    public static StaticServer serve(Path root, String basePath) {
        return new StaticServer(root, basePath);
    }

    /** The URL of a site path: {@code url("dns/")} is {@code http://127.0.0.1:PORT/BASE/dns/}. */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath + sitePath;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
