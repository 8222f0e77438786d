package io.reactiveocpp.engine.diagnostics;

/**
 * The last upload of a diagnostics archive or security log, for {@code /api/status}: {@code status} is the last status
 * reported of it (a DiagnosticsStatus literal such as {@code Uploading}, {@code Uploaded} or {@code UploadFailed} for
 * GetDiagnostics; an UploadLogStatus literal such as {@code UploadFailure} for GetLog), {@code Idle} before any.
 *
 * @param status    the last status reported
 * @param request   {@code GetDiagnostics} or {@code GetLog}, {@code null} before any upload
 * @param requestId GetLog's requestId, else {@code null}
 */
public record UploadState(String status, String request, Integer requestId) {

    /** No upload since the start. */
    public static final UploadState IDLE = new UploadState("Idle", null, null);

    public UploadState {
        if (status == null || status.isEmpty()) {
            throw new IllegalArgumentException("status is required");
        }
    }
}
