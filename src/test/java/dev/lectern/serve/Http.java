package dev.lectern.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A raw HTTP/1.1 client for tests: sends the request line exactly as written (no client-side
 * normalisation of {@code ..} or {@code %2e}), so traversal attempts reach the server as attackers send them.
 */
final class Http {
    /** A response: status, headers (lower-case names) and body. */
    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private Http() {}

    static Reply get(int port, String target, String... headers) throws IOException {
        return send(port, "GET", target, headers);
    }

    static Reply send(int port, String method, String target, String... headers) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
            for (String h : headers) req.append(h).append("\r\n");
            req.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] all = in.readAllBytes();
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
            byte[] raw = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> hs = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) hs.put(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            if ("chunked".equalsIgnoreCase(hs.get("transfer-encoding"))) raw = unchunk(raw);
            String body = new String(raw, StandardCharsets.UTF_8);
            return new Reply(status, hs, body);
        }
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        while (i < body.length) {
            int eol = indexOf(body, crlf, i);
            if (eol < 0) break;
            int size = Integer.parseInt(new String(body, i, eol - i, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) break;
            out.write(body, eol + 2, size);
            i = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
