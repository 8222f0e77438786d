package io.reactiveocpp.session.transport;

import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.testing.FakeTransport;
import io.reactiveocpp.session.testing.FakeTransport.FakeLink;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A tapped loop shows every text frame, both ways, to its tap, and its links work as before whatever the tap does. */
class TappedLinkTest {

    private final SessionConfig config = SessionConfig.builder("ws://backend.test/ocpp", "CP-1").build();
    private final FakeTransport transport = new FakeTransport();
    private FakeLink backend;

    /** A link of the tapped loop, and the backend's end of it in {@link #backend}. */
    private Link open(FrameTap tap) {
        Link[] opened = new Link[1];
        new SessionLoop(Schedulers.immediate(), transport).tapped(tap).transport().connect(config)
                .subscribe(link -> opened[0] = link);
        backend = transport.accept();
        return opened[0];
    }

    @Test
    void theTapSeesTextFramesBothWaysInOrderAndPongsAreNotFrames() {
        List<String> seen = new ArrayList<>();
        Link link = open((direction, text) -> seen.add(direction + " " + text));
        List<Link.LinkEvent> received = new ArrayList<>();
        link.inbound().subscribe(received::add);

        link.send("[2,\"1\",\"Heartbeat\",{}]".getBytes(StandardCharsets.UTF_8));
        backend.receive("[3,\"1\",{\"currentTime\":\"2026-12-05T10:00:00Z\"}]");
        backend.pong();

        assertThat(seen).containsExactly("OUT [2,\"1\",\"Heartbeat\",{}]",
                "IN [3,\"1\",{\"currentTime\":\"2026-12-05T10:00:00Z\"}]");
        assertThat(backend.transcript).containsExactly("[2,\"1\",\"Heartbeat\",{}]");
        assertThat(received).hasSize(2);
    }

    @Test
    void aTapThatThrowsChangesNothingOnTheLink() {
        Link link = open((direction, text) -> {
            throw new IllegalStateException("broken tap");
        });
        List<Link.LinkEvent> received = new ArrayList<>();
        link.inbound().subscribe(received::add);

        link.send("[2,\"1\",\"Heartbeat\",{}]".getBytes(StandardCharsets.UTF_8));
        backend.receive("[3,\"1\",{}]");

        assertThat(backend.transcript).containsExactly("[2,\"1\",\"Heartbeat\",{}]");
        assertThat(received).singleElement().isInstanceOf(Link.Text.class);
    }

    @Test
    void anUntappedLoopKeepsItsOwnTransport() {
        SessionLoop loop = new SessionLoop(Schedulers.immediate(), transport);
        assertThat(loop.transport()).isSameAs(transport);
        assertThat(loop.tapped((direction, text) -> { }).transport()).isNotSameAs(transport);
    }
}
