package io.reactiveocpp.app.demo;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.reactiveocpp.codec.DecodeResult;
import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.PendingCalls;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.frame.OcppFrame;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.HeartbeatConfirmation;
import io.reactiveocpp.codec.message.core.MeterValuesConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.firmware.DiagnosticsStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.firmware.FirmwareStatusNotificationConfirmation;
import io.reactiveocpp.codec.pnc.PncAuthorizationStatusEnum;
import io.reactiveocpp.codec.pnc.PncAuthorizeResponse;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncGet15118EVCertificateResponse;
import io.reactiveocpp.codec.pnc.PncGetCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncGetCertificateStatusResponse;
import io.reactiveocpp.codec.pnc.PncIdTokenInfo;
import io.reactiveocpp.codec.pnc.PncIso15118EVCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncRequest;
import io.reactiveocpp.codec.pnc.PncResult;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.RegistrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.WebsocketServerSpec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small central system for the demo, built on the project's own codec and Reactor Netty: it accepts every
 * boot, authorizes every idTag except those starting with {@code BLOCKED}, numbers transactions from 1,
 * answers every other charge-point message, and logs each message readably. Binds to 127.0.0.1 only.
 */
public final class DemoBackend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("demo-backend");
    private static final OcppCodec CODEC = OcppCodec.forCentralSystem();
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);

    private final DisposableServer server;
    private final AtomicInteger transactions = new AtomicInteger();

    private DemoBackend(int port) {
        server = HttpServer.create().host("127.0.0.1").port(port)
                .route(routes -> routes.ws("/ocpp/{id}", (in, out) -> {
                    String id = idOf(in);
                    LOG.info("{} connected", id);
                    return out.sendObject(in.aggregateFrames().receiveFrames()
                            .filter(frame -> frame instanceof TextWebSocketFrame)
                            .map(frame -> answer(id, ByteBufUtil.getBytes(frame.content())))
                            .map(bytes -> new TextWebSocketFrame(io.netty.buffer.Unpooled.wrappedBuffer(bytes))))
                            .then()
                            .doFinally(s -> LOG.info("{} disconnected", id));
                }, WebsocketServerSpec.builder().protocols("ocpp1.6").build()))
                .bindNow();
    }

    /** Starts on {@code port} (0 for any free one). */
    public static DemoBackend start(int port) {
        return new DemoBackend(port);
    }

    /** The URL to configure as BackendUrl (the charge point appends its id). */
    public String url() {
        return "ws://127.0.0.1:" + server.port() + "/ocpp";
    }

    /** The charge point id: the last path segment of the upgrade request, decoded. */
    private static String idOf(reactor.netty.http.websocket.WebsocketInbound in) {
        if (in instanceof reactor.netty.http.server.HttpServerRequest request) {
            String uri = request.uri();
            return java.net.URLDecoder.decode(uri.substring(uri.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        }
        return "charge point";
    }

    private byte[] answer(String id, byte[] utf8) {
        DecodeResult result = CODEC.decode(utf8, 0, utf8.length, PendingCalls.NONE);
        OcppFrame reply;
        if (result instanceof DecodeResult.Malformed malformed) {
            LOG.warn("{} sent a malformed frame: {}", id, malformed.description());
            reply = malformed.reply().orElse(null);
        } else {
            OcppFrame frame = ((DecodeResult.Decoded) result).frame();
            if (!(frame instanceof Call call)) {
                return new byte[0];
            }
            Request<?> request = call.payload();
            LOG.info("{} -> {} {}", id, request.action().wireName(), new String(utf8, StandardCharsets.UTF_8)
                    .replaceFirst("^\\[2,\"[^\"]*\",\"[^\"]*\",", "").replaceFirst("]$", ""));
            Confirmation confirmation = confirm(request);
            reply = confirmation == null
                    ? new CallError(call.messageId(), ErrorCode.NOT_SUPPORTED, "the demo backend does not handle this", null)
                    : new CallResult(call.messageId(), confirmation);
        }
        if (reply == null) {
            return new byte[0];
        }
        byte[] bytes = CODEC.encodeUtf8(reply);
        LOG.info("{} <- {}", id, new String(bytes, StandardCharsets.UTF_8));
        return bytes;
    }

    private Confirmation confirm(Request<?> request) {
        return switch (request.action()) {
            case BOOT_NOTIFICATION -> new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, Instant.now(), 300);
            case HEARTBEAT -> new HeartbeatConfirmation(Instant.now());
            case AUTHORIZE -> new AuthorizeConfirmation(status(((AuthorizeRequest) request).idTag()));
            case START_TRANSACTION -> new StartTransactionConfirmation(ACCEPTED, transactions.incrementAndGet());
            case STOP_TRANSACTION -> new StopTransactionConfirmation(ACCEPTED);
            case METER_VALUES -> MeterValuesConfirmation.INSTANCE;
            case STATUS_NOTIFICATION -> StatusNotificationConfirmation.INSTANCE;
            case DATA_TRANSFER -> plugAndCharge((io.reactiveocpp.codec.message.core.DataTransferRequest) request);
            case DIAGNOSTICS_STATUS_NOTIFICATION -> DiagnosticsStatusNotificationConfirmation.INSTANCE;
            case FIRMWARE_STATUS_NOTIFICATION -> FirmwareStatusNotificationConfirmation.INSTANCE;
            default -> null;
        };
    }

    /**
     * Plug &amp; Charge: every contract is authorized; OCSP and contract certificates it cannot give (Failed). Other
     * vendors' DataTransfers are UnknownVendorId.
     */
    private static DataTransferConfirmation plugAndCharge(io.reactiveocpp.codec.message.core.DataTransferRequest request) {
        if (!(PncDataTransfer.unwrap(request) instanceof PncResult.Valid<PncRequest<?>> valid)) {
            return new DataTransferConfirmation(PncDataTransfer.isPnc(request) ? DataTransferStatus.UNKNOWN_MESSAGE_ID
                    : DataTransferStatus.UNKNOWN_VENDOR_ID, null);
        }
        return switch (valid.value().pncAction()) {
            case AUTHORIZE -> PncDataTransfer.wrap(new PncAuthorizeResponse(null, new PncIdTokenInfo(null,
                    PncAuthorizationStatusEnum.ACCEPTED, null, null, null, null, null, null, null), null));
            case GET_CERTIFICATE_STATUS -> PncDataTransfer.wrap(
                    new PncGetCertificateStatusResponse(null, PncGetCertificateStatusEnum.FAILED, null, null));
            case GET15118_EV_CERTIFICATE -> PncDataTransfer.wrap(
                    new PncGet15118EVCertificateResponse(null, PncIso15118EVCertificateStatusEnum.FAILED, null, ""));
            default -> new DataTransferConfirmation(DataTransferStatus.UNKNOWN_MESSAGE_ID, null);
        };
    }

    private static IdTagInfo status(String idTag) {
        return idTag.startsWith("BLOCKED") ? new IdTagInfo(null, null, AuthorizationStatus.BLOCKED) : ACCEPTED;
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
