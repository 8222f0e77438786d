package io.reactiveocpp.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, one request per connection ({@code Connection: close}): it sends
 * exactly the headers given, such as a forged {@code Host} or {@code Origin} that {@code java.net.http}
 * refuses to set, and may connect from another loopback address (127.0.0.2) to play a second client.
 */
final class RawHttp {

    /** A response: status, headers with lower-case names, body. */
    record Response(int status, Map<String, String> headers, String body) {
    }

    private final int port;
    private InetAddress from = InetAddress.getLoopbackAddress();

    RawHttp(int port) {
        this.port = port;
    }

    /** Connects from {@code address}, a loopback address such as 127.0.0.2. */
    RawHttp from(String address) {
        try {
            from = InetAddress.getByName(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends {@code method path} with {@code headers} (name, value, ...; no {@code Host} unless given) and
     * {@code body} ({@code null}: none; else with its {@code Content-Length}).
     */
    Response send(String method, String path, String body, String... headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return exchange(method, path, content, body == null ? null : "Content-Length: " + content.length, headers);
    }

    /** As {@link #send}, the body in one chunk ({@code Transfer-Encoding: chunked}). */
    Response chunked(String method, String path, String body, String... headers) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        byte[] chunked = (Integer.toHexString(content.length) + "\r\n" + body + "\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return exchange(method, path, chunked, "Transfer-Encoding: chunked", headers);
    }

    private Response exchange(String method, String path, byte[] content, String framing, String... headers) {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (framing != null) {
            request.append(framing).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Response parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("not an HTTP response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(end + 4);
        return new Response(status, headers, "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))
                ? dechunk(body) : body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size); // ASCII bodies: chars are bytes
            at = lineEnd + 2 + size + 2;
        }
    }
}
