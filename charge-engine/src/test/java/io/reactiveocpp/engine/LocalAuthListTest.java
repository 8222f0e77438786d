package io.reactiveocpp.engine;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.localauth.GetLocalListVersionRequest;
import io.reactiveocpp.codec.message.localauth.SendLocalListRequest;
import io.reactiveocpp.codec.type.AuthorizationData;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.UpdateStatus;
import io.reactiveocpp.codec.type.UpdateType;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.session.CallException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Local Authorization List management (OCPP 1.6 sections 3.5.3, 5.10, 5.15) and its use, in virtual time. */
class LocalAuthListTest extends io.reactiveocpp.engine.testing.EngineScenario {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);


    @BeforeEach
    void booted() {
        bootAccepted(T0, 300);
        answerStatus();
        answerStatus();
    }

    private UpdateStatus send(int version, UpdateType type, AuthorizationData... data) {
        return backend.receive(new SendLocalListRequest(version, List.of(data), type)).status();
    }

    @Test
    void fullAndDifferentialUpdatesWithVersions() { // OCA TC_042
        assertThat(backend.receive(new GetLocalListVersionRequest()).listVersion()).isZero();
        assertThat(send(1, UpdateType.FULL, new AuthorizationData("TAG-A", ACCEPTED),
                new AuthorizationData("TAG-B", new IdTagInfo(null, null, AuthorizationStatus.BLOCKED)))).isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(backend.receive(new GetLocalListVersionRequest()).listVersion()).isEqualTo(1);
        assertThat(send(1, UpdateType.DIFFERENTIAL, new AuthorizationData("TAG-C", ACCEPTED)))
                .isEqualTo(UpdateStatus.VERSION_MISMATCH);
        assertThat(send(2, UpdateType.DIFFERENTIAL, new AuthorizationData("TAG-B", null))).isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(backend.receive(new GetLocalListVersionRequest()).listVersion()).isEqualTo(2);

        config.change("LocalAuthListEnabled", "false");
        assertThat(send(3, UpdateType.FULL)).isEqualTo(UpdateStatus.NOT_SUPPORTED);
        assertThat(backend.receive(new GetLocalListVersionRequest()).listVersion()).isEqualTo(-1);
    }

    @Test
    void offlineStartWithTheLocalList() { // OCA TC_043 start charging session offline, local list
        send(1, UpdateType.FULL, new AuthorizationData("TAG-A", ACCEPTED));
        station.pilot(1, PilotState.B);
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
        station.card("TAG-A", 1);
        backend.next(AuthorizeRequest.class).fail(new CallException.Offline(Action.AUTHORIZE, "offline"));
        StartTransactionRequest start = backend.next(StartTransactionRequest.class).request();
        assertThat(start.idTag()).isEqualTo("TAG-A");
    }

    @Test
    void localPreAuthorizeStartsWithoutAskingTheBackend() { // OCA TC_039
        config.change("LocalPreAuthorize", "true");
        send(1, UpdateType.FULL, new AuthorizationData("TAG-A", ACCEPTED));
        station.pilot(1, PilotState.B);
        var preparing = backend.next(StatusNotificationRequest.class);
        assertThat(preparing.<StatusNotificationRequest>request().status()).isEqualTo(ChargePointStatus.PREPARING);
        station.card("TAG-A", 1);
        backend.next(StartTransactionRequest.class);
    }

    @Test
    void aBlockedListEntryIsNotOverriddenByTheCacheOffline() {
        send(1, UpdateType.FULL, new AuthorizationData("TAG-B", new IdTagInfo(null, null, AuthorizationStatus.BLOCKED)));
        config.change("AllowOfflineTxForUnknownId", "true");
        station.card("TAG-B", 1);
        backend.next(AuthorizeRequest.class).fail(new CallException.Offline(Action.AUTHORIZE, "offline"));
        assertThat(backend.quiet()).as("known and blocked: no transaction even with unknown ids allowed").isTrue();
    }

    private int version() {
        return backend.receive(new GetLocalListVersionRequest()).listVersion();
    }

    @Test
    void theVersionOfADisabledListIsMinusOne() { // OCA TC_042_1
        config.change("LocalAuthListEnabled", "false");
        assertThat(version()).isEqualTo(-1);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aListSentWhileDisabledIsNotSupportedAndNotUsed() { // OCA TC_043_1
        config.change("LocalAuthListEnabled", "false");
        assertThat(send(1, UpdateType.FULL, new AuthorizationData("TAG-A", ACCEPTED))).isEqualTo(UpdateStatus.NOT_SUPPORTED);
        station.card("TAG-A", 1);
        backend.next(AuthorizeRequest.class).fail(new CallException.Offline(Action.AUTHORIZE, "offline"));
        assertThat(backend.quiet()).as("not in any list: no start offline").isTrue();
    }

    @Test
    void aDifferentialUpdateNotAboveTheVersionIsAVersionMismatch() { // OCA TC_043_2
        assertThat(send(2, UpdateType.FULL, new AuthorizationData("TAG-A", ACCEPTED))).isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(version()).isEqualTo(2);
        assertThat(send(5, UpdateType.DIFFERENTIAL, new AuthorizationData("TAG-B", ACCEPTED)))
                .isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(version()).isEqualTo(5);
        assertThat(send(4, UpdateType.DIFFERENTIAL, new AuthorizationData("TAG-C", ACCEPTED)))
                .isEqualTo(UpdateStatus.VERSION_MISMATCH);
        assertThat(version()).isEqualTo(5);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aListLongerThanSendLocalListMaxLengthFailsAndChangesNothing() { // OCA TC_043_3
        send(1, UpdateType.FULL, new AuthorizationData("TAG-A", ACCEPTED));
        AuthorizationData[] tooMany = IntStream.rangeClosed(1, config.integer("SendLocalListMaxLength") + 1)
                .mapToObj(i -> new AuthorizationData("TAG-" + i, ACCEPTED)).toArray(AuthorizationData[]::new);
        assertThat(send(2, UpdateType.FULL, tooMany)).isEqualTo(UpdateStatus.FAILED);
        assertThat(version()).isEqualTo(1);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void anIdTagInTheListStartsWithoutAuthorize() { // OCA TC_008
        config.change("LocalPreAuthorize", "true");
        config.change("AuthorizationCacheEnabled", "false");
        assertThat(send(1, UpdateType.FULL, new AuthorizationData("TAG-A", ACCEPTED))).isEqualTo(UpdateStatus.ACCEPTED);
        station.card("TAG-A", null);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.pilot(1, PilotState.C);
        expect(new StartTransactionRequest(1, "TAG-A", 0, null, T0), new StartTransactionConfirmation(ACCEPTED, 7));
        expectStatus(1, ChargePointStatus.CHARGING, T0);
        assertThat(backend.quiet()).isTrue();
    }
}
