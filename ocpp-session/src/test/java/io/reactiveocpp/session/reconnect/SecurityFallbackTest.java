package io.reactiveocpp.session.reconnect;

import io.reactiveocpp.session.AuthorizationKey;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.SecurityFallback;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TlsSettings;
import io.reactiveocpp.session.rpc.InboundWindow;
import io.reactiveocpp.session.testing.FakeTransport;
import io.reactiveocpp.session.transport.Link;
import io.reactiveocpp.session.transport.LinkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safe switch of security settings in virtual time, with the in-memory transport: a raised SecurityProfile that
 * cannot connect within BackendConnectionTimeout falls back to the previous one and stays online; one that connects
 * is kept; a changed key alone still falls back only when refused.
 */
class SecurityFallbackTest {

    private static final AuthorizationKey KEY = AuthorizationKey.fromText("a password");
    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final FakeTransport transport = new FakeTransport();
    private final List<SecurityFallback> fallbacks = new ArrayList<>();
    private final List<ConnectionState> states = new ArrayList<>();
    private final InboundWindow window = new InboundWindow(8, e -> { }, e -> { }, () -> { });
    private LinkSupervisor supervisor;

    @AfterEach
    void tearDown() {
        supervisor.stop(() -> { }).subscribe();
        time.dispose();
    }

    private void start(SessionConfig config) {
        supervisor = new LinkSupervisor(config, transport, time, new Random(1), () -> { }, StallGuard.ownTimers(),
                new LinkSupervisor.Owner() {
            @Override
            public void linkUp(Link link) {
            }

            @Override
            public void linkReady() {
            }

            @Override
            public void linkDown(Link link) {
            }

            @Override
            public InboundWindow inbound() {
                return window;
            }

            @Override
            public void connectAttempt(String outcome) {
            }
        });
        supervisor.fallbacks().subscribe(fallbacks::add);
        supervisor.states().subscribe(states::add);
        supervisor.start();
    }

    private static SessionConfig profile1() {
        return SessionConfig.builder("ws://backend.test/ocpp", "CP-1").authorizationKey(KEY).securityProfile(1)
                .pingInterval(Duration.ZERO).connectionTimeout(Duration.ofSeconds(10))
                .reconnectMinDelay(Duration.ofSeconds(1)).reconnectMaxDelay(Duration.ofSeconds(8)).build();
    }

    private SessionConfig lastAttempt() {
        return transport.configs.get(transport.configs.size() - 1);
    }

    @Test
    void aRaisedProfileThatDoesNotConnectWithinTheConnectionTimeoutFallsBackAndStaysOnline() {
        start(profile1());
        transport.accept();
        supervisor.reconfigure(supervisor.config().toBuilder().securityProfile(2).build());
        assertThat(lastAttempt().endpoint().toString()).as("profile 2 is TLS").startsWith("wss://backend.test/ocpp/");

        time.advanceTimeBy(Duration.ofSeconds(10).minusMillis(1)); // the attempt hangs (a backend without TLS)
        assertThat(fallbacks).isEmpty();
        assertThat(supervisor.config().securityProfile()).isEqualTo(2);
        time.advanceTimeBy(Duration.ofMillis(1));

        assertThat(fallbacks).singleElement().satisfies(f -> {
            assertThat(f.failedProfile()).isEqualTo(2);
            assertThat(f.restoredProfile()).isEqualTo(1);
            assertThat(f.reason()).isEqualTo("timeout");
            assertThat(f.at()).isEqualTo(Instant.ofEpochMilli(10_000));
        });
        assertThat(supervisor.config().securityProfile()).isEqualTo(1);
        time.advanceTimeBy(Duration.ofSeconds(1)); // the back-off of the first failed attempt
        assertThat(lastAttempt().endpoint().toString()).startsWith("ws://backend.test/ocpp/");
        assertThat(lastAttempt().basicAuthorization()).isNotNull();
        transport.refuse(LinkException.Reason.TLS, "too late"); // the attempt that timed out: nobody listens
        transport.accept();
        time.advanceTime();
        assertThat(states.get(states.size() - 1).phase()).isEqualTo(ConnectionState.Phase.CONNECTED);
    }

    @Test
    void aRaisedProfileThatConnectsIsKeptThroughLaterFailures() {
        start(profile1());
        transport.accept();
        supervisor.reconfigure(supervisor.config().toBuilder().securityProfile(2).build());
        Link up = transport.accept();
        supervisor.linkDown(up, "connection reset");
        time.advanceTimeBy(Duration.ofSeconds(10));
        transport.refuse(LinkException.Reason.TLS, "TLS handshake failed");

        assertThat(fallbacks).isEmpty();
        assertThat(supervisor.config().securityProfile()).isEqualTo(2);
    }

    @Test
    void changedTlsSettingsFallBackWithTheRootsOfTheStoreKept() {
        start(profile1().toBuilder().backendUrl(java.net.URI.create("wss://backend.test/ocpp")).build());
        transport.accept();
        TlsSettings bundle = new TlsSettings(TlsSettings.ServerVerification.FULL,
                TlsSettings.CipherStrictness.ONLY_SECURE_CIPHERS, Path.of("/etc/ocpp/ca.pem"), null, null);
        supervisor.reconfigure(supervisor.config().toBuilder().tls(bundle).build());
        transport.refuse(LinkException.Reason.TLS, "TLS handshake failed: unknown CA");

        assertThat(fallbacks).singleElement().extracting(SecurityFallback::reason).isEqualTo("tls");
        assertThat(supervisor.config().tls()).isEqualTo(TlsSettings.DEFAULT);
    }

    @Test
    void aChangedKeyAloneIsNotGivenUpForANetworkFailureButForA401() {
        start(profile1());
        transport.accept();
        AuthorizationKey next = AuthorizationKey.fromOcppHex("00112233445566778899aabbccddeeff");
        supervisor.reconfigure(supervisor.config().toBuilder().authorizationKey(next).build());
        transport.refuse(LinkException.Reason.NETWORK, "connection refused");
        assertThat(supervisor.config().authorizationKey()).isEqualTo(next);
        time.advanceTimeBy(Duration.ofSeconds(1));
        transport.refuse(LinkException.Reason.UNAUTHORIZED, "HTTP 401");

        assertThat(supervisor.config().authorizationKey()).isEqualTo(KEY);
        assertThat(fallbacks).singleElement().extracting(SecurityFallback::reason).isEqualTo("unauthorized");
    }
}
