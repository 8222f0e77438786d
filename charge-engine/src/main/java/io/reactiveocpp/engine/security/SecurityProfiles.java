package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.session.ClientIdentity;
import io.reactiveocpp.session.OcppClient;
import io.reactiveocpp.session.SecurityFallback;
import io.reactiveocpp.session.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * The {@code SecurityProfile} key (OCPP 1.6 security whitepaper edition 3, sections 2.3 and 2.4): 0 no security,
 * 1 HTTP Basic authentication (ws or wss), 2 TLS with Basic authentication, 3 mutual TLS with the charge point
 * certificate. An installation with an {@code AuthorizationKey} and the key at its default 0 is in effect at profile
 * 1, as before the key existed.
 *
 * <p>A change through ChangeConfiguration or the local interface ({@link #problem}, a {@link Configuration.KeyGuard})
 * is Rejected when it lowers the profile in effect (no downgrade) or when the new profile's prerequisites are
 * missing: an AuthorizationKey for 1 and 2, a CA (the CA bundle or an installed CentralSystemRootCertificate) for 2
 * and 3, a charge point certificate with its key, valid now, for 3. When the session falls back because the raised
 * profile could not connect, {@link #fellBack} sets the key back, so that GetConfiguration tells the truth. Confined
 * to the engine's scheduler.
 */
final class SecurityProfiles {

    static final String KEY = "SecurityProfile";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityProfiles.class);

    private final Configuration config;
    private final CertificateStore certificates;
    private final EngineClock clock;
    private final OcppClient client;
    private final Supplier<ClientIdentity> chargePointCertificate;

    SecurityProfiles(Configuration config, CertificateStore certificates, EngineClock clock, OcppClient client,
                     Supplier<ClientIdentity> chargePointCertificate) {
        this.config = config;
        this.certificates = certificates;
        this.clock = clock;
        this.client = client;
        this.chargePointCertificate = chargePointCertificate;
    }

    /** The guard of the key: {@code null} when {@code proposed} may replace {@code current}, else why not. */
    String problem(String current, String proposed) {
        int next = Integer.parseInt(proposed.trim());
        if (next == Integer.parseInt(current.trim())) {
            return null;
        }
        int now = inEffect();
        if (next < now) {
            return KEY + " cannot be lowered from " + now + " to " + next + " (no downgrade)";
        }
        String missing = missingFor(next);
        return missing == null ? null : KEY + " " + next + " needs " + missing;
    }

    /** The profile in effect: the key's value, or 1 for an AuthorizationKey with the key at 0. */
    int inEffect() {
        int configured = config.integer(KEY);
        return configured == 0 && client.config().authorizationKey() != null ? 1 : configured;
    }

    private String missingFor(int profile) {
        SessionConfig session = client.config();
        if (profile >= 2 && session.tls().caBundle() == null
                && certificates.installed(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE).isEmpty()) {
            return "a CA: a CA bundle (tls.caBundle) or an installed CentralSystemRootCertificate";
        }
        // the session's key (the file's), or one set over OCPP or locally that the session may not have taken yet
        if ((profile == 1 || profile == 2) && session.authorizationKey() == null
                && config.value("AuthorizationKey") == null) {
            return "an AuthorizationKey";
        }
        if (profile == 3) {
            try {
                ClientIdentity identity = chargePointCertificate.get();
                String invalid = identity == null ? "none is configured" : identity.problemAt(clock.now());
                return invalid == null ? null : "a valid charge point certificate with its key: " + invalid;
            } catch (IllegalArgumentException e) {
                return "a readable charge point certificate: " + e.getMessage();
            }
        }
        return null;
    }

    /** The session went back to {@code fallback.restoredProfile()}: so does the key. */
    void fellBack(SecurityFallback fallback) {
        if (config.integer(KEY) != fallback.restoredProfile()) {
            LOG.warn("{} {} could not connect ({}): set back to {}", KEY, fallback.failedProfile(), fallback.cause(),
                    fallback.restoredProfile());
            config.set(KEY, Integer.toString(fallback.restoredProfile()));
        }
    }
}
