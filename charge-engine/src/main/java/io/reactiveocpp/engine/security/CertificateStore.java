package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.type.CertificateHashData;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.DeleteCertificateStatus;
import io.reactiveocpp.codec.type.InstallCertificateStatus;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.store.EngineStore;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The root certificates installed on the charge point (OCPP 1.6 security whitepaper edition 3, use cases M03–M05:
 * InstallCertificate, GetInstalledCertificateIds, DeleteCertificate), persisted in the namespace {@code certificates}
 * (key: the use and the SHA-256 hash data; value: the certificate as PEM, followed by its issuer's when it is not
 * self-signed: the issuer's key is part of the hash data).
 *
 * <p>A certificate is installed when it is an X.509 CA certificate (basicConstraints CA=true) valid at the engine's
 * time and, unless self-signed, its issuer is installed; at most {@code CertificateStoreMaxLength} are installed.
 * {@code AdditionalRootCertificateCheck} is false (read-only): no fallback certificate is kept, a new CSMS root
 * simply joins the others. The last CentralSystemRootCertificate cannot be deleted (issue 15: the charge point would
 * have no root left to check the Central System's TLS certificate with). Confined to the engine's scheduler.
 */
public final class CertificateStore {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateStore.class);
    private static final String NAMESPACE = "certificates";

    private final Configuration config;
    private final EngineStore store;
    private final EngineClock clock;
    private final Map<String, InstalledCertificate> byKey = new LinkedHashMap<>();
    private Runnable changed = () -> { };

    public CertificateStore(Configuration config, EngineStore store, EngineClock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
    }

    /** Runs {@code action} after each restore, install and delete (on the engine's scheduler). */
    public void onChange(Runnable action) {
        this.changed = action;
    }

    /** The installed certificates of that use, in installation order. */
    public List<X509Certificate> certificates(CertificateUse use) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> found = new ArrayList<>();
        for (InstalledCertificate installed : byKey.values()) {
            if (installed.use() == use) {
                try {
                    found.add(converter.getCertificate(installed.certificate()));
                } catch (CertificateException e) {
                    LOG.warn("installed certificate {} cannot be used: {}", installed.key(), e.getMessage());
                }
            }
        }
        return found;
    }

    /** Loads the stored certificates; call once at start. An entry that cannot be read is skipped with a WARN. */
    public void restore() {
        store.load(NAMESPACE).forEach((key, pem) -> {
            try {
                InstalledCertificate installed = InstalledCertificate.parse(useOf(key), pem, List.of());
                byKey.put(installed.key(), installed);
            } catch (IllegalArgumentException e) {
                LOG.warn("stored certificate {} skipped: {}", key, e.getMessage());
            }
        });
        changed.run();
    }

    /** InstallCertificate: see the class description; Rejected is logged at INFO with the reason. */
    public InstallCertificateStatus install(CertificateUse use, String pem) {
        InstalledCertificate candidate;
        try {
            candidate = InstalledCertificate.parse(use, pem, issuers());
        } catch (IllegalArgumentException e) {
            LOG.info("InstallCertificate {} rejected: certificate: {}", use.literal(), e.getMessage());
            return InstallCertificateStatus.REJECTED;
        }
        if (byKey.containsKey(candidate.key())) {
            return InstallCertificateStatus.ACCEPTED; // already installed: nothing to add
        }
        X509CertificateHolder certificate = candidate.certificate();
        Date now = Date.from(clock.now());
        String why = !certificate.isValidOn(now) ? "not valid at " + clock.now() + " (valid "
                + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant() + ")"
                : byKey.size() >= config.integer("CertificateStoreMaxLength")
                ? "the store is full (CertificateStoreMaxLength " + byKey.size() + ")" : null;
        if (why != null) {
            LOG.info("InstallCertificate {} rejected: certificate: {}", use.literal(), why);
            return InstallCertificateStatus.REJECTED;
        }
        byKey.put(candidate.key(), candidate);
        store.put(NAMESPACE, candidate.key(), candidate.pem());
        LOG.info("{} installed: {}", use.literal(), certificate.getSubject());
        changed.run();
        return InstallCertificateStatus.ACCEPTED;
    }

    /** GetInstalledCertificateIds: the SHA-256 hash data of the certificates of that use, in installation order. */
    public List<CertificateHashData> installed(CertificateUse use) {
        return byKey.values().stream().filter(c -> c.use() == use).map(InstalledCertificate::hashData).toList();
    }

    /** The installed certificates of {@code use}, in installation order (CertificateSigned checks with these). */
    public List<X509CertificateHolder> roots(CertificateUse use) {
        return byKey.values().stream().filter(c -> c.use() == use).map(InstalledCertificate::certificate).toList();
    }

    /**
     * DeleteCertificate: the certificate with that hash data (any of SHA256/384/512, recomputed); NotFound when none
     * is installed, Failed when it is the last CentralSystemRootCertificate.
     */
    public DeleteCertificateStatus delete(CertificateHashData hashData) {
        InstalledCertificate found = byKey.values().stream()
                .filter(c -> CertificateHashes.same(c.hashData(hashData.hashAlgorithm()), hashData))
                .findFirst().orElse(null);
        if (found == null) {
            return DeleteCertificateStatus.NOT_FOUND;
        }
        if (found.use() == CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE
                && installed(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE).size() == 1) {
            LOG.info("DeleteCertificate failed: {} is the last CentralSystemRootCertificate",
                    found.certificate().getSubject());
            return DeleteCertificateStatus.FAILED;
        }
        byKey.remove(found.key());
        store.remove(NAMESPACE, found.key());
        LOG.info("{} deleted: {}", found.use().literal(), found.certificate().getSubject());
        changed.run();
        return DeleteCertificateStatus.ACCEPTED;
    }

    private List<X509CertificateHolder> issuers() {
        List<X509CertificateHolder> issuers = new ArrayList<>();
        byKey.values().forEach(c -> issuers.add(c.certificate()));
        return issuers;
    }

    private static CertificateUse useOf(String key) {
        CertificateUse use = CertificateUse.fromLiteral(key.substring(0, Math.max(0, key.indexOf(' '))));
        if (use == null) {
            throw new IllegalArgumentException("key: no certificate use in " + key);
        }
        return use;
    }
}
