package io.reactiveocpp.app.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A raw HTTP server on 127.0.0.1 for what a well-behaved server never does: it reads one request head, writes the
 * bytes it was given (a head promising more than follows, say) and closes the connection.
 */
final class OneShotServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    OneShotServer(String head, byte[] body) throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        thread = new Thread(() -> {
            try (Socket connection = socket.accept()) {
                readHead(connection.getInputStream());
                OutputStream out = connection.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the test sees what the client got
            }
        }, "one-shot-server");
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws Exception {
        socket.close();
        thread.join(5000);
    }
}
