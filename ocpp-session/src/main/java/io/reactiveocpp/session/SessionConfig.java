package io.reactiveocpp.session;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Everything the session needs to reach its backend and to deliver its messages; immutable, built with
 * {@link #builder}. Each field names the configuration key of PRODUCT.md it comes from. A bad value throws
 * {@link IllegalArgumentException} with the key and the allowed range.
 *
 * @param backendUrl             {@code BackendUrl}: {@code ws://} or {@code wss://}, without the charge point id
 * @param chargePointId          {@code ChargeBoxIdentity}, appended percent-encoded as the last path segment
 * @param authorizationKey       {@code AuthorizationKey} for HTTP Basic authentication, or {@code null} for none
 * @param tls                    {@code TlsServerVerification}, {@code TlsCipherStrictness} and the PEM files
 * @param securityProfile        {@code SecurityProfile} of the OCPP 1.6 security whitepaper, 0 to 3: 0 and 1 connect
 *                               as the URL says with the key if any (Basic auth); 2 connects with {@code wss://}
 *                               and the key; 3 with {@code wss://} and the client certificate of {@code tls},
 *                               without an Authorization header (see {@link #endpoint()})
 * @param proxy                  {@code WebSocketProxy} as HOST:PORT (port 80 when omitted), or {@code null}
 * @param pingInterval           {@code WebSocketPingInterval}, 0 to 10000 s; zero turns pings off
 * @param connectionTimeout      {@code BackendConnectionTimeout}, 3 to 300 s, for TCP, TLS, proxy and handshake together
 * @param responseTimeout        how long a sent CALL waits for its answer
 * @param reconnectMinDelay      the first reconnect delay; doubled per failed attempt, with jitter
 * @param reconnectMaxDelay      the cap of the reconnect delay
 * @param tcpWatchdogTimeout     {@code TcpWatchdogTimeout}: unreachable this long asks for a reboot; zero is off
 * @param transactionMessageAttempts          {@code TransactionMessageAttempts}, 1 to 100
 * @param transactionMessageRetryInterval     {@code TransactionMessageRetryInterval}; the n-th retry waits n times this
 * @param eichrechtTransactionMessageAttempts {@code EichrechtTransactionMessageAttempts} for signed transaction messages
 * @param retransmitMeterValues  {@code RetransmitMeterValues}: transaction MeterValues retried like Start/Stop
 * @param messageQueueCapacity   {@code MessageQueueCapacity}: transaction messages kept at most, 10 to 1,000,000
 * @param maxInboundCalls        CALLs of the backend being answered at once, 1 to 1,000; when that many wait for their
 *                               answer the session reads nothing more from the socket (TCP pushes back on the backend)
 */
public record SessionConfig(
        URI backendUrl,
        String chargePointId,
        AuthorizationKey authorizationKey,
        TlsSettings tls,
        int securityProfile,
        String proxy,
        Duration pingInterval,
        Duration connectionTimeout,
        Duration responseTimeout,
        Duration reconnectMinDelay,
        Duration reconnectMaxDelay,
        Duration tcpWatchdogTimeout,
        int transactionMessageAttempts,
        Duration transactionMessageRetryInterval,
        int eichrechtTransactionMessageAttempts,
        boolean retransmitMeterValues,
        int messageQueueCapacity,
        int maxInboundCalls) {

    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RECONNECT_MIN_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofMinutes(2);
    public static final int DEFAULT_TRANSACTION_MESSAGE_ATTEMPTS = 3;
    public static final Duration DEFAULT_TRANSACTION_MESSAGE_RETRY_INTERVAL = Duration.ofSeconds(60);
    public static final int DEFAULT_EICHRECHT_TRANSACTION_MESSAGE_ATTEMPTS = 10;
    public static final int DEFAULT_MESSAGE_QUEUE_CAPACITY = 1000;
    public static final int DEFAULT_MAX_INBOUND_CALLS = 8;

    public SessionConfig {
        String badUrl = ConnectionRules.backendUrlProblem(backendUrl == null ? null : backendUrl.toString());
        if (badUrl != null) {
            throw new IllegalArgumentException(badUrl);
        }
        if (chargePointId == null || chargePointId.isEmpty() || chargePointId.length() > 48) {
            throw new IllegalArgumentException("ChargeBoxIdentity must be 1 to 48 characters");
        }
        if (tls == null) {
            tls = TlsSettings.DEFAULT;
        }
        range("SecurityProfile", securityProfile, 0, 3);
        if (proxy != null) {
            proxy = proxy.isBlank() ? null : proxy.trim();
            String badProxy = ConnectionRules.proxyProblem(proxy);
            if (badProxy != null) {
                throw new IllegalArgumentException(badProxy);
            }
        }
        seconds("WebSocketPingInterval", pingInterval, 0, 10_000);
        seconds("BackendConnectionTimeout", connectionTimeout, 3, 300);
        positive("responseTimeout", responseTimeout);
        positive("reconnectMinDelay", reconnectMinDelay);
        if (reconnectMaxDelay == null || reconnectMaxDelay.compareTo(reconnectMinDelay) < 0) {
            throw new IllegalArgumentException("reconnectMaxDelay must not be below reconnectMinDelay");
        }
        seconds("TcpWatchdogTimeout", tcpWatchdogTimeout, 0, Integer.MAX_VALUE);
        range("TransactionMessageAttempts", transactionMessageAttempts, 1, 100);
        seconds("TransactionMessageRetryInterval", transactionMessageRetryInterval, 0, 86_400);
        range("EichrechtTransactionMessageAttempts", eichrechtTransactionMessageAttempts, 1, 1000);
        range("MessageQueueCapacity", messageQueueCapacity, 10, 1_000_000);
        range("maxInboundCalls", maxInboundCalls, 1, 1000);
    }

    /** A configuration with every default, for this backend and charge point. */
    public static Builder builder(String backendUrl, String chargePointId) {
        return builder(URI.create(backendUrl), chargePointId);
    }

    /** As {@link #builder(String, String)}, with the URL parsed already (many sessions can share one). */
    public static Builder builder(URI backendUrl, String chargePointId) {
        return new Builder(backendUrl, chargePointId);
    }

    /** A builder that starts from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This configuration with the certificate store's roots trusted and its identity, if any, presented. */
    SessionConfig withStoreCertificates(List<X509Certificate> roots, ClientIdentity identity) {
        TlsSettings trusted = tls().withTrusted(roots);
        TlsSettings tls = identity == null ? trusted : trusted.withIdentity(identity);
        return tls.equals(tls()) ? this : toBuilder().tls(tls).build(); // no copy when the store changes nothing
    }

    /**
     * The URL the session connects to: {@code BackendUrl/<percent-encoded ChargePointID>}. With security profile 2 or
     * 3 a {@code ws://} BackendUrl is taken as {@code wss://} with the same host, port and path (as EVerest's libocpp
     * does for OCPP 1.6): those profiles are TLS, and a backend that raises the profile need not change the URL too.
     */
    public URI endpoint() {
        String base = backendUrl.toString();
        if (securityProfile >= 2 && "ws".equalsIgnoreCase(backendUrl.getScheme())) {
            base = "wss" + base.substring(2);
        }
        return URI.create((base.endsWith("/") ? base : base + "/") + encodePathSegment(chargePointId));
    }

    /**
     * The {@code Authorization} header (HTTP Basic with the key), or {@code null}: without a key, and with security
     * profile 3, where the client certificate identifies the charge point.
     */
    public String basicAuthorization() {
        return authorizationKey == null || securityProfile == 3 ? null
                : authorizationKey.basicAuthorization(chargePointId);
    }

    /** The proxy host, or {@code null} without a proxy. */
    public String proxyHost() {
        return proxy == null ? null : ConnectionRules.proxyHost(proxy);
    }

    /** The proxy port: the one given, or 80. */
    public int proxyPort() {
        return proxy == null ? -1 : ConnectionRules.proxyPort(proxy);
    }

    /** RFC 3986 path segment encoding: unreserved characters stay, everything else is %XX of its UTF-8. */
    static String encodePathSegment(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    private static void seconds(String key, Duration value, long min, long max) {
        if (value == null || value.isNegative() || value.getSeconds() < min || value.getSeconds() > max
                || value.getSeconds() == max && value.getNano() > 0) {
            throw new IllegalArgumentException(key + " must be " + min + " to " + max + " seconds, got " + value);
        }
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, got " + value);
        }
    }

    private static void range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be " + min + " to " + max + ", got " + value);
        }
    }

    /** Builds a {@link SessionConfig}; every field starts at its default. */
    public static final class Builder {
        private URI backendUrl;
        private String chargePointId;
        private AuthorizationKey authorizationKey;
        private TlsSettings tls = TlsSettings.DEFAULT;
        private int securityProfile;
        private String proxy;
        private Duration pingInterval = DEFAULT_PING_INTERVAL;
        private Duration connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private Duration reconnectMinDelay = DEFAULT_RECONNECT_MIN_DELAY;
        private Duration reconnectMaxDelay = DEFAULT_RECONNECT_MAX_DELAY;
        private Duration tcpWatchdogTimeout = Duration.ZERO;
        private int transactionMessageAttempts = DEFAULT_TRANSACTION_MESSAGE_ATTEMPTS;
        private Duration transactionMessageRetryInterval = DEFAULT_TRANSACTION_MESSAGE_RETRY_INTERVAL;
        private int eichrechtTransactionMessageAttempts = DEFAULT_EICHRECHT_TRANSACTION_MESSAGE_ATTEMPTS;
        private boolean retransmitMeterValues = true;
        private int messageQueueCapacity = DEFAULT_MESSAGE_QUEUE_CAPACITY;
        private int maxInboundCalls = DEFAULT_MAX_INBOUND_CALLS;

        private Builder(URI backendUrl, String chargePointId) {
            this.backendUrl = backendUrl;
            this.chargePointId = chargePointId;
        }

        private Builder(SessionConfig c) {
            backendUrl = c.backendUrl;
            chargePointId = c.chargePointId;
            authorizationKey = c.authorizationKey;
            tls = c.tls;
            securityProfile = c.securityProfile;
            proxy = c.proxy;
            pingInterval = c.pingInterval;
            connectionTimeout = c.connectionTimeout;
            responseTimeout = c.responseTimeout;
            reconnectMinDelay = c.reconnectMinDelay;
            reconnectMaxDelay = c.reconnectMaxDelay;
            tcpWatchdogTimeout = c.tcpWatchdogTimeout;
            transactionMessageAttempts = c.transactionMessageAttempts;
            transactionMessageRetryInterval = c.transactionMessageRetryInterval;
            eichrechtTransactionMessageAttempts = c.eichrechtTransactionMessageAttempts;
            retransmitMeterValues = c.retransmitMeterValues;
            messageQueueCapacity = c.messageQueueCapacity;
            maxInboundCalls = c.maxInboundCalls;
        }

        public Builder backendUrl(URI v) { backendUrl = v; return this; }
        public Builder chargePointId(String v) { chargePointId = v; return this; }
        public Builder authorizationKey(AuthorizationKey v) { authorizationKey = v; return this; }
        public Builder tls(TlsSettings v) { tls = v; return this; }
        public Builder securityProfile(int v) { securityProfile = v; return this; }
        public Builder proxy(String v) { proxy = v; return this; }
        public Builder pingInterval(Duration v) { pingInterval = v; return this; }
        public Builder connectionTimeout(Duration v) { connectionTimeout = v; return this; }
        public Builder responseTimeout(Duration v) { responseTimeout = v; return this; }
        public Builder reconnectMinDelay(Duration v) { reconnectMinDelay = v; return this; }
        public Builder reconnectMaxDelay(Duration v) { reconnectMaxDelay = v; return this; }
        public Builder tcpWatchdogTimeout(Duration v) { tcpWatchdogTimeout = v; return this; }
        public Builder transactionMessageAttempts(int v) { transactionMessageAttempts = v; return this; }
        public Builder transactionMessageRetryInterval(Duration v) { transactionMessageRetryInterval = v; return this; }
        public Builder eichrechtTransactionMessageAttempts(int v) { eichrechtTransactionMessageAttempts = v; return this; }
        public Builder retransmitMeterValues(boolean v) { retransmitMeterValues = v; return this; }
        public Builder messageQueueCapacity(int v) { messageQueueCapacity = v; return this; }
        /** CALLs of the backend being answered at once ({@value SessionConfig#DEFAULT_MAX_INBOUND_CALLS}); applies to the next link. */
        public Builder maxInboundCalls(int v) { maxInboundCalls = v; return this; }

        public SessionConfig build() {
            return new SessionConfig(backendUrl, chargePointId, authorizationKey, tls, securityProfile, proxy,
                    pingInterval, connectionTimeout, responseTimeout, reconnectMinDelay, reconnectMaxDelay, tcpWatchdogTimeout,
                    transactionMessageAttempts, transactionMessageRetryInterval, eichrechtTransactionMessageAttempts,
                    retransmitMeterValues, messageQueueCapacity, maxInboundCalls);
        }
    }
}
