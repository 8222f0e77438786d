package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import io.reactiveocpp.hal.HardwareException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * An actuator on a GPIO output whose position a GPIO input reports back (a contactor's auxiliary contact, a
 * lock's switch). {@link #drive} completes when the feedback confirms the commanded position.
 *
 * <p>Threads: feedback events arrive on Pi4J's threads and are serialised into a sink; commands come from
 * the caller's thread; timeouts run on the given scheduler.
 */
final class FeedbackOutput implements AutoCloseable {

    private final DigitalOutput output;
    private final DigitalInput feedback;
    private final DigitalPin outputPin;
    private final DigitalPin feedbackPin;
    private final Sinks.Many<Boolean> changes = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<Boolean> commanded = Sinks.many().replay().latest();
    private final DigitalStateChangeListener listener;

    FeedbackOutput(DigitalOutput output, DigitalPin outputPin, DigitalInput feedback, DigitalPin feedbackPin) {
        this.output = output;
        this.feedback = feedback;
        this.outputPin = outputPin;
        this.feedbackPin = feedbackPin;
        this.listener = event -> emit(changes, feedbackPin.active(event.state()));
        emit(commanded, false);
        feedback.addListener(listener);
    }

    /** The position the feedback reports now. */
    boolean active() {
        return feedbackPin.active(feedback.state());
    }

    /** The feedback position now, then on every change. */
    Flux<Boolean> feedback() {
        // subscribe to the changes first, then read the line, so that no change falls in between
        return Flux.merge(changes.asFlux(), Mono.fromSupplier(this::active)).distinctUntilChanged();
    }

    /** The commanded position: now, then on every command. */
    Flux<Boolean> commanded() {
        return commanded.asFlux();
    }

    /**
     * Sets the output on subscription and completes once the feedback shows {@code active}; fails with
     * {@link HardwareException} (with {@code what} in its message) when that takes longer than {@code timeout}
     * or the output cannot be set.
     */
    Mono<Void> drive(boolean active, Duration timeout, Scheduler scheduler, String what) {
        return Mono.defer(() -> {
            try {
                output.state(outputPin.level(active));
            } catch (RuntimeException e) {
                return Mono.error(new HardwareException(what + ": cannot set the output", e));
            }
            emit(commanded, active);
            return feedback().filter(position -> position == active).next()
                    .timeout(timeout, scheduler)
                    .onErrorMap(TimeoutException.class,
                            e -> new HardwareException(what + ": no feedback within " + timeout.toMillis() + " ms"))
                    .then();
        });
    }

    /** Emits from any thread: concurrent emitters take turns; without subscribers the value is dropped. */
    static <T> void emit(Sinks.Many<T> sink, T value) {
        while (sink.tryEmitNext(value) == Sinks.EmitResult.FAIL_NON_SERIALIZED) {
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        feedback.removeListener(listener);
        changes.tryEmitComplete();
        commanded.tryEmitComplete();
    }
}
