package io.reactiveocpp.hal.modbus;

import io.reactiveocpp.hal.EnergyMeter;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.SignedReading;
import io.reactiveocpp.hal.modbus.ReadResponse.ExceptionResponse;
import io.reactiveocpp.hal.modbus.ReadResponse.Registers;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An {@link EnergyMeter} read over Modbus RTU with a {@link RegisterMap}: every {@code pollInterval} it reads
 * the map's registers and emits a {@link MeterReading}.
 *
 * <p>Failures never end {@link #readings()}: a read that fails emits nothing and, as described at
 * {@link ModbusMeterConfig#failuresBeforeFault}, raises a {@link FaultCode#POWER_METER_FAILURE} fault whose
 * vendor error code is the {@link ModbusError}'s; the next good reading clears it.
 *
 * <p>Threads: polling, decoding and fault reporting are confined to {@code scheduler}, which the serial I/O
 * blocks: give it a thread of its own ({@code Schedulers.newSingle}), shared by all meters on one bus together
 * with their {@link ModbusRtuClient}. Tests pass a virtual-time scheduler.
 */
public final class ModbusEnergyMeter implements EnergyMeter, Disposable {

    private final ModbusMeterConfig config;
    private final RegisterMap map;
    private final ModbusRtuClient client;
    private final Scheduler scheduler;
    private final Consumer<Fault> faults;
    private final List<ReadRequest> requests;
    private final ReadingDecoder decoder;
    private final Sinks.Many<MeterReading> readings = Sinks.many().replay().latest();
    private Disposable polling;

    // confined to scheduler
    private MeterReading last;
    private int consecutiveFailures;
    private ModbusError raised;

    /**
     * @param faults receives raised and cleared faults, on {@code scheduler}
     */
    public ModbusEnergyMeter(ModbusMeterConfig config, RegisterMap map, ModbusRtuClient client,
                             Scheduler scheduler, Consumer<Fault> faults) {
        this.config = config;
        this.map = map;
        this.client = client;
        this.scheduler = scheduler;
        this.faults = faults;
        this.requests = map.requests(config.slave());
        this.decoder = new ReadingDecoder(map, requests);
    }

    /** Starts polling: the first read now, then one every {@code pollInterval}. Returns this. */
    public ModbusEnergyMeter start() {
        if (polling == null) {
            polling = Flux.interval(Duration.ZERO, config.pollInterval(), scheduler).subscribe(tick -> poll());
        }
        return this;
    }

    /** Stops polling; {@link #readings()} completes. The link stays open: its owner closes it. */
    @Override
    public void dispose() {
        if (polling != null) {
            polling.dispose();
        }
        readings.tryEmitComplete();
    }

    @Override
    public Flux<MeterReading> readings() {
        return readings.asFlux().onBackpressureLatest();
    }

    @Override
    public String serialNumber() {
        return config.serialNumber();
    }

    @Override
    public String model() {
        return map.model();
    }

    @Override
    public boolean canSign() {
        return false;
    }

    @Override
    public Mono<SignedReading> signedReading() {
        return Mono.empty();
    }

    // confined to scheduler
    private void poll() {
        try {
            Registers[] registers = new Registers[requests.size()];
            for (int i = 0; i < registers.length; i++) {
                Decoded<ReadResponse> answer = client.read(requests.get(i));
                if (answer instanceof Decoded.Invalid<ReadResponse> invalid) {
                    fail(invalid.error(), invalid.detail());
                    return;
                }
                ReadResponse response = ((Decoded.Valid<ReadResponse>) answer).value();
                if (response instanceof ExceptionResponse exception) {
                    fail(ModbusError.EXCEPTION_RESPONSE, "exception " + exception.code() + ": " + exception.meaning());
                    return;
                }
                registers[i] = (Registers) response;
            }
            Instant now = Instant.ofEpochMilli(scheduler.now(TimeUnit.MILLISECONDS));
            Decoded<MeterReading> reading = decoder.decode(now, registers, last);
            if (reading instanceof Decoded.Invalid<MeterReading> invalid) {
                fail(invalid.error(), invalid.detail());
                return;
            }
            succeed(((Decoded.Valid<MeterReading>) reading).value());
        } catch (RuntimeException e) {
            fail(ModbusError.LINK_FAILURE, String.valueOf(e));
        }
    }

    private void fail(ModbusError error, String detail) {
        consecutiveFailures++;
        if (error.communication() && consecutiveFailures < config.failuresBeforeFault() || error == raised) {
            return;
        }
        raised = error;
        faults.accept(new Fault(config.connectorId(), FaultCode.POWER_METER_FAILURE, detail, error.vendorCode(), true));
    }

    private void succeed(MeterReading reading) {
        consecutiveFailures = 0;
        if (raised != null) {
            faults.accept(new Fault(config.connectorId(), FaultCode.POWER_METER_FAILURE, null, raised.vendorCode(), false));
            raised = null;
        }
        last = reading;
        readings.tryEmitNext(reading);
    }
}
