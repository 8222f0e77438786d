package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.pwm.Pwm;
import io.reactiveocpp.hal.ControlPilot;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.PilotState;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.util.function.Consumer;

/**
 * The control pilot: the offered current as a 1 kHz hardware PWM ({@link ControlPilot#dutyCycle}), the EV's
 * state from the pilot voltage read through an {@link Mcp3008}.
 *
 * <p>Each read takes {@code samplesPerRead} conversions and classifies the highest one, the PWM's positive
 * plateau, with {@link PilotThresholds}. While the PWM oscillates, a read whose highest sample is at −12 V
 * saw no plateau at all and is ignored. A state is reported after {@code debounceReads} agreeing reads. An ADC
 * that cannot be read raises {@link FaultCode#INTERNAL_ERROR} ("PILOT_ADC") until it reads again.
 *
 * <p>Threads: reads, state and faults are confined to {@code scheduler}, which the SPI transfers block (give
 * it a thread of its own); {@link #offer} sets the PWM on the subscriber's thread. Pilots that share one
 * MCP3008 share its SPI device; each SPI transfer is one atomic {@code ioctl} on Linux.
 */
public final class Pi4jControlPilot implements ControlPilot, Disposable {

    /** IEC 61851-1: the pilot oscillates at 1 kHz. */
    public static final int PWM_FREQUENCY_HZ = 1000;

    private final Pi4jIo io;
    private final PilotConfig config;
    private final Scheduler scheduler;
    private final Pwm pwm;
    private final Mcp3008 adc;
    private final FaultLatch fault;
    private final Sinks.Many<PilotState> states = Sinks.many().replay().latest();
    private volatile double offered;
    private Disposable polling;

    // confined to scheduler
    private PilotState reported;
    private PilotState candidate;
    private int agreeingReads;

    public Pi4jControlPilot(Pi4jIo io, PilotConfig config, Scheduler scheduler, Consumer<Fault> faults) {
        this.io = io;
        this.config = config;
        this.scheduler = scheduler;
        this.pwm = io.pwm(pwmId(config.connectorId()), config.pwmChannel(), PWM_FREQUENCY_HZ, config.pwmInverted());
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
        return Mono.fromRunnable(() -> {
            try {
                pwm.on(ControlPilot.dutyCycle(amps), PWM_FREQUENCY_HZ);
            } catch (RuntimeException e) {
                throw new HardwareException("pilot PWM of connector " + config.connectorId() + " failed", e);
            }
            offered = amps > 0 ? Math.min(Math.max(amps, 6.0), 80.0) : 0.0;
        });
    }

    @Override
    public double offered() {
        return offered;
    }

    // confined to scheduler
    private void read() {
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
        if (state == PilotState.F && offered > 0) {
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
