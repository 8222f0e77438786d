package io.reactiveocpp.codec.action;

/** The OCPP 1.6 feature profiles (section 3.1), and the Security Whitepaper's additions as one more. */
public enum FeatureProfile {
    CORE,
    FIRMWARE_MANAGEMENT,
    LOCAL_AUTH_LIST_MANAGEMENT,
    RESERVATION,
    SMART_CHARGING,
    REMOTE_TRIGGER,
    /** The messages of the OCPP 1.6 Security Whitepaper (edition 2). */
    SECURITY
}
