package io.reactiveocpp.session.transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/** A {@link Link} that shows its text frames to a {@link FrameTap} and otherwise does what its link does. */
final class TappedLink implements Link {

    private static final Logger LOG = LoggerFactory.getLogger(TappedLink.class);

    private final Link link;
    private final FrameTap tap;

    TappedLink(Link link, FrameTap tap) {
        this.link = link;
        this.tap = tap;
    }

    /** {@code transport} with every link it opens tapped. */
    static Transport tapping(Transport transport, FrameTap tap) {
        return config -> transport.connect(config).map(link -> new TappedLink(link, tap));
    }

    @Override
    public Flux<LinkEvent> inbound() {
        return link.inbound().doOnNext(event -> {
            if (event instanceof Text text) {
                show(FrameTap.Direction.IN, text.utf8());
            }
        });
    }

    @Override
    public void send(byte[] utf8) {
        show(FrameTap.Direction.OUT, utf8);
        link.send(utf8);
    }

    private void show(FrameTap.Direction direction, byte[] utf8) {
        try {
            tap.frame(direction, new String(utf8, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            LOG.warn("the frame tap failed on a {} frame (ignored)", direction, e);
        }
    }

    @Override
    public boolean writable() {
        return link.writable();
    }

    @Override
    public Flux<Boolean> writability() {
        return link.writability();
    }

    @Override
    public void ping() {
        link.ping();
    }

    @Override
    public Mono<Void> close(int code, String reason) {
        return link.close(code, reason);
    }
}
