package dev.lectern.serve;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A server-sent-events client for tests: reads the live-reload stream into a queue of events. */
final class LiveClient implements AutoCloseable {
    /** One event: its name and its data line. */
    record Event(String name, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile java.io.InputStream stream;

    LiveClient(String eventsUrl) {
        reader = new Thread(() -> read(eventsUrl), "test-sse");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(String url) {
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<java.io.InputStream> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            stream = r.body();
            BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
            String name = "message";
            String data = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("event: ")) name = line.substring(7);
                else if (line.startsWith("data: ")) data = line.substring(6);
                else if (line.isEmpty() && data != null) {
                    events.add(new Event(name, data));
                    name = "message";
                    data = null;
                }
            }
        } catch (Exception e) {
            // closed by the test or the server
        }
    }

    /** The next event, waiting up to the given time; fails the test if none comes. */
    Event next(Duration wait) throws InterruptedException {
        Event e = events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (e == null) throw new AssertionError("no live-reload event within " + wait);
        return e;
    }

    /** Skips events until one matches (a burst of file events may be built in more than one step). */
    Event until(java.util.function.Predicate<Event> wanted, Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            Event e = events.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (e == null) throw new AssertionError("no matching live-reload event within " + wait);
            if (wanted.test(e)) return e;
        }
    }

    @Override
    public void close() throws Exception {
        if (stream != null) stream.close();
        reader.interrupt();
    }
}
