package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.security.SignedUpdateFirmwareConfirmation;
import io.reactiveocpp.codec.message.security.SignedUpdateFirmwareRequest;
import io.reactiveocpp.codec.type.Firmware;
import io.reactiveocpp.codec.type.UpdateFirmwareStatus;
import io.reactiveocpp.engine.firmware.FirmwareJob;
import io.reactiveocpp.engine.firmware.FirmwareUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * SignedUpdateFirmware (OCPP 1.6 security whitepaper): Accepted; AcceptedCanceled when it replaces an update under
 * way; InvalidCertificate when the signing certificate does not chain to a configured manufacturer root (or none is
 * configured); Rejected for a location that is not an absolute URL, a negative retries or retryInterval, or while
 * an update installs. Retry defaults as {@link UpdateFirmwareHandler}.
 */
public final class SignedUpdateFirmwareHandler
        implements Function<SignedUpdateFirmwareRequest, Mono<SignedUpdateFirmwareConfirmation>> {

    private static final Logger LOG = LoggerFactory.getLogger(SignedUpdateFirmwareHandler.class);

    private final FirmwareUpdates updates;

    public SignedUpdateFirmwareHandler(FirmwareUpdates updates) {
        this.updates = updates;
    }

    @Override
    public Mono<SignedUpdateFirmwareConfirmation> apply(SignedUpdateFirmwareRequest request) {
        Firmware firmware = request.firmware();
        FirmwareJob job;
        try {
            job = new FirmwareJob(request.requestId(), FirmwareJob.location(firmware.location()),
                    firmware.retrieveDateTime(), firmware.installDateTime(),
                    UpdateFirmwareHandler.orDefault(request.retries(), UpdateFirmwareHandler.DEFAULT_RETRIES, "retries"),
                    UpdateFirmwareHandler.orDefault(request.retryInterval(), UpdateFirmwareHandler.DEFAULT_INTERVAL,
                            "retryInterval"), firmware.signingCertificate(), firmware.signature());
        } catch (IllegalArgumentException e) {
            LOG.warn("SignedUpdateFirmware {} rejected: {}", request.requestId(), e.getMessage());
            return Mono.just(new SignedUpdateFirmwareConfirmation(UpdateFirmwareStatus.REJECTED));
        }
        return Mono.just(new SignedUpdateFirmwareConfirmation(updates.accept(job)));
    }
}
