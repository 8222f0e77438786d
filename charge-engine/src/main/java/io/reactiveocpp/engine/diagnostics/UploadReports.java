package io.reactiveocpp.engine.diagnostics;

import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.firmware.DiagnosticsStatusNotificationRequest;
import io.reactiveocpp.codec.message.security.LogStatusNotificationRequest;
import io.reactiveocpp.codec.type.DiagnosticsStatus;
import io.reactiveocpp.codec.type.UploadLogStatus;
import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.session.OcppClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status notifications of an upload: DiagnosticsStatusNotification for GetDiagnostics, LogStatusNotification with
 * the requestId for GetLog; a failed GetLog says why where the transfer knows it.
 */
final class UploadReports {

    private static final Logger LOG = LoggerFactory.getLogger(UploadReports.class);

    private final OcppClient client;
    private UploadState last = UploadState.IDLE;

    UploadReports(OcppClient client) {
        this.client = client;
    }

    void uploading(UploadJob job) {
        report(job, DiagnosticsStatus.UPLOADING, UploadLogStatus.UPLOADING);
    }

    void uploaded(UploadJob job) {
        report(job, DiagnosticsStatus.UPLOADED, UploadLogStatus.UPLOADED);
    }

    /** UploadFailed; for GetLog PermissionDenied, BadMessage, NotSupportedOperation or UploadFailure. */
    void failed(UploadJob job, Throwable error) {
        UploadLogStatus logStatus = UploadLogStatus.UPLOAD_FAILURE;
        if (error instanceof TransferException failed) {
            logStatus = switch (failed.reason()) {
                case AUTHENTICATION -> UploadLogStatus.PERMISSION_DENIED;
                case PROTOCOL -> UploadLogStatus.BAD_MESSAGE;
                case UNSUPPORTED -> UploadLogStatus.NOT_SUPPORTED_OPERATION;
                default -> UploadLogStatus.UPLOAD_FAILURE;
            };
        }
        report(job, DiagnosticsStatus.UPLOAD_FAILED, logStatus);
    }

    /** DiagnosticsStatusNotification with {@code status} (a TriggerMessage's Idle or Uploading). */
    void diagnostics(DiagnosticsStatus status) {
        send(new DiagnosticsStatusNotificationRequest(status));
    }

    /** LogStatusNotification with {@code status} (an ExtendedTriggerMessage's Idle or Uploading). */
    void log(UploadLogStatus status, Integer requestId) {
        send(new LogStatusNotificationRequest(status, requestId));
    }

    /** The last status an upload reported ({@code Idle} before any). */
    UploadState last() {
        return last;
    }

    private void report(UploadJob job, DiagnosticsStatus diagnostics, UploadLogStatus log) {
        last = job.isGetLog() ? new UploadState(log.literal(), "GetLog", job.requestId())
                : new UploadState(diagnostics.literal(), "GetDiagnostics", null);
        send(job.isGetLog() ? new LogStatusNotificationRequest(log, job.requestId())
                : new DiagnosticsStatusNotificationRequest(diagnostics));
    }

    private void send(Request<?> request) {
        client.call(request).subscribe(null, e -> LOG.warn("{} not delivered: {}", request.action().wireName(),
                e.getMessage()));
    }
}
