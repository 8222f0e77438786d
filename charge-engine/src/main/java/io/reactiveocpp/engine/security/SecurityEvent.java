package io.reactiveocpp.engine.security;

/**
 * The security events of the OCPP 1.6 security whitepaper (edition 3, appendix "Security events"), with the
 * table's criticality and whether this charge point sends them to the backend.
 *
 * <p>The whitepaper marks seven events critical ("should be pushed to the Central System"): FirmwareUpdated,
 * SettingSystemTime, StartupOfTheDevice, ResetOrReboot, SecurityLogWasCleared, MemoryExhaustion and
 * TamperDetectionActivated (EVerest libocpp's 1.6 {@code is_critical} reads the table the same way). This charge point
 * also sends, as issue 15 asks, the events an operator must hear of even though the table does not push them:
 * refused credentials either way, changed security settings, and the certificate, signature and TLS failures
 * (the signed firmware use case itself asks for InvalidFirmwareSignature and InvalidFirmwareSigningCertificate).
 * InvalidMessages and AttemptedReplayAttacks are only logged.
 */
public enum SecurityEvent {
    FIRMWARE_UPDATED("FirmwareUpdated", true, true),
    FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM("FailedToAuthenticateAtCentralSystem", false, true),
    CENTRAL_SYSTEM_FAILED_TO_AUTHENTICATE("CentralSystemFailedToAuthenticate", false, true),
    SETTING_SYSTEM_TIME("SettingSystemTime", true, true),
    STARTUP_OF_THE_DEVICE("StartupOfTheDevice", true, true),
    RESET_OR_REBOOT("ResetOrReboot", true, true),
    SECURITY_LOG_WAS_CLEARED("SecurityLogWasCleared", true, true),
    RECONFIGURATION_OF_SECURITY_PARAMETERS("ReconfigurationOfSecurityParameters", false, true),
    MEMORY_EXHAUSTION("MemoryExhaustion", true, true),
    INVALID_MESSAGES("InvalidMessages", false, false),
    ATTEMPTED_REPLAY_ATTACKS("AttemptedReplayAttacks", false, false),
    TAMPER_DETECTION_ACTIVATED("TamperDetectionActivated", true, true),
    INVALID_FIRMWARE_SIGNATURE("InvalidFirmwareSignature", false, true),
    INVALID_FIRMWARE_SIGNING_CERTIFICATE("InvalidFirmwareSigningCertificate", false, true),
    INVALID_CENTRAL_SYSTEM_CERTIFICATE("InvalidCentralSystemCertificate", false, true),
    INVALID_CHARGE_POINT_CERTIFICATE("InvalidChargePointCertificate", false, true),
    INVALID_TLS_VERSION("InvalidTLSVersion", false, true),
    INVALID_TLS_CIPHER_SUITE("InvalidTLSCipherSuite", false, true);

    private final String literal;
    private final boolean critical;
    private final boolean sent;

    SecurityEvent(String literal, boolean critical, boolean sent) {
        this.literal = literal;
        this.critical = critical;
        this.sent = sent;
    }

    /** The name on the wire and in the security log. */
    public String literal() {
        return literal;
    }

    /** Critical in the whitepaper's table. */
    public boolean critical() {
        return critical;
    }

    /** Whether this charge point sends it as a SecurityEventNotification (see the class documentation). */
    public boolean sent() {
        return sent;
    }

    /** Whether an event named {@code type} is sent; a name outside the list (vendor-specific) is only logged. */
    public static boolean sent(String type) {
        for (SecurityEvent event : values()) {
            if (event.literal.equals(type)) {
                return event.sent;
            }
        }
        return false;
    }
}
