package io.reactiveocpp.engine.diagnostics;

import io.reactiveocpp.codec.message.firmware.GetDiagnosticsRequest;
import io.reactiveocpp.codec.message.security.GetLogRequest;
import io.reactiveocpp.codec.type.LogParameters;
import io.reactiveocpp.codec.type.LogType;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;

/**
 * One upload the backend asked for, checked: GetDiagnostics (OCPP 1.6 section 5.9) or GetLog (1.6 security
 * whitepaper). A bad field is an {@link IllegalArgumentException} that names it.
 *
 * @param requestId     GetLog's requestId, {@code null} for GetDiagnostics (which reports DiagnosticsStatusNotification)
 * @param type          what the archive holds
 * @param location      where to upload (an absolute URI)
 * @param retries       how often a failed upload is tried again, at most {@link #MAX_RETRIES}
 * @param retryInterval the pause before each retry
 * @param from          the oldest log entry wanted, or {@code null}
 * @param to            the latest log entry wanted, or {@code null}
 */
public record UploadJob(Integer requestId, LogType type, URI location, int retries, Duration retryInterval,
                        Instant from, Instant to) {

    /** Retries when the request gives none: one more try. */
    public static final int DEFAULT_RETRIES = 1;
    /** More retries than this are not made (a backend cannot keep the charge point busy forever). */
    public static final int MAX_RETRIES = 10;
    /** The pause between attempts when the request gives none. */
    public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(60);
    /** The longest pause between attempts. */
    public static final Duration MAX_RETRY_INTERVAL = Duration.ofDays(1);

    public UploadJob {
        if (type == null) {
            throw new IllegalArgumentException("logType: required");
        }
        if (location == null || !location.isAbsolute() || location.getHost() == null) {
            throw new IllegalArgumentException("location: an absolute URI with a host is required, such as "
                    + "ftp://host/dir/");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries: must be 0 or more, got " + retries);
        }
        if (retryInterval.isNegative()) {
            throw new IllegalArgumentException("retryInterval: must be 0 or more seconds, got " + retryInterval.toSeconds());
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("stopTime: " + to + " is before the start " + from);
        }
        retries = Math.min(retries, MAX_RETRIES);
        retryInterval = retryInterval.compareTo(MAX_RETRY_INTERVAL) > 0 ? MAX_RETRY_INTERVAL : retryInterval;
    }

    /** GetDiagnostics: the diagnostics log of {@code startTime..stopTime}. */
    public static UploadJob of(GetDiagnosticsRequest request) {
        return new UploadJob(null, LogType.DIAGNOSTICS_LOG, uri("location", request.location()),
                retries(request.retries()), interval(request.retryInterval()), request.startTime(), request.stopTime());
    }

    /** GetLog: the log of its type in {@code oldestTimestamp..latestTimestamp}. */
    public static UploadJob of(GetLogRequest request) {
        LogParameters log = request.log();
        if (log.oldestTimestamp() != null && log.latestTimestamp() != null
                && log.latestTimestamp().isBefore(log.oldestTimestamp())) {
            throw new IllegalArgumentException("log.latestTimestamp: " + log.latestTimestamp()
                    + " is before log.oldestTimestamp " + log.oldestTimestamp());
        }
        return new UploadJob(request.requestId(), request.logType(),
                uri("log.remoteLocation", request.log().remoteLocation()), retries(request.retries()),
                interval(request.retryInterval()), request.log().oldestTimestamp(), request.log().latestTimestamp());
    }

    /** Whether the backend asked with GetLog (LogStatusNotification) rather than GetDiagnostics. */
    public boolean isGetLog() {
        return requestId != null;
    }

    private static int retries(Integer retries) {
        return retries == null ? DEFAULT_RETRIES : retries;
    }

    private static Duration interval(Integer seconds) {
        return seconds == null ? DEFAULT_RETRY_INTERVAL : Duration.ofSeconds(seconds);
    }

    private static URI uri(String field, String location) {
        try {
            URI uri = new URI(location);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException(field + ": an absolute URI with a host is required, such as "
                        + "ftp://host/dir/");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + ": not a URI (" + e.getReason() + ")");
        }
    }
}
