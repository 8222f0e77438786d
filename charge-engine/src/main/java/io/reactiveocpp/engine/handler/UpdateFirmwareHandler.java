package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.firmware.UpdateFirmwareConfirmation;
import io.reactiveocpp.codec.message.firmware.UpdateFirmwareRequest;
import io.reactiveocpp.engine.firmware.FirmwareJob;
import io.reactiveocpp.engine.firmware.FirmwareUpdates;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.session.CallRefused;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * UpdateFirmware (OCPP 1.6 sections 5.19, 6.44). The answer has no status, so a newer request always replaces an
 * older one that has not begun installing (one that installs keeps going; the newer is dropped with a warning).
 * Without {@code retries} the charge point decides: {@value #DEFAULT_RETRIES} retries, {@value #DEFAULT_INTERVAL} s
 * apart. A location that is not an absolute URL, or a negative retries or retryInterval, is a CALLERROR
 * PropertyConstraintViolation naming the field.
 */
public final class UpdateFirmwareHandler implements Function<UpdateFirmwareRequest, Mono<UpdateFirmwareConfirmation>> {

    /** Retries when the request names none. */
    public static final int DEFAULT_RETRIES = 3;
    /** Seconds between attempts when the request names no retryInterval. */
    public static final int DEFAULT_INTERVAL = 60;

    private final FirmwareUpdates updates;

    public UpdateFirmwareHandler(FirmwareUpdates updates) {
        this.updates = updates;
    }

    @Override
    public Mono<UpdateFirmwareConfirmation> apply(UpdateFirmwareRequest request) {
        FirmwareJob job;
        try {
            job = new FirmwareJob(null, FirmwareJob.location(request.location()), request.retrieveDate(), null,
                    orDefault(request.retries(), DEFAULT_RETRIES, "retries"),
                    orDefault(request.retryInterval(), DEFAULT_INTERVAL, "retryInterval"), null, null);
        } catch (IllegalArgumentException e) {
            return Mono.error(new CallRefused(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, e.getMessage()));
        }
        updates.accept(job);
        return Mono.just(UpdateFirmwareConfirmation.INSTANCE);
    }

    static int orDefault(Integer value, int fallback, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return value == null ? fallback : value;
    }
}
