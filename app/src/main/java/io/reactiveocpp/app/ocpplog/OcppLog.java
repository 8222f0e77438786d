package io.reactiveocpp.app.ocpplog;

import io.reactiveocpp.session.transport.FrameTap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.util.concurrent.Queues;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * The OCPP log: the last {@code capacity} frames of the charge point's link in both directions
 * ({@value #CAPACITY} in the service), oldest first, secrets masked by {@link FrameReader} before anything is
 * kept, and each new frame live. It is the session's {@link FrameTap}: the tap only notes the time and hands the
 * text to {@code scheduler} (the session's), where the frame is read, masked and kept; the ring and the live
 * sink are confined to that scheduler. A live subscriber that does not keep up misses frames, it never holds
 * them up.
 */
public final class OcppLog implements FrameTap {

    /** Frames a resumed stream holds for a slow reader, at most. */
    static final int RESUME_BUFFER = 1024;
    /** Frames kept by the service. */
    public static final int CAPACITY = 500;
    /** Longest frame text kept; a longer one is cut and says how long it was. */
    public static final int MAX_TEXT = 16_384;
    private static final Logger LOG = LoggerFactory.getLogger(OcppLog.class);

    private final Scheduler scheduler;
    private final Clock clock;
    // confined to the scheduler
    private final FrameReader reader = new FrameReader();
    private final OcppFrame[] ring;
    private int next;
    private int size;
    private long kept;
    private final Sinks.Many<OcppFrame> live = Sinks.many().multicast().directBestEffort();

    public OcppLog(int capacity, Scheduler scheduler, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.ring = new OcppFrame[capacity];
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public void frame(Direction direction, String text) {
        Instant at = clock.instant();
        try {
            scheduler.schedule(() -> add(reader.read(at, direction, text)));
        } catch (RejectedExecutionException e) {
            LOG.debug("OCPP log closed: a {} frame not kept", direction);
        }
    }

    private void add(OcppFrame read) {
        OcppFrame frame = read.numbered(++kept);
        ring[next] = frame;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
        live.tryEmitNext(frame);
    }

    /** How many frames it keeps at most. */
    public int capacity() {
        return ring.length;
    }

    /**
     * The last {@code limit} kept frames of {@code action} ({@code null}: every frame), oldest first; answers of a
     * CALL carry its action when it was known.
     */
    public Mono<List<OcppFrame>> frames(String action, int limit) {
        return Mono.fromCallable(() -> {
            List<OcppFrame> all = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                OcppFrame frame = ring[(next - size + i + ring.length) % ring.length];
                if (action == null || action.equals(frame.action())) {
                    all.add(frame);
                }
            }
            return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
        }).subscribeOn(scheduler);
    }

    /** The frames kept from now on, as they come; completes when the log is closed. */
    public Flux<OcppFrame> live() {
        return live.asFlux();
    }

    /**
     * The kept frames numbered after {@code after}, oldest first, then every new frame as it comes, none twice and
     * none missed in between (the ring is read and the live frames subscribed in one task on the log's scheduler).
     * A subscriber that falls {@value #RESUME_BUFFER} frames behind misses the newest, as with {@link #live()}.
     */
    public Flux<OcppFrame> since(long after) {
        return Flux.defer(() -> {
            Sinks.Many<OcppFrame> out = Sinks.many().unicast().onBackpressureBuffer(Queues.<OcppFrame>get(RESUME_BUFFER).get());
            Disposable.Swap feed = Disposables.swap(); // disposed with the stream, also before the task below ran
            scheduler.schedule(() -> {
                long last = after;
                for (int i = 0; i < size; i++) {
                    OcppFrame frame = ring[(next - size + i + ring.length) % ring.length];
                    if (frame.seq() > after) {
                        out.tryEmitNext(frame);
                        last = frame.seq();
                    }
                }
                long replayed = last;
                feed.update(live.asFlux().filter(frame -> frame.seq() > replayed)
                        .subscribe(out::tryEmitNext, out::tryEmitError, out::tryEmitComplete));
            });
            return out.asFlux().doFinally(signal -> feed.dispose());
        });
    }

    /** Ends the live streams (the charge point is closed). */
    public void close() {
        scheduler.schedule(live::tryEmitComplete);
    }
}
