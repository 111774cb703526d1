package dev.lectern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Nginx (Debian's package) run as a child process for tests: its own prefix, pid file, error
 * log and temp folders in a test folder, in the foreground, on a free loopback port. Classes using it
 * are marked {@code @Needs(Tool.NGINX)}: without nginx their tests are skipped, or fail under {@code CI=true}.
 */
public final class Nginx implements AutoCloseable {
    private final Process process;
    private final Path dir;
    private final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** A port that was free a moment ago on the loopback interface. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts nginx with {@code serverBlock} (which must listen on {@code port}) inside a minimal
     * {@code http} block, in {@code dir}, and waits until it accepts connections.
     */
    public static Nginx start(String serverBlock, int port, Path dir) throws IOException, InterruptedException {
        return start(serverBlock, port, dir, null);
    }

    /**
     * Runs {@code nginx -t} on {@code serverBlock} inside the same minimal {@code http} block; returns
     * what it printed, starting with its exit code ({@code exit 0}).
     */
    public static String test(String serverBlock, Path dir) throws IOException, InterruptedException {
        Path binary = Tool.NGINX.require();
        Path conf = writeConf(serverBlock, dir, null);
        Process p = new ProcessBuilder(binary.toString(), "-t", "-p", dir.toAbsolutePath() + "/", "-c", conf.toString(),
                "-e", dir.resolve("error.log").toAbsolutePath().toString()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return "exit " + p.waitFor() + "\n" + printed;
    }

    /**
     * The same, with the workers running as {@code user} (e.g. {@code www-data}, as Debian's Nginx
     * does) instead of this process's user; null keeps the default.
     */
    public static Nginx start(String serverBlock, int port, Path dir, String user) throws IOException, InterruptedException {
        Path binary = Tool.NGINX.require();
        Path conf = writeConf(serverBlock, dir, user);
        Process p = new ProcessBuilder(binary.toString(), "-p", dir.toAbsolutePath() + "/", "-c", conf.toString(),
                "-e", dir.resolve("error.log").toAbsolutePath().toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        return awaitListening(p, dir, port);
    }

    private static Path writeConf(String serverBlock, Path dir, String workerUser) throws IOException {
        Files.createDirectories(dir.resolve("temp"));
        Files.writeString(dir.resolve("server.conf"), serverBlock);
        // As root (CI), workers would switch to `nobody`, who cannot read a test's private temp folder.
        String user = workerUser != null ? "user " + workerUser + ";\n"
                : "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        String temp = dir.resolve("temp").toAbsolutePath().toString();
        Files.writeString(dir.resolve("nginx.conf"), user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    include %1$s/server.conf;
                }
                """.formatted(dir.toAbsolutePath(), temp));
        return dir.resolve("nginx.conf").toAbsolutePath();
    }

    private static Nginx awaitListening(Process p, Path dir, int port) throws InterruptedException {
        Nginx nginx = new Nginx(p, dir, port);
        try {
            Waits.until("nginx listening on port " + port, Duration.ofSeconds(15), () -> {
                if (!p.isAlive()) throw new IllegalStateException("nginx exited with " + p.exitValue() + ":\n" + nginx.log());
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                    return true;
                } catch (IOException notYet) {
                    return false;
                }
            });
            return nginx;
        } catch (RuntimeException | AssertionError e) {
            nginx.close();
            throw new IllegalStateException(e.getMessage() + ":\n" + nginx.log(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT} + path. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** What nginx wrote to its error log and console. */
    public String log() {
        StringBuilder s = new StringBuilder();
        for (String f : new String[] {"error.log", "stdout.log"}) {
            try {
                if (Files.exists(dir.resolve(f))) s.append(Files.readString(dir.resolve(f)));
            } catch (IOException e) {
                s.append("(cannot read ").append(f).append(")\n");
            }
        }
        return s.toString();
    }

    /** Stops nginx: SIGTERM (fast shutdown, workers included), then a kill if it hangs. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
