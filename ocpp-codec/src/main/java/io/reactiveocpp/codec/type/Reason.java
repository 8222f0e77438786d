package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * The OCPP 1.6 enumeration {@code Reason}.
 */
public enum Reason implements SpecEnum {
    EMERGENCY_STOP("EmergencyStop"),
    EV_DISCONNECTED("EVDisconnected"),
    HARD_RESET("HardReset"),
    LOCAL("Local"),
    OTHER("Other"),
    POWER_LOSS("PowerLoss"),
    REBOOT("Reboot"),
    REMOTE("Remote"),
    SOFT_RESET("SoftReset"),
    UNLOCK_COMMAND("UnlockCommand"),
    DE_AUTHORIZED("DeAuthorized");

    /** Reads and writes the literal. */
    public static final EnumCodec<Reason> CODEC = EnumCodec.of(values());

    private final String literal;

    Reason(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static Reason fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
