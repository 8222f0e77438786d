package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.pwm.Pwm;
import io.reactiveocpp.hal.ControlPilot;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.PilotSignal;
import io.reactiveocpp.hal.PilotState;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.util.function.Consumer;

/**
 * The control pilot: the {@link PilotSignal} as a 1 kHz hardware PWM at its {@link PilotSignal#dutyCycle duty
 * cycle} (100 % standby, 10–96 % an offered current, 5 % digital communication, 0 % state F), the EV's state from
 * the pilot voltage read through an {@link Mcp3008}.
 *
 * <p>Each read takes {@code samplesPerRead} conversions and classifies the highest one, the PWM's positive
 * plateau, with {@link PilotThresholds}. While the PWM oscillates, a read whose highest sample is at −12 V
 * saw no plateau at all and is ignored. A state is reported after {@code debounceReads} agreeing reads. While
 * the pilot generates state F the line shows −12 V whatever the EV does, so it is not read and the last state
 * reported stands; reads resume (debounced afresh) with the next other signal. An ADC that cannot be read raises
 * {@link FaultCode#INTERNAL_ERROR} ("PILOT_ADC") until it reads again.
 *
 * <p>Threads: reads, state and faults are confined to {@code scheduler}, which the SPI transfers block (give
 * it a thread of its own); {@link #offer} sets the PWM on the subscriber's thread. Pilots that share one
 * MCP3008 share its SPI device; each SPI transfer is one atomic {@code ioctl} on Linux.
 */
public final class Pi4jControlPilot implements ControlPilot, Disposable {

    private final Pi4jIo io;
    private final PilotConfig config;
    private final Scheduler scheduler;
    private final Pwm pwm;
    private final Mcp3008 adc;
    private final FaultLatch fault;
    private final Sinks.Many<PilotState> states = Sinks.many().replay().latest();
    private volatile PilotSignal signal = PilotSignal.STANDBY;
    private Disposable polling;

    // confined to scheduler
    private PilotState reported;
    private PilotState candidate;
    private int agreeingReads;

    public Pi4jControlPilot(Pi4jIo io, PilotConfig config, Scheduler scheduler, Consumer<Fault> faults) {
        this.io = io;
        this.config = config;
        this.scheduler = scheduler;
        this.pwm = io.pwm(pwmId(config.connectorId()), config.pwmChannel(), config.pwmFrequencyHz(), config.pwmInverted());
        this.adc = new Mcp3008(io.spi(config.spiBus(), config.spiChipSelect(), config.spiBaud()), config.adcChannel());
        this.fault = new FaultLatch(config.connectorId(), FaultCode.INTERNAL_ERROR, faults);
    }

    static String pwmId(int connectorId) {
        return "connector-" + connectorId + "-pilot-pwm";
    }

    /** Starts reading the pilot every {@code pollInterval}. Returns this. */
    public Pi4jControlPilot start() {
        if (polling == null) {
            polling = Flux.interval(config.pollInterval(), scheduler).subscribe(tick -> read());
        }
        return this;
    }

    @Override
    public Flux<PilotState> states() {
        return states.asFlux();
    }

    @Override
    public Mono<Void> offer(double amps) {
        if (!(amps >= 0) || Double.isInfinite(amps)) {
            return Mono.error(new IllegalArgumentException("amps must be a number ≥ 0, got " + amps));
        }
        return generate(PilotSignal.current(amps));
    }

    /** {@inheritDoc} Every signal; lazy, applied on the subscriber's thread. */
    @Override
    public Mono<Void> generate(PilotSignal signal) {
        if (signal == null) {
            return Mono.error(new IllegalArgumentException("signal is required"));
        }
        return Mono.fromRunnable(() -> {
            try {
                // Pi4J switches a PWM at 0 % off, and a channel that is off idles at a level of its own, not
                // necessarily the polarity's: state F is an enabled channel at 0 %, a constant −12 V
                pwm.setDutyCycle(signal.dutyCycle());
                pwm.setFrequency(config.pwmFrequencyHz());
                pwm.on();
            } catch (RuntimeException e) {
                throw new HardwareException("pilot PWM of connector " + config.connectorId() + " failed", e);
            }
            this.signal = signal;
        });
    }

    @Override
    public PilotSignal signal() {
        return signal;
    }

    @Override
    public double offered() {
        return signal.amps();
    }

    // confined to scheduler
    private void read() {
        PilotSignal generating = signal;
        if (generating.mode() == PilotSignal.Mode.UNAVAILABLE) {
            candidate = null;
            agreeingReads = 0;
            return;
        }
        double highest = Double.NEGATIVE_INFINITY;
        try {
            for (int i = 0; i < config.samplesPerRead(); i++) {
                highest = Math.max(highest, config.pilotVolts(adc.read()));
            }
        } catch (HardwareException e) {
            fault.raise("PILOT_ADC", e.getMessage());
            return;
        }
        fault.clear();
        PilotState state = config.thresholds().classify(highest);
        if (state == PilotState.F && generating.oscillating()) {
            return; // every sample fell into the PWM's negative half: no plateau seen
        }
        agreeingReads = state == candidate ? agreeingReads + 1 : 1;
        candidate = state;
        if (agreeingReads >= config.debounceReads() && state != reported) {
            reported = state;
            states.tryEmitNext(state);
        }
    }

    /**
     * Stops reading and releases the PWM (switched off: −12 V, EVSE not available). The SPI device may serve
     * other pilots and stays until the context shuts down.
     */
    @Override
    public void dispose() {
        if (polling != null) {
            polling.dispose();
        }
        states.tryEmitComplete();
        io.release(pwmId(config.connectorId()));
    }
}
