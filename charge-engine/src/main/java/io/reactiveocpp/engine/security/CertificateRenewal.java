package io.reactiveocpp.engine.security;

import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.store.EngineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Renewal of the charge point's certificate before it expires (security whitepaper A03): once the certificate is in
 * its renewal window, the charge point sends SignCertificate on its own, and again each day until a CertificateSigned
 * replaces the certificate (which ends the window: the new one has its own).
 *
 * <p>The window is {@link RenewalWindow}'s: the last tenth of the certificate's validity, at most 30 days. The last
 * request is stored (namespace of {@link ChargePointCertificates}, key
 * {@code renewal}: the certificate's serial number and the instant), so a restart does not send another one before
 * its day is over.
 *
 * <p>Checked every {@link #CHECK} on the engine's clock rather than by one timer set at start: the backend's time
 * (BootNotification, Heartbeat) corrects that clock after the start, and the check follows it. Confined to the
 * engine's scheduler.
 */
final class CertificateRenewal {

    static final long WINDOW_DAYS = RenewalWindow.MAX_DAYS;
    static final Duration RETRY = Duration.ofDays(1);
    static final Duration CHECK = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(CertificateRenewal.class);
    private static final String RENEWAL = "renewal";

    private final ChargePointCertificates certificates;
    private final Runnable request;
    private final EngineStore store;
    private final EngineClock clock;
    private final Scheduler scheduler;
    private String lastRequest; // "<serial hex> <instant>", the stored value

    /** {@code request}: sends SignCertificate for a new key. */
    CertificateRenewal(ChargePointCertificates certificates, Runnable request, EngineStore store, EngineClock clock,
                       Scheduler scheduler) {
        this.certificates = certificates;
        this.request = request;
        this.store = store;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Starts the checks, the first one {@link #CHECK} from now (after the boot). Call once, after the restore. */
    Disposable start() {
        lastRequest = store.load(ChargePointCertificates.NAMESPACE).get(RENEWAL);
        return scheduler.schedulePeriodically(this::check, CHECK.toMillis(), CHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When the renewal window of {@code certificate} begins. */
    static Instant windowStart(X509Certificate certificate) {
        return RenewalWindow.start(certificate.getNotBefore(), certificate.getNotAfter());
    }

    private void check() {
        X509Certificate leaf = certificates.current().map(ChargePointCertificates.Credentials::leaf).orElse(null);
        if (leaf == null) {
            return;
        }
        String serial = leaf.getSerialNumber().toString(16);
        Instant due = windowStart(leaf);
        if (lastRequest != null && lastRequest.startsWith(serial + " ")) {
            Instant retry = Instant.parse(lastRequest.substring(serial.length() + 1)).plus(RETRY);
            due = retry.isAfter(due) ? retry : due; // one request a day for this certificate
        }
        Instant now = clock.now();
        if (now.isBefore(due)) {
            return;
        }
        LOG.info("the charge point certificate {} expires {}: SignCertificate for its renewal",
                leaf.getSubjectX500Principal().getName(), leaf.getNotAfter().toInstant());
        lastRequest = serial + " " + now;
        store.put(ChargePointCertificates.NAMESPACE, RENEWAL, lastRequest);
        request.run();
    }
}
