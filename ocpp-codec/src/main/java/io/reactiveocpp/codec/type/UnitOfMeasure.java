package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code UnitOfMeasure}.
 */
public enum UnitOfMeasure implements SpecEnum {
    WH("Wh"),
    KWH("kWh"),
    VARH("varh"),
    KVARH("kvarh"),
    W("W"),
    KW("kW"),
    VA("VA"),
    KVA("kVA"),
    VAR("var"),
    KVAR("kvar"),
    A("A"),
    V("V"),
    K("K"),
    CELCIUS("Celcius"),
    CELSIUS("Celsius"),
    FAHRENHEIT("Fahrenheit"),
    PERCENT("Percent");

    /** Reads and writes the literal. */
    public static final EnumCodec<UnitOfMeasure> CODEC = EnumCodec.of(values());

    private final String literal;

    UnitOfMeasure(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static UnitOfMeasure fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
