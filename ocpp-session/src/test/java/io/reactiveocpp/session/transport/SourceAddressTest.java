package io.reactiveocpp.session.transport;

import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.testing.WsTestServer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Links from a chosen local address: how a fleet gets past one address's ephemeral ports (issue 18). */
class SourceAddressTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aLinkComesFromTheSourceAddressItsTransportWasGiven() throws Exception {
        InetAddress second = InetAddress.getByName("127.0.0.2");
        try (WsTestServer server = WsTestServer.plain()) {
            SessionLoop loop = SessionLoop.sharedEventLoop(second);
            Link link = loop.transport().connect(SessionConfig.builder(server.url(), "CP-SRC").build()).block(WAIT);
            WsTestServer.Peer peer = server.awaitConnection(WAIT);
            assertThat(peer.remoteAddress().getAddress()).isEqualTo(second);
            link.close(1000, "done").block(WAIT);
        }
    }

    @Test
    void withoutASourceAddressTheOperatingSystemPicksOne() throws Exception {
        try (WsTestServer server = WsTestServer.plain()) {
            Link link = SessionLoop.sharedEventLoop().transport()
                    .connect(SessionConfig.builder(server.url(), "CP-ANY").build()).block(WAIT);
            // the backend is on 127.0.0.1: the kernel's choice is that very address
            assertThat(server.awaitConnection(WAIT).remoteAddress().getAddress())
                    .isEqualTo(InetAddress.getByName("127.0.0.1"));
            link.close(1000, "done").block(WAIT);
        }
    }
}
