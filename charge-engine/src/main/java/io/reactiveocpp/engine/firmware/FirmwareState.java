package io.reactiveocpp.engine.firmware;

/**
 * What the firmware update is doing now, for {@code /api/status}: {@code phase} is the last status reported (a
 * SignedFirmwareStatusNotification literal such as {@code Downloading}, or {@code Idle}); {@code location} has no
 * credentials; {@code bytes} received by the current download; {@code attempt} of the download (1 = the first).
 */
public record FirmwareState(String phase, Integer requestId, String location, long bytes, int attempt) {

    /** Nothing going on. */
    public static final FirmwareState IDLE = new FirmwareState("Idle", null, null, 0, 0);

    public FirmwareState {
        if (phase == null || phase.isEmpty()) {
            throw new IllegalArgumentException("phase is required");
        }
        if (bytes < 0 || attempt < 0) {
            throw new IllegalArgumentException("bytes and attempt must not be negative");
        }
    }
}
