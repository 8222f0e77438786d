package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code Measurand}.
 */
public enum Measurand implements SpecEnum {
    ENERGY_ACTIVE_EXPORT_REGISTER("Energy.Active.Export.Register"),
    ENERGY_ACTIVE_IMPORT_REGISTER("Energy.Active.Import.Register"),
    ENERGY_REACTIVE_EXPORT_REGISTER("Energy.Reactive.Export.Register"),
    ENERGY_REACTIVE_IMPORT_REGISTER("Energy.Reactive.Import.Register"),
    ENERGY_ACTIVE_EXPORT_INTERVAL("Energy.Active.Export.Interval"),
    ENERGY_ACTIVE_IMPORT_INTERVAL("Energy.Active.Import.Interval"),
    ENERGY_REACTIVE_EXPORT_INTERVAL("Energy.Reactive.Export.Interval"),
    ENERGY_REACTIVE_IMPORT_INTERVAL("Energy.Reactive.Import.Interval"),
    POWER_ACTIVE_EXPORT("Power.Active.Export"),
    POWER_ACTIVE_IMPORT("Power.Active.Import"),
    POWER_OFFERED("Power.Offered"),
    POWER_REACTIVE_EXPORT("Power.Reactive.Export"),
    POWER_REACTIVE_IMPORT("Power.Reactive.Import"),
    POWER_FACTOR("Power.Factor"),
    CURRENT_IMPORT("Current.Import"),
    CURRENT_EXPORT("Current.Export"),
    CURRENT_OFFERED("Current.Offered"),
    VOLTAGE("Voltage"),
    FREQUENCY("Frequency"),
    TEMPERATURE("Temperature"),
    SOC("SoC"),
    RPM("RPM");

    /** Reads and writes the literal. */
    public static final EnumCodec<Measurand> CODEC = EnumCodec.of(values());

    private final String literal;

    Measurand(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static Measurand fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
