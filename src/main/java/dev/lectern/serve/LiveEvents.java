package dev.lectern.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * The live-reload endpoint: a server-sent-events stream per open page. A new stream first gets
 * {@code hello} with the current build number and errors (so a page opened while a build is broken
 * shows the overlay); then every finished build sends one event: {@code reload}, {@code css},
 * {@code errors} or {@code ok}, each a JSON object with the build number.
 */
final class LiveEvents {
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private String hello = "{\"build\":0,\"errors\":[]}";

    boolean handle(Request request, Response response, Callback callback) {
        if (!"GET".equals(request.getMethod())) {
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Client client = new Client(response, callback);
        request.addFailureListener(failure -> drop(client, failure));
        synchronized (this) {
            clients.add(client);
            if (!client.send("retry: 1000\n\n" + frame("hello", hello))) drop(client, null);
        }
        return true;
    }

    /** Sends one event to every open page; the state a new page gets is updated with it. */
    synchronized void publish(String event, String json, String helloJson) {
        hello = helloJson;
        String frame = frame(event, json);
        for (Client c : clients) {
            if (!c.send(frame)) drop(c, null);
        }
    }

    /** A comment line: keeps idle connections open and finds closed ones. */
    synchronized void ping() {
        for (Client c : clients) {
            if (!c.send(": ping\n\n")) drop(c, null);
        }
    }

    int clientCount() {
        return clients.size();
    }

    /** Ends every stream (the server is stopping). */
    void closeAll() {
        for (Client c : clients) {
            if (!clients.remove(c)) continue;
            try {
                c.response.write(true, ByteBuffer.allocate(0), c.callback);
            } catch (IllegalStateException alreadyClosed) {
                // The page went away while the server was stopping: its stream, and its callback, are complete.
            }
        }
    }

    private void drop(Client c, Throwable failure) {
        if (clients.remove(c)) {
            if (failure != null) c.callback.failed(failure);
            else c.callback.succeeded();
        }
    }

    private static String frame(String event, String json) {
        return "event: " + event + "\ndata: " + json + "\n\n";
    }

    private record Client(Response response, Callback callback) {
        /** Writes and waits (briefly): a page that does not read its stream is dropped, never waited for. */
        synchronized boolean send(String text) {
            FutureCallback done = new FutureCallback();
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), done);
            try {
                done.get(2, TimeUnit.SECONDS);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                return false;
            }
        }
    }
}
