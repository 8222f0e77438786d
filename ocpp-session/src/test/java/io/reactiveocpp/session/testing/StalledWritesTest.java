package io.reactiveocpp.session.testing;

import org.java_websocket.WebSocketImpl;
import org.java_websocket.framing.Framedata;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket.Listener;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The state Java-WebSocket 1.5.2's race leaves behind (a frame in a connection's outQueue, the key interested in
 * OP_READ only), made by hand: the backend writes the frame within a second, where Java-WebSocket alone would hold
 * it until its next write (its ping, a minute later).
 */
class StalledWritesTest {

    @Test
    void aFrameLeftQueuedWithoutWriteInterestIsWrittenWithinASecond() throws Exception {
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
            java.net.http.WebSocket client = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("ocpp1.6")
                    .buildAsync(URI.create(backend.url() + "/CP-STALL"), new Listener() {
                        @Override
                        public CompletionStage<?> onText(java.net.http.WebSocket socket, CharSequence data, boolean last) {
                            texts.add(data.toString());
                            socket.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            assertEquals("open", backend.sessions.poll(10, TimeUnit.SECONDS));
            WebSocketImpl connection = (WebSocketImpl) backend.webSockets().getConnections().iterator().next();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while ((connection.getSelectionKey().interestOps() & SelectionKey.OP_WRITE) != 0) { // the handshake's write
                assertTrue(System.nanoTime() < deadline, "the handshake was never written");
                Thread.onSpinWait();
            }

            // what the race leaves: queued, and nobody asked the selector to write it
            List<Framedata> frames = connection.getDraft().createFrames("[3,\"stalled-1\",{}]", false);
            for (Framedata frame : frames) {
                connection.outQueue.add(connection.getDraft().createBinaryFrame(frame));
            }

            String text = texts.poll(2, TimeUnit.SECONDS);
            assertEquals("[3,\"stalled-1\",{}]", text);
            assertTrue(backend.stalledWrites() >= 1, "the stalled write is counted");
            client.abort();
        }
    }
}
