package io.reactiveocpp.engine.firmware;

import io.reactiveocpp.codec.message.firmware.FirmwareStatusNotificationRequest;
import io.reactiveocpp.codec.message.security.SignedFirmwareStatusNotificationRequest;
import io.reactiveocpp.codec.type.FirmwareStatus;
import io.reactiveocpp.codec.type.SignedFirmwareStatus;
import io.reactiveocpp.engine.security.SecurityEventSink;
import io.reactiveocpp.session.OcppClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the backend how a firmware update goes: FirmwareStatusNotification for UpdateFirmware (the statuses 1.6
 * knows; the whitepaper's others are not sent), SignedFirmwareStatusNotification with the requestId for
 * SignedUpdateFirmware, and the security events of a refused signature or certificate and of an installed update.
 */
final class FirmwareReports {

    private static final Logger LOG = LoggerFactory.getLogger(FirmwareReports.class);

    private final OcppClient client;
    private final SecurityEventSink events;

    FirmwareReports(OcppClient client, SecurityEventSink events) {
        this.client = client;
        this.events = events;
    }

    /** Reports {@code status} of the update {@code requestId} ({@code null}: an UpdateFirmware). */
    void status(Integer requestId, SignedFirmwareStatus status) {
        LOG.info("firmware update{}: {}", requestId == null ? "" : " " + requestId, status.literal());
        if (requestId != null) {
            client.call(new SignedFirmwareStatusNotificationRequest(status, requestId))
                    .subscribe(null, e -> LOG.warn("SignedFirmwareStatusNotification failed: {}", e.getMessage()));
            return;
        }
        FirmwareStatus plain = plain(status);
        if (plain != null) {
            client.call(new FirmwareStatusNotificationRequest(plain))
                    .subscribe(null, e -> LOG.warn("FirmwareStatusNotification failed: {}", e.getMessage()));
        }
    }

    /** SignedFirmwareStatusNotification with {@code status}, whatever kind of update (an ExtendedTriggerMessage). */
    void signed(SignedFirmwareStatus status, Integer requestId) {
        client.call(new SignedFirmwareStatusNotificationRequest(status, requestId))
                .subscribe(null, e -> LOG.warn("SignedFirmwareStatusNotification failed: {}", e.getMessage()));
    }

    /** The whitepaper's security event {@code type}: logged, and sent through the durable queue by the sink. */
    void securityEvent(String type, String techInfo) {
        events.raise(type, techInfo);
    }

    /** The 1.6 status of a whitepaper status, or {@code null} when 1.6 has none. */
    static FirmwareStatus plain(SignedFirmwareStatus status) {
        return switch (status) {
            case DOWNLOADING -> FirmwareStatus.DOWNLOADING;
            case DOWNLOADED -> FirmwareStatus.DOWNLOADED;
            case DOWNLOAD_FAILED -> FirmwareStatus.DOWNLOAD_FAILED;
            case INSTALLING -> FirmwareStatus.INSTALLING;
            case INSTALLED -> FirmwareStatus.INSTALLED;
            case INSTALLATION_FAILED -> FirmwareStatus.INSTALLATION_FAILED;
            case IDLE -> FirmwareStatus.IDLE;
            default -> null;
        };
    }
}
