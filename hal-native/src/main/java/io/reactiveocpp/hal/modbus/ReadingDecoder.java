package io.reactiveocpp.hal.modbus;

import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.modbus.ReadResponse.Registers;

import java.time.Instant;
import java.util.List;

/**
 * Turns the registers of one poll into a {@link MeterReading}, refusing values that cannot be true: a
 * mapped value that is NaN or infinite, a negative energy register, or an energy register below the last
 * accepted reading's. A refusal is {@link ModbusError#IMPLAUSIBLE_VALUE}, never an exception.
 *
 * <p>{@link ModbusEnergyMeter} decodes each poll with one; it is public for tools that decode recorded answers
 * (the benchmarks).
 */
public final class ReadingDecoder {

    private static final Measurand[] MEASURANDS = Measurand.values();

    private final RegisterMap map;
    private final List<ReadRequest> requests;
    private final double[] values = new double[MEASURANDS.length];

    /** A decoder for the answers to {@code requests}, which must be {@code map.requests(slave)}. */
    public ReadingDecoder(RegisterMap map, List<ReadRequest> requests) {
        this.map = map;
        this.requests = requests;
    }

    /**
     * The reading in {@code registers} (one per request, in request order), checked against
     * {@code previous} (the last accepted reading, or {@code null}). Not thread-safe: reuses a buffer.
     */
    public Decoded<MeterReading> decode(Instant timestamp, Registers[] registers, MeterReading previous) {
        for (Measurand m : MEASURANDS) {
            RegisterMap.Entry entry = map.entries().get(m);
            values[m.ordinal()] = entry == null ? Double.NaN : read(entry, registers);
        }
        String problem = implausible(previous);
        if (problem != null) {
            return Decoded.invalid(ModbusError.IMPLAUSIBLE_VALUE, problem);
        }
        return Decoded.valid(new MeterReading(timestamp,
                values[Measurand.ENERGY_IMPORT_WH.ordinal()],
                map.entries().containsKey(Measurand.ENERGY_EXPORT_WH) ? values[Measurand.ENERGY_EXPORT_WH.ordinal()] : 0.0,
                values[Measurand.POWER_W.ordinal()],
                new MeterReading.Phases(values[Measurand.CURRENT_L1_A.ordinal()], values[Measurand.CURRENT_L2_A.ordinal()],
                        values[Measurand.CURRENT_L3_A.ordinal()]),
                new MeterReading.Phases(values[Measurand.VOLTAGE_L1_V.ordinal()], values[Measurand.VOLTAGE_L2_V.ordinal()],
                        values[Measurand.VOLTAGE_L3_V.ordinal()]),
                values[Measurand.FREQUENCY_HZ.ordinal()],
                values[Measurand.TEMPERATURE_C.ordinal()],
                null));
    }

    private double read(RegisterMap.Entry entry, Registers[] registers) {
        for (int i = 0; i < registers.length; i++) {
            if (requests.get(i).covers(entry.address(), entry.type().width())) {
                return entry.type().read(registers[i], entry.address(), map.wordOrder()) * entry.scale();
            }
        }
        throw new IllegalStateException("no request covers " + entry); // requests() covers every entry
    }

    private String implausible(MeterReading previous) {
        for (Measurand m : map.entries().keySet()) {
            double v = values[m.ordinal()];
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return m.key() + " is " + v;
            }
            if (m.energy() && v < 0) {
                return m.key() + " is negative: " + v;
            }
        }
        if (previous != null) {
            double importWh = values[Measurand.ENERGY_IMPORT_WH.ordinal()];
            if (importWh < previous.energyImportWh()) {
                return "energyImport went back: " + previous.energyImportWh() + " > " + importWh;
            }
            double exportWh = values[Measurand.ENERGY_EXPORT_WH.ordinal()];
            if (map.entries().containsKey(Measurand.ENERGY_EXPORT_WH) && exportWh < previous.energyExportWh()) {
                return "energyExport went back: " + previous.energyExportWh() + " > " + exportWh;
            }
        }
        return null;
    }
}
