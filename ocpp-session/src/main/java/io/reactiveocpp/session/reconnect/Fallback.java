package io.reactiveocpp.session.reconnect;

import io.reactiveocpp.session.SecurityFallback;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TlsSettings;
import io.reactiveocpp.session.transport.LinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The safe switch of security settings (OCPP 1.6 security whitepaper, "migrating to a higher security profile"):
 * after a change of the {@code AuthorizationKey}, the {@code SecurityProfile} or the TLS settings, the settings used
 * before are kept until a link is up with the new ones. Then:
 * <ul>
 *   <li>a changed SecurityProfile or TLS setting falls back when the <em>first</em> attempt with it fails for any
 *   reason (TLS, timeout after {@code BackendConnectionTimeout}, refused, network): the new profile could not connect
 *   in time, and waiting longer would leave the charge point offline;</li>
 *   <li>a changed key alone falls back only when the backend refuses it (401/403): a network failure says nothing
 *   about the key, and the backend may already expect the new one.</li>
 * </ul>
 * A change of {@code BackendUrl} or proxy disarms it: the previous settings belong to another backend.
 * Only the security part goes back (key, profile, client certificate and CA bundle); the roots trusted from the
 * certificate store, the URL and every other setting stay as given. Each fall back is logged at WARN and published
 * on {@link #events()}. Confined to the session's scheduler (as its {@link LinkSupervisor}).
 */
final class Fallback {

    private static final Logger LOG = LoggerFactory.getLogger(Fallback.class);

    private final Sinks.Many<SecurityFallback> events = Sinks.many().multicast().directBestEffort();
    private SessionConfig previous;
    private boolean onAnyFailure;

    /** Every fall back from now on; any thread. */
    Flux<SecurityFallback> events() {
        return events.asFlux();
    }

    /** The settings change from {@code before} to {@code next} and the session reconnects. */
    void changed(SessionConfig before, SessionConfig next) {
        if (!before.backendUrl().equals(next.backendUrl()) || !Objects.equals(before.proxy(), next.proxy())) {
            connected(); // another backend (or way to it): the settings of the old one are nothing to go back to
            return;
        }
        boolean key = !Objects.equals(before.authorizationKey(), next.authorizationKey());
        boolean security = before.securityProfile() != next.securityProfile()
                || !withoutStoreRoots(before.tls()).equals(withoutStoreRoots(next.tls()));
        if (!key && !security) {
            return;
        }
        if (previous == null) {
            previous = before; // a second change before any link keeps the settings of before the first
        }
        onAnyFailure |= security;
        LOG.info("security settings changed (SecurityProfile {} -> {}): reconnecting, the previous ones kept in case",
                before.securityProfile(), next.securityProfile());
    }

    /** A link is up with the current settings: they are the ones to keep. */
    void connected() {
        previous = null;
        onAnyFailure = false;
    }

    /** The settings to use after {@code failure} of an attempt with {@code current}: the previous ones, or these. */
    SessionConfig after(SessionConfig current, LinkException failure, Instant now) {
        if (previous == null || !onAnyFailure && failure.reason() != LinkException.Reason.UNAUTHORIZED) {
            return current; // a key alone stays on trial until the backend accepts or refuses it
        }
        SessionConfig restored = current.toBuilder().authorizationKey(previous.authorizationKey())
                .securityProfile(previous.securityProfile())
                .tls(previous.tls().withTrusted(current.tls().trusted())).build();
        LOG.warn("the new security settings (SecurityProfile {}) could not connect ({}): back to the previous ones "
                + "(SecurityProfile {})", current.securityProfile(), failure.getMessage(), restored.securityProfile());
        events.tryEmitNext(new SecurityFallback(current.securityProfile(), restored.securityProfile(),
                failure.reason().name().toLowerCase(), failure.getMessage(), now));
        connected();
        return restored;
    }

    /** TLS settings apart from the roots trusted from the certificate store (they apply to the next link). */
    static TlsSettings withoutStoreRoots(TlsSettings tls) {
        return tls.withTrusted(List.of());
    }

    /** Whether {@code b} connects differently from {@code a}: URL, key, TLS (store roots aside) or proxy. */
    static boolean connectionChanged(SessionConfig a, SessionConfig b) {
        return !a.endpoint().equals(b.endpoint()) || !Objects.equals(a.basicAuthorization(), b.basicAuthorization())
                || !withoutStoreRoots(a.tls()).equals(withoutStoreRoots(b.tls()))
                || !Objects.equals(a.proxy(), b.proxy());
    }
}
