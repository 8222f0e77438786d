package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.PowerRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.function.Consumer;

/**
 * A contactor on a GPIO output with its auxiliary contact on a GPIO input.
 *
 * <p>The fault is derived from two facts, the commanded position and the feedback, whenever either changes:
 * <pre>
 *   commanded == feedback                      → no fault (a raised one is cleared)
 *   commanded open,   feedback closed, longer than feedbackTimeout → POWER_SWITCH_FAILURE "CONTACTOR_WELDED"
 *   commanded closed, feedback open,  longer than feedbackTimeout → POWER_SWITCH_FAILURE "CONTACTOR_OPEN"
 * </pre>
 * so a welded contactor is reported after an open command and also when its contact closes by itself, and a
 * contactor that drops out while charging is reported too. {@link #close()} and {@link #open()} additionally
 * fail with {@link io.reactiveocpp.hal.HardwareException} when the feedback does not follow in time.
 *
 * <p>Threads: commands run on the subscriber's thread; timeouts, the watchdog and faults on {@code scheduler}.
 */
public final class Pi4jPowerRelay implements PowerRelay, Disposable {

    private static final Logger log = LoggerFactory.getLogger(Pi4jPowerRelay.class);

    private final Pi4jIo io;
    private final RelayConfig config;
    private final Scheduler scheduler;
    private final FeedbackOutput contactor;
    private final Disposable watchdog;

    public Pi4jPowerRelay(Pi4jIo io, RelayConfig config, Scheduler scheduler, Consumer<Fault> faults) {
        this.io = io;
        this.config = config;
        this.scheduler = scheduler;
        this.contactor = new FeedbackOutput(io.output(coilId(config.connectorId()), config.coil()), config.coil(),
                io.input(feedbackId(config.connectorId()), config.feedback()), config.feedback());
        FaultLatch fault = new FaultLatch(config.connectorId(), FaultCode.POWER_SWITCH_FAILURE, faults);
        this.watchdog = Flux.combineLatest(contactor.commanded(), contactor.feedback(), Facts::new)
                .distinctUntilChanged()
                .switchMap(facts -> facts.agree()
                        ? Mono.just(facts)
                        : Mono.delay(config.feedbackTimeout(), scheduler).thenReturn(facts))
                .publishOn(scheduler)
                .subscribe(facts -> {
                    if (facts.agree()) {
                        fault.clear();
                    } else if (facts.closed()) {
                        fault.raise("CONTACTOR_WELDED", "contactor closed although commanded open");
                    } else {
                        fault.raise("CONTACTOR_OPEN", "contactor open although commanded closed");
                    }
                }, e -> log.error("contactor watchdog of connector {} stopped", config.connectorId(), e));
    }

    static String coilId(int connectorId) {
        return "connector-" + connectorId + "-contactor-coil";
    }

    static String feedbackId(int connectorId) {
        return "connector-" + connectorId + "-contactor-feedback";
    }

    @Override
    public Mono<Void> close() {
        return contactor.drive(true, config.feedbackTimeout(), scheduler,
                "contactor of connector " + config.connectorId() + " did not close");
    }

    @Override
    public Mono<Void> open() {
        return contactor.drive(false, config.feedbackTimeout(), scheduler,
                "contactor of connector " + config.connectorId() + " did not open");
    }

    @Override
    public boolean closed() {
        return contactor.active();
    }

    /** Stops the watchdog and releases the GPIO lines (the coil output goes inactive on shutdown). */
    @Override
    public void dispose() {
        watchdog.dispose();
        contactor.close();
        io.release(coilId(config.connectorId()));
        io.release(feedbackId(config.connectorId()));
    }

    private record Facts(boolean commanded, boolean closed) {
        boolean agree() {
            return commanded == closed;
        }
    }
}
