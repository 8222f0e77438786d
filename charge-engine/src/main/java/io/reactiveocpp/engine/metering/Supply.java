package io.reactiveocpp.engine.metering;

/**
 * How a connector is supplied, for the power it offers ({@code Power.Offered} = offered current × phases ×
 * nominal voltage). The engine reads it from the vendor keys {@code ConnectorPhases} and
 * {@code ConnectorNominalVoltage} (defaults 3 and 230 V).
 *
 * @param phases           phases wired to the connector, 1 to 3
 * @param nominalVoltageV  the nominal voltage of each phase against neutral, V (more than 0)
 */
public record Supply(int phases, double nominalVoltageV) {

    /** Three phases at 230 V, the defaults of the keys. */
    public static final Supply THREE_PHASE_230 = new Supply(3, 230);

    public Supply {
        if (phases < 1 || phases > 3) {
            throw new IllegalArgumentException("phases must be 1 to 3, not " + phases);
        }
        if (!(nominalVoltageV > 0)) {
            throw new IllegalArgumentException("nominalVoltageV must be more than 0 V, not " + nominalVoltageV);
        }
    }

    /** The power {@code amps} per phase make, W. */
    public double watts(double amps) {
        return amps * phases * nominalVoltageV;
    }
}
