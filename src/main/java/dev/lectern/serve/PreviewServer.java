package dev.lectern.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP side of {@code lectern serve}: Jetty on one port, serving the output folder through
 * {@link SiteHandler}. Binds to loopback unless told otherwise; if the port is taken it says so and
 * takes the next free one.
 */
final class PreviewServer implements AutoCloseable {
    private static final int PORTS_TO_TRY = 20;

    private final Server server;
    private final int port;
    private final String host;
    private final java.util.function.Supplier<String> basePath;

    private PreviewServer(Server server, String host, int port, java.util.function.Supplier<String> basePath) {
        this.server = server;
        this.host = host;
        this.port = port;
        this.basePath = basePath;
    }

    /** Starts serving; {@code port} 0 takes any free port. */
    static PreviewServer start(Path root, String host, int port, java.util.function.Supplier<String> basePath,
                               BuildGate gate, java.util.function.Supplier<java.util.Set<String>> laterPaths,
                               LiveEvents live, PrintWriter err) throws Exception {
        int tried = port;
        for (int attempt = 0; ; attempt++) {
            Server server = newServer(root, host, tried, basePath, gate, laterPaths, live);
            try {
                server.start();
                int bound = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
                if (tried != port) err.println("lectern: port " + port + " is in use; serving on port " + bound + " instead");
                return new PreviewServer(server, host, bound, basePath);
            } catch (IOException e) {
                server.stop();
                if (port == 0 || attempt + 1 >= PORTS_TO_TRY || !(e.getCause() instanceof java.net.BindException
                        || e instanceof java.net.BindException)) {
                    throw new IOException("cannot listen on " + host + ":" + tried + ": " + e.getMessage(), e);
                }
                tried++;
            }
        }
    }

    private static Server newServer(Path root, String host, int port, java.util.function.Supplier<String> basePath,
                                    BuildGate gate, java.util.function.Supplier<java.util.Set<String>> laterPaths,
                                    LiveEvents live) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("lectern-serve");
        threads.setDaemon(true);
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new SiteHandler(root, basePath, gate, laterPaths, live));
        server.setStopTimeout(500);
        return server;
    }

    int port() {
        return port;
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8080/}. */
    String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0") || h.equals("[::]")) h = "127.0.0.1";
        return "http://" + h + ":" + port + basePath.get();
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Stops the server. A connection that does not end within the stop timeout (a live-reload stream whose
     * reader is slow to notice) is cut off: Jetty reports a timeout after it stopped everything else, which
     * is no error of the preview.
     */
    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } catch (java.util.concurrent.TimeoutException e) {
            // Jetty gave up waiting and stopped the rest anyway (connectors, handler, threads)
        }
    }
}
