package io.reactiveocpp.engine.security;

/**
 * Where a part of the engine reports a security event of the OCPP 1.6 security whitepaper (its appendix's list,
 * e.g. {@code InvalidChargePointCertificate}, {@code InvalidFirmwareSignature}): logged in the security log and, when
 * critical, sent to the backend as a SecurityEventNotification.
 */
@FunctionalInterface
public interface SecurityEventSink {

    /** Drops every event (tests that do not look at them). */
    SecurityEventSink NONE = (type, techInfo) -> { };

    /**
     * Reports {@code type} (the whitepaper's event name) with {@code techInfo} (free text for the operator, cut to 255
     * characters; {@code null} for none). Call on the engine's scheduler.
     */
    void raise(String type, String techInfo);
}
