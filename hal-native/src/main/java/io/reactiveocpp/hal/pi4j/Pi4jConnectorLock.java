package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.ConnectorLock;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.function.Consumer;

/**
 * A cable lock on a GPIO output with its position switch on a GPIO input. A command that the switch does
 * not confirm within {@code feedbackTimeout} fails with {@link io.reactiveocpp.hal.HardwareException} and
 * raises {@link FaultCode#CONNECTOR_LOCK_FAILURE} ("LOCK_STUCK"); the next confirmed command clears it.
 *
 * <p>Threads: commands run on the subscriber's thread, timeouts and faults on {@code scheduler}.
 */
public final class Pi4jConnectorLock implements ConnectorLock, Disposable {

    private final Pi4jIo io;
    private final LockConfig config;
    private final Scheduler scheduler;
    private final FeedbackOutput actuator;
    private final FaultLatch fault;

    public Pi4jConnectorLock(Pi4jIo io, LockConfig config, Scheduler scheduler, Consumer<Fault> faults) {
        this.io = io;
        this.config = config;
        this.scheduler = scheduler;
        this.actuator = new FeedbackOutput(io.output(motorId(config.connectorId()), config.motor()), config.motor(),
                io.input(feedbackId(config.connectorId()), config.feedback()), config.feedback());
        this.fault = new FaultLatch(config.connectorId(), FaultCode.CONNECTOR_LOCK_FAILURE, faults);
    }

    static String motorId(int connectorId) {
        return "connector-" + connectorId + "-lock-motor";
    }

    static String feedbackId(int connectorId) {
        return "connector-" + connectorId + "-lock-feedback";
    }

    @Override
    public Mono<Void> lock() {
        return move(true, "lock of connector " + config.connectorId() + " did not lock");
    }

    @Override
    public Mono<Void> unlock() {
        return move(false, "lock of connector " + config.connectorId() + " did not unlock");
    }

    @Override
    public boolean locked() {
        return actuator.active();
    }

    private Mono<Void> move(boolean locked, String failure) {
        return actuator.drive(locked, config.feedbackTimeout(), scheduler, failure)
                .publishOn(scheduler)
                .doOnSuccess(done -> fault.clear())
                .doOnError(e -> fault.raise("LOCK_STUCK", e.getMessage()));
    }

    /** Releases the GPIO lines; the motor output goes inactive (unlocked) on shutdown. */
    @Override
    public void dispose() {
        actuator.close();
        io.release(motorId(config.connectorId()));
        io.release(feedbackId(config.connectorId()));
    }
}
