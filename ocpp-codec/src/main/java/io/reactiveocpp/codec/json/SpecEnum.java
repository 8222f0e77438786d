package io.reactiveocpp.codec.json;

/**
 * An enum of the OCPP specification whose constants stand for spec literals
 * ({@code Measurand.ENERGY_ACTIVE_IMPORT_REGISTER} is {@code "Energy.Active.Import.Register"}).
 */
public interface SpecEnum {

    /** The literal exactly as the specification and the wire spell it. */
    String literal();
}
