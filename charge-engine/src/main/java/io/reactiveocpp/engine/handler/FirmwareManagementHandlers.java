package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.firmware.GetDiagnosticsRequest;
import io.reactiveocpp.codec.message.firmware.UpdateFirmwareRequest;
import io.reactiveocpp.codec.message.security.GetLogRequest;
import io.reactiveocpp.codec.message.security.SignedUpdateFirmwareRequest;
import io.reactiveocpp.engine.diagnostics.Diagnostics;
import io.reactiveocpp.engine.firmware.FirmwareUpdates;

/**
 * The file transfers' handlers: UpdateFirmware and GetDiagnostics (Firmware Management), SignedUpdateFirmware and
 * GetLog (their security whitepaper versions).
 */
public final class FirmwareManagementHandlers {

    private FirmwareManagementHandlers() {
    }

    public static void register(Inbound inbound, FirmwareUpdates firmware, Diagnostics diagnostics) {
        inbound.on(UpdateFirmwareRequest.class, new UpdateFirmwareHandler(firmware));
        inbound.on(SignedUpdateFirmwareRequest.class, new SignedUpdateFirmwareHandler(firmware));
        inbound.on(GetDiagnosticsRequest.class, new GetDiagnosticsHandler(diagnostics));
        inbound.on(GetLogRequest.class, new GetLogHandler(diagnostics));
    }
}
