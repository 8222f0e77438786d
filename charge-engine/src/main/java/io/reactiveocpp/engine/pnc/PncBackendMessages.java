package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.pnc.PncAction;
import io.reactiveocpp.codec.pnc.PncCertificateSignedRequest;
import io.reactiveocpp.codec.pnc.PncCertificateSignedResponse;
import io.reactiveocpp.codec.pnc.PncCertificateSignedStatusEnum;
import io.reactiveocpp.codec.pnc.PncCertificateSigningUseEnum;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncDeleteCertificateRequest;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.pnc.PncInstallCertificateRequest;
import io.reactiveocpp.codec.pnc.PncMessageTriggerEnum;
import io.reactiveocpp.codec.pnc.PncRequest;
import io.reactiveocpp.codec.pnc.PncResponse;
import io.reactiveocpp.codec.pnc.PncResult;
import io.reactiveocpp.codec.pnc.PncStatusInfo;
import io.reactiveocpp.codec.pnc.PncTriggerMessageRequest;
import io.reactiveocpp.codec.pnc.PncTriggerMessageResponse;
import io.reactiveocpp.codec.pnc.PncTriggerMessageStatusEnum;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.codec.action.Initiator;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.security.CertificateChains;
import io.reactiveocpp.engine.security.SecurityEventSink;
import io.reactiveocpp.session.CallRefused;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.security.KeyPair;
import java.util.Date;
import java.util.List;

/**
 * The Plug &amp; Charge DataTransfers of the backend ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section
 * 4): InstallCertificate, GetInstalledCertificateIds and DeleteCertificate ({@link PncCertificateIds}),
 * CertificateSigned (the SECC chain) and TriggerMessage (SignV2GCertificate). Answers, in this order:
 * <ul>
 *   <li>UnknownVendorId while {@code ISO15118PnCEnabled} is false, as EVerest libocpp's 1.6 charge point does (its
 *       {@code handleDataTransferRequest}): Plug &amp; Charge is off, so its vendor extension is not offered;</li>
 *   <li>UnknownMessageId for a messageId that is no 2.0.1 action the backend sends;</li>
 *   <li>a CALLERROR with the OCPP-J code of the violation, naming the field, when {@code data} is not the 2.0.1
 *       request (no JSON, a wrong type, a missing field);</li>
 *   <li>else Accepted with the 2.0.1 response in {@code data}.</li>
 * </ul>
 * Confined to the engine's scheduler.
 */
final class PncBackendMessages {

    private static final Logger LOG = LoggerFactory.getLogger(PncBackendMessages.class);

    private final Configuration config;
    private final SecurityEventSink events;
    private final PncCertificates certificates;
    private final PncCertificateIds ids;
    private final SeccSigning signing;
    private final EngineClock clock;
    private final Scheduler scheduler;

    PncBackendMessages(Configuration config, PncCertificates certificates, PncCertificateIds ids, SeccSigning signing,
                       EngineClock clock, Scheduler scheduler, SecurityEventSink events) {
        this.events = events;
        this.config = config;
        this.certificates = certificates;
        this.ids = ids;
        this.signing = signing;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    Mono<DataTransferConfirmation> handle(DataTransferRequest request) {
        if (!config.bool("ISO15118PnCEnabled")) {
            return Mono.just(new DataTransferConfirmation(DataTransferStatus.UNKNOWN_VENDOR_ID, null));
        }
        PncAction action = PncAction.byName(request.messageId());
        if (action == null || action.initiator() != Initiator.CENTRAL_SYSTEM) {
            return Mono.just(new DataTransferConfirmation(DataTransferStatus.UNKNOWN_MESSAGE_ID, null));
        }
        PncResult<PncRequest<?>> decoded = PncDataTransfer.unwrap(request);
        if (decoded instanceof PncResult.Invalid<PncRequest<?>> invalid) {
            LOG.info("Plug & Charge {} refused: {}", action.wireName(), invalid.description());
            return Mono.error(new CallRefused(invalid.errorCode(), invalid.description()));
        }
        PncResponse response = answer(((PncResult.Valid<PncRequest<?>>) decoded).value());
        return Mono.just(PncDataTransfer.wrap(response));
    }

    /** The response to a decoded request of the backend (the table of its five actions). */
    private PncResponse answer(PncRequest<?> request) {
        return switch (request.pncAction()) {
            case INSTALL_CERTIFICATE -> ids.install((PncInstallCertificateRequest) request);
            case GET_INSTALLED_CERTIFICATE_IDS -> ids.installed((PncGetInstalledCertificateIdsRequest) request);
            case DELETE_CERTIFICATE -> ids.delete((PncDeleteCertificateRequest) request);
            case CERTIFICATE_SIGNED -> certificateSigned((PncCertificateSignedRequest) request);
            case TRIGGER_MESSAGE -> trigger((PncTriggerMessageRequest) request);
            default -> throw new IllegalStateException("not an action of the backend: " + request.pncAction());
        };
    }

    /**
     * CertificateSigned of the SECC certificate: Accepted and installed when it is no larger than
     * {@code CertificateSignedMaxChainSize}, verifies to an installed V2G root, is valid now and its leaf holds the
     * key of one of the pending CSRs; Rejected otherwise (with the reason in statusInfo). A ChargingStationCertificate is
     * the 1.6 CertificateSigned's business: Rejected here.
     */
    private PncCertificateSignedResponse certificateSigned(PncCertificateSignedRequest request) {
        String why;
        if (request.certificateType() == PncCertificateSigningUseEnum.CHARGING_STATION_CERTIFICATE) {
            why = "certificateType: ChargingStationCertificate is signed with the OCPP 1.6 CertificateSigned";
        } else if (request.certificateChain().length() > config.integer("CertificateSignedMaxChainSize")) {
            why = "certificateChain: longer than CertificateSignedMaxChainSize "
                    + config.integer("CertificateSignedMaxChainSize");
        } else if (certificates.pendingKeys().isEmpty()) {
            why = "certificateChain: no SECC certificate request is pending";
        } else {
            try {
                KeyPair key = keyOf(request.certificateChain());
                List<X509CertificateHolder> chain = CertificateChains.verify(request.certificateChain(),
                        certificates.v2gRoots(), Date.from(clock.now()), key.getPublic());
                certificates.installSecc(chain, key);
                signing.stop();
                return new PncCertificateSignedResponse(null, PncCertificateSignedStatusEnum.ACCEPTED, null);
            } catch (IllegalArgumentException e) {
                why = "certificateChain: " + e.getMessage();
            }
        }
        LOG.info("CertificateSigned V2GCertificate rejected: {}", why);
        // the SECC certificate is the charge point's own certificate too (ISO 15118's TLS server side)
        events.raise("InvalidChargePointCertificate", "V2GCertificate: " + why);
        return new PncCertificateSignedResponse(null, PncCertificateSignedStatusEnum.REJECTED,
                new PncStatusInfo(null, "InvalidCertificate", why.length() > 512 ? why.substring(0, 512) : why));
    }

    /** The pending key the chain's leaf is for; the newest when none is (verify then says why). */
    private KeyPair keyOf(String pem) {
        SubjectPublicKeyInfo leaf = CertificateChains.read(pem).get(0).getSubjectPublicKeyInfo();
        List<KeyPair> pending = certificates.pendingKeys();
        return pending.stream().filter(k -> leaf.equals(SubjectPublicKeyInfo.getInstance(k.getPublic().getEncoded())))
                .findFirst().orElse(pending.get(pending.size() - 1));
    }

    /** TriggerMessage: SignV2GCertificate is Accepted, then a new SignCertificate goes out; the rest NotImplemented. */
    private PncTriggerMessageResponse trigger(PncTriggerMessageRequest request) {
        if (request.requestedMessage() != PncMessageTriggerEnum.SIGN_V2_G_CERTIFICATE) {
            return new PncTriggerMessageResponse(null, PncTriggerMessageStatusEnum.NOT_IMPLEMENTED, null);
        }
        scheduler.schedule(signing::start); // after the answer
        return new PncTriggerMessageResponse(null, PncTriggerMessageStatusEnum.ACCEPTED, null);
    }
}
