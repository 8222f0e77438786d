package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.pnc.PncCertificateHashData;
import io.reactiveocpp.codec.pnc.PncHashAlgorithmEnum;
import io.reactiveocpp.codec.pnc.PncInstallCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncInstallCertificateUseEnum;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.security.CertificateChains;
import io.reactiveocpp.engine.security.CertificateRequests;
import io.reactiveocpp.engine.security.KeyPems;
import io.reactiveocpp.engine.security.RenewalWindow;
import io.reactiveocpp.engine.store.EngineStore;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Plug &amp; Charge certificates of the charge point, persisted in the namespace {@value #NAMESPACE}: the V2G and
 * MO root certificates the backend installs (key: the use and the SHA-256 hash data; value: the PEM certificate,
 * then its issuer's when not self-signed), and the SECC's own certificate chain with its secp256r1 key (keys
 * {@value #CHAIN}, {@value #KEY}) and the keys of the CSRs still waiting for their certificate ({@value #PENDING}).
 *
 * <p>The keys are PEM text in the engine's store, the SQLite file the app keeps in its owner-only data directory
 * (0700, files 0600): readable by the service's user alone. The 2.0.1 InstallCertificateUseEnumType has no OEM
 * root; CSMS and Manufacturer roots go to the OCPP 1.6 {@code security.CertificateStore} (one truth for the TLS
 * trust), not here. Confined to the engine's scheduler.
 */
public final class PncCertificates {

    static final String NAMESPACE = "pnc-certificates";
    static final String CHAIN = "V2GCertificateChain";
    static final String KEY = "V2GCertificateKey";
    static final String PENDING = "V2GPendingKeys";
    static final int MAX_PENDING = 4;
    private static final Logger LOG = LoggerFactory.getLogger(PncCertificates.class);

    /** An installed V2G or MO root (or sub-CA) certificate and the certificate that issued it. */
    public record Root(PncInstallCertificateUseEnum use, X509CertificateHolder certificate, X509CertificateHolder issuer) {
        public PncCertificateHashData hashData(PncHashAlgorithmEnum algorithm) {
            return PncHashData.of(certificate, issuer, algorithm);
        }

        String key() {
            PncCertificateHashData hash = hashData(PncHashAlgorithmEnum.SHA256);
            return use.literal() + " " + hash.issuerNameHash() + " " + hash.issuerKeyHash() + " " + hash.serialNumber();
        }
    }

    private final Configuration config;
    private final EngineStore store;
    private final EngineClock clock;
    private final Map<String, Root> roots = new LinkedHashMap<>();
    private List<X509CertificateHolder> secc = List.of();
    private KeyPair seccKey;
    private final List<KeyPair> pending = new ArrayList<>(); // oldest first

    public PncCertificates(Configuration config, EngineStore store, EngineClock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
    }

    /** Loads what is stored; call once at start. An entry that cannot be read is skipped with a WARN. */
    public void restore() {
        store.load(NAMESPACE).forEach((key, pem) -> {
            try {
                switch (key) {
                    case CHAIN -> secc = CertificateChains.read(pem);
                    case KEY -> seccKey = KeyPems.read(pem);
                    case PENDING -> pending.addAll(KeyPems.readAll(pem));
                    default -> {
                        PncInstallCertificateUseEnum use = PncInstallCertificateUseEnum.fromLiteral(
                                key.substring(0, Math.max(0, key.indexOf(' '))));
                        if (use == null) {
                            throw new IllegalArgumentException("key: no certificate use in " + key);
                        }
                        Root root = parse(use, pem);
                        roots.put(root.key(), root);
                    }
                }
            } catch (IllegalArgumentException e) {
                LOG.warn("stored Plug & Charge certificate {} skipped: {}", key, e.getMessage());
            }
        });
    }

    /**
     * InstallCertificate of a V2G or MO root: Accepted when it is a CA certificate valid now whose issuer is itself or
     * installed; Rejected otherwise; Failed when {@code CertificateStoreMaxLength} are installed already.
     */
    public PncInstallCertificateStatusEnum install(PncInstallCertificateUseEnum use, String pem) {
        Root root;
        try {
            root = parse(use, pem);
            X509CertificateHolder certificate = root.certificate();
            if (!certificate.isValidOn(Date.from(clock.now()))) {
                throw new IllegalArgumentException("not valid at " + clock.now() + " (valid "
                        + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant() + ")");
            }
        } catch (IllegalArgumentException e) {
            LOG.info("InstallCertificate {} rejected: certificate: {}", use.literal(), e.getMessage());
            return PncInstallCertificateStatusEnum.REJECTED;
        }
        if (roots.containsKey(root.key())) {
            return PncInstallCertificateStatusEnum.ACCEPTED;
        }
        if (roots.size() >= config.integer("CertificateStoreMaxLength")) {
            LOG.info("InstallCertificate {} failed: the store is full ({})", use.literal(), roots.size());
            return PncInstallCertificateStatusEnum.FAILED;
        }
        roots.put(root.key(), root);
        store.put(NAMESPACE, root.key(), CertificateRequests.pem(root.certificate())
                + (root.issuer() == root.certificate() ? "" : CertificateRequests.pem(root.issuer())));
        LOG.info("{} installed: {}", use.literal(), root.certificate().getSubject());
        return PncInstallCertificateStatusEnum.ACCEPTED;
    }

    /** The installed roots of {@code use}, in installation order. */
    public List<Root> roots(PncInstallCertificateUseEnum use) {
        return roots.values().stream().filter(r -> r.use() == use).toList();
    }

    /** The installed root with that hash data (recomputed with its algorithm), removed; {@code null} when none. */
    public Root remove(PncCertificateHashData hashData) {
        Root found = roots.values().stream()
                .filter(r -> PncHashData.same(r.hashData(hashData.hashAlgorithm()), hashData))
                .findFirst().orElse(null);
        if (found != null) {
            roots.remove(found.key());
            store.remove(NAMESPACE, found.key());
            LOG.info("{} deleted: {}", found.use().literal(), found.certificate().getSubject());
        }
        return found;
    }

    /** The SECC certificate chain, leaf first; empty when the charge point has none. */
    public List<X509CertificateHolder> seccChain() {
        return secc;
    }

    /** The key of the SECC certificate (for the ISO 15118 TLS server), or {@code null}. */
    public KeyPair seccKey() {
        return seccKey;
    }

    /** Whether the installed SECC certificate is in its {@link RenewalWindow} now (false without one). */
    public boolean seccDueForRenewal() {
        return !secc.isEmpty() && !clock.now().isBefore(
                RenewalWindow.start(secc.get(0).getNotBefore(), secc.get(0).getNotAfter()));
    }

    /** Whether a SECC certificate valid now is installed. */
    public boolean hasValidSecc() {
        return !secc.isEmpty() && seccKey != null && secc.get(0).isValidOn(Date.from(clock.now()));
    }

    /**
     * The keys of the CSRs waiting for their certificate, newest last: the last {@value #MAX_PENDING}, since the
     * backend may answer an earlier request of a series after the next was sent, or a restart came in between.
     */
    public List<KeyPair> pendingKeys() {
        return List.copyOf(pending);
    }

    /** Keeps {@code keys} (durably) as the key of the CSR just sent. */
    public void pending(KeyPair keys) {
        if (pending.size() == MAX_PENDING) {
            pending.remove(0);
        }
        pending.add(keys);
        store.put(NAMESPACE, PENDING, pending.stream().map(KeyPems::write).collect(Collectors.joining()));
    }

    /** Installs {@code chain} (verified already) with {@code key}, one of the pending keys, as the SECC certificate. */
    public void installSecc(List<X509CertificateHolder> chain, KeyPair key) {
        secc = List.copyOf(chain);
        seccKey = key;
        pending.clear();
        store.put(NAMESPACE, CHAIN, CertificateChains.pem(chain));
        store.put(NAMESPACE, KEY, KeyPems.write(seccKey));
        store.remove(NAMESPACE, PENDING);
        LOG.info("SECC certificate installed: {}", chain.get(0).getSubject());
    }

    /** The certificates of every installed V2G root. */
    public List<X509CertificateHolder> v2gRoots() {
        return roots(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE).stream().map(Root::certificate).toList();
    }

    private Root parse(PncInstallCertificateUseEnum use, String pem) {
        List<X509CertificateHolder> read = CertificateChains.read(pem);
        List<X509CertificateHolder> installed = new ArrayList<>();
        roots.values().forEach(r -> installed.add(r.certificate()));
        return new Root(use, read.get(0), CertificateChains.caIssuer(read, installed));
    }
}
