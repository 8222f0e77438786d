package io.reactiveocpp.app.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A backend on 127.0.0.1 that takes TCP connections and reads the WebSocket upgrade request but never answers it:
 * each first handshake of a charge point stays under way until {@link #release()}, which closes them all (the
 * handshakes fail) and from then on closes every connection as soon as its request is read. Counts the first
 * connections of distinct charge points open at a time (the request path names the charge point).
 */
final class HoldingServer implements AutoCloseable {

    private final ServerSocket server;
    private final Thread acceptor;
    // guarded by this
    private final List<Socket> held = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int firstOpen;
    private int maxFirstOpen;
    private boolean released;

    HoldingServer() throws IOException {
        server = new ServerSocket(0, 512, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(this::accept, "holding-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "ws://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                String requestLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine(); // "GET /T-001 HTTP/1.1"
                took(socket, requestLine == null ? "" : requestLine.split(" ")[1]);
            } catch (IOException e) {
                // closed, or a client gone before its request: nothing to hold
            }
        }
    }

    private synchronized void took(Socket socket, String path) throws IOException {
        boolean first = seen.add(path);
        if (released) {
            socket.close();
            return;
        }
        if (first) {
            firstOpen++;
            maxFirstOpen = Math.max(maxFirstOpen, firstOpen);
        }
        held.add(socket);
    }

    /** Closes the connections held, and every later one once its request is read. */
    synchronized void release() throws IOException {
        released = true;
        for (Socket socket : held) {
            socket.close();
        }
        held.clear();
        firstOpen = 0;
    }

    synchronized int held() {
        return held.size();
    }

    synchronized int distinct() {
        return seen.size();
    }

    /** The most first handshakes of distinct charge points under way at a time. */
    synchronized int maxFirstOpen() {
        return maxFirstOpen;
    }

    @Override
    public void close() throws IOException {
        server.close();
        release();
    }
}
