package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.pnc.PncAuthorizationStatusEnum;
import io.reactiveocpp.codec.pnc.PncAuthorizeCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncAuthorizeRequest;
import io.reactiveocpp.codec.pnc.PncAuthorizeResponse;
import io.reactiveocpp.codec.pnc.PncGetCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncGetCertificateStatusRequest;
import io.reactiveocpp.codec.pnc.PncHashAlgorithmEnum;
import io.reactiveocpp.codec.pnc.PncIdToken;
import io.reactiveocpp.codec.pnc.PncIdTokenEnum;
import io.reactiveocpp.codec.pnc.PncIdTokenInfo;
import io.reactiveocpp.codec.pnc.PncOCSPRequestData;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.auth.Authorizer;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.transaction.ChargingFlow;
import io.reactiveocpp.hal.Iso15118Stack;
import io.reactiveocpp.hal.Iso15118Stack.AuthorizationResult;
import io.reactiveocpp.hal.Iso15118Stack.ContractAuthorization;
import io.reactiveocpp.session.CallException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Plug &amp; Charge authorization of an EV after plug-in ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6"
 * v1.0, use case C07 of OCPP 2.0.1): a DataTransfer Authorize with the eMAID as idToken (type eMAID), the
 * chain's OCSP request data from the ISO 15118 stack and, when {@code CentralContractValidationAllowed}, the
 * PEM chain for the backend to validate. Accepted (and the certificate not refused): the stack is told, and a
 * transaction starts through {@link ChargingFlow} with the eMAID as the 1.6 idTag, as after a card; the
 * answer updates the authorization cache like a 1.6 IdTagInfo. Anything else: no transaction, the stack is
 * told why. An eMAID longer than the 20 characters of a 1.6 idTag cannot be reported in a StartTransaction:
 * it is refused before any message (ISO 15118-2 eMAIDs have at most 15 without separators).
 *
 * <p>Without an answer (offline or timed out), {@code ContractValidationOffline} decides: false refuses; true
 * validates the contract locally (every certificate of the chain within its validity, every sub-CA with an OCSP
 * response from the last {@link OcspCache#VALIDITY}) and then applies the local authorization rules of an
 * idTag offline (local list, cache with {@code LocalAuthorizeOffline}, {@code AllowOfflineTxForUnknownId}). The
 * OCSP responses are fetched with GetCertificateStatus after an online authorization, for the sub-CAs whose
 * response is missing or stale. A malformed answer (not Accepted, bad data) refuses with a warning that names
 * the field. Confined to the engine's scheduler.
 */
final class ContractAuthorizations {

    private static final Logger LOG = LoggerFactory.getLogger(ContractAuthorizations.class);
    private static final int IDTAG_MAX = 20;

    private final PncCalls calls;
    private final Iso15118Stack stack;
    private final ChargingFlow flow;
    private final Authorizer authorizer;
    private final Configuration config;
    private final OcspCache ocsp;
    private final Supplier<List<X509CertificateHolder>> moRoots;
    private final EngineClock clock;

    ContractAuthorizations(PncCalls calls, Iso15118Stack stack, ChargingFlow flow, Authorizer authorizer,
                           Configuration config, OcspCache ocsp, Supplier<List<X509CertificateHolder>> moRoots,
                           EngineClock clock) {
        this.moRoots = moRoots;
        this.calls = calls;
        this.stack = stack;
        this.flow = flow;
        this.authorizer = authorizer;
        this.config = config;
        this.ocsp = ocsp;
        this.clock = clock;
    }

    /** The EV on {@code ev.connectorId()} presents its contract. */
    void authorize(ContractAuthorization ev) {
        if (!config.bool("ISO15118PnCEnabled")) {
            LOG.info("an EV on connector {} offers Plug & Charge, but ISO15118PnCEnabled is false", ev.connectorId());
            answer(ev, false, "Disabled");
            return;
        }
        if (ev.emaid().length() > IDTAG_MAX) {
            LOG.warn("eMAID {} has {} characters; an OCPP 1.6 idTag has at most {}: no Plug & Charge session",
                    ev.emaid(), ev.emaid().length(), IDTAG_MAX);
            answer(ev, false, "Invalid");
            return;
        }
        List<PncOCSPRequestData> hashData = ev.hashData().stream().map(ContractAuthorizations::pnc).toList();
        String certificate = config.bool("CentralContractValidationAllowed") ? ev.certificateChainPem() : null;
        calls.call(new PncAuthorizeRequest(null, new PncIdToken(null, null, ev.emaid(), PncIdTokenEnum.EMAID),
                        certificate, hashData.isEmpty() ? null : hashData))
                .subscribe(answer -> decided(ev, answer, hashData), error -> failed(ev, error));
    }

    private void decided(ContractAuthorization ev, PncAuthorizeResponse answer, List<PncOCSPRequestData> hashData) {
        PncIdTokenInfo info = answer.idTokenInfo();
        IdTagInfo idTagInfo = new IdTagInfo(info.cacheExpiryDateTime(), parent(info), status(info.status()));
        authorizer.remember(ev.emaid(), idTagInfo);
        PncAuthorizeCertificateStatusEnum certificate = answer.certificateStatus();
        if (info.status() != PncAuthorizationStatusEnum.ACCEPTED) {
            LOG.info("contract {} on connector {} not authorized: {}", ev.emaid(), ev.connectorId(),
                    info.status().literal());
            answer(ev, false, info.status().literal());
        } else if (certificate != null && certificate != PncAuthorizeCertificateStatusEnum.ACCEPTED) {
            LOG.info("contract {} on connector {} not authorized: its certificate is {}", ev.emaid(), ev.connectorId(),
                    certificate.literal());
            answer(ev, false, certificate.literal());
        } else {
            start(ev, idTagInfo);
            refreshOcsp(hashData);
        }
    }

    private void failed(ContractAuthorization ev, Throwable error) {
        if (error instanceof CallException.Offline || error instanceof CallException.TimedOut) {
            offline(ev);
            return;
        }
        LOG.warn("Plug & Charge Authorize of contract {} on connector {} failed, no transaction: {}", ev.emaid(),
                ev.connectorId(), error.getMessage());
        answer(ev, false, "Invalid");
    }

    private void offline(ContractAuthorization ev) {
        if (!config.bool("ContractValidationOffline")) {
            LOG.info("no backend to authorize contract {} and ContractValidationOffline is false: no transaction",
                    ev.emaid());
            answer(ev, false, "Offline");
            return;
        }
        String problem = new OfflineValidation(ocsp, moRoots.get(), clock.now()).problem(ev);
        if (problem != null) {
            LOG.info("no backend, and contract {} cannot be validated offline ({}): no transaction", ev.emaid(), problem);
            answer(ev, false, "Offline");
            return;
        }
        IdTagInfo local = authorizer.offline(ev.emaid());
        if (local.status() == AuthorizationStatus.ACCEPTED) {
            start(ev, local);
        } else {
            LOG.info("contract {} valid offline, but the local rules say {}", ev.emaid(), local.status().literal());
            answer(ev, false, local.status().literal());
        }
    }

    private void start(ContractAuthorization ev, IdTagInfo info) {
        boolean started = flow.contractAuthorized(ev.connectorId(), ev.emaid(), info);
        answer(ev, started, started ? "Accepted" : "ConnectorBusy");
    }

    /** GetCertificateStatus for each sub-CA (the chain after its leaf) without a fresh OCSP response, one by one. */
    private void refreshOcsp(List<PncOCSPRequestData> hashData) {
        Flux.fromIterable(hashData).skip(1).filter(subCa -> ocsp.fresh(subCa, clock.now()) == null)
                .concatMap(subCa -> calls.call(new PncGetCertificateStatusRequest(null, subCa))
                        .doOnNext(status -> {
                            if (status.status() == PncGetCertificateStatusEnum.ACCEPTED && status.ocspResult() != null) {
                                ocsp.put(subCa, status.ocspResult(), clock.now());
                            } else {
                                LOG.info("no OCSP response for sub-CA {}: {}", subCa.serialNumber(),
                                        status.status().literal());
                            }
                        })
                        .onErrorResume(error -> {
                            LOG.warn("GetCertificateStatus of sub-CA {} failed: {}", subCa.serialNumber(),
                                    error.getMessage());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    private void answer(ContractAuthorization ev, boolean accepted, String status) {
        stack.authorizationResult(ev.connectorId(), new AuthorizationResult(accepted, status));
    }

    private static String parent(PncIdTokenInfo info) {
        PncIdToken group = info.groupIdToken();
        return group == null || group.idToken().length() > IDTAG_MAX ? null : group.idToken();
    }

    /** The 1.6 status nearest to the 2.0.1 one: the 2.0.1 statuses 1.6 lacks are Invalid. */
    private static AuthorizationStatus status(PncAuthorizationStatusEnum status) {
        return switch (status) {
            case ACCEPTED -> AuthorizationStatus.ACCEPTED;
            case BLOCKED -> AuthorizationStatus.BLOCKED;
            case EXPIRED -> AuthorizationStatus.EXPIRED;
            case CONCURRENT_TX -> AuthorizationStatus.CONCURRENT_TX;
            default -> AuthorizationStatus.INVALID;
        };
    }

    static PncOCSPRequestData pnc(Iso15118Stack.CertificateHashData d) {
        return new PncOCSPRequestData(null, PncHashAlgorithmEnum.fromLiteral(d.hashAlgorithm()), d.issuerNameHash(),
                d.issuerKeyHash(), d.serialNumber(), d.responderUrl());
    }
}
