package io.reactiveocpp.engine;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.MeterValuesConfirmation;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.Location;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.UnitOfMeasure;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.session.CallException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core profile, charging while the backend is unreachable (OCPP 1.6 sections 3.5, 4.1, 4.8, 4.10, 9.1), one
 * test per OCA compliance case, in virtual time. The session holds what the engine queues until the link is
 * back (its own tests prove that); here the link's state is the recording client's, an Authorize fails as the
 * session fails it while offline, and the transaction messages must be queued in order with their own times.
 */
class OfflineTest extends EngineScenario {


    @BeforeEach
    void booted() {
        bootedAtT0();
        station.energy(1, 1_000);
    }

    /** Card TAG-1 accepted online, cable in: transaction 7 charges. */
    private void charging() {
        station.card("TAG-1", null);
        expect(new AuthorizeRequest("TAG-1"), new AuthorizeConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.pilot(1, PilotState.C);
        expect(new StartTransactionRequest(1, "TAG-1", 1_000, null, T0), new StartTransactionConfirmation(ACCEPTED, 7));
        expectStatus(1, ChargePointStatus.CHARGING, T0);
    }

    /** The session fails an Authorize at once while the backend is unreachable. */
    private void authorizeFailsOffline(String idTag) {
        var authorize = backend.next(AuthorizeRequest.class);
        assertThat(authorize.<AuthorizeRequest>request()).isEqualTo(new AuthorizeRequest(idTag));
        authorize.fail(new CallException.Offline(Action.AUTHORIZE, "the backend is unreachable"));
    }

    private static MeterValuesRequest periodic(String wh, Instant at) {
        return new MeterValuesRequest(1, 7, List.of(new MeterValue(at, List.of(new SampledValue(wh,
                ReadingContext.SAMPLE_PERIODIC, null, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, Location.OUTLET,
                UnitOfMeasure.WH)))));
    }

    @Test
    void meterValuesTakenOfflineFollowInOrderWithTheirOwnTimes() { // OCA TC_036
        charging();
        backend.connected(false);
        for (int minute = 1; minute <= 3; minute++) {
            station.energy(1, 1_000 + 100 * minute);
            time.advanceTimeBy(Duration.ofSeconds(60)); // MeterValueSampleInterval
        }
        backend.connected(true);
        expect(periodic("1100", T0.plusSeconds(60)), MeterValuesConfirmation.INSTANCE);
        expect(periodic("1200", T0.plusSeconds(120)), MeterValuesConfirmation.INSTANCE);
        expect(periodic("1300", T0.plusSeconds(180)), MeterValuesConfirmation.INSTANCE);
        assertThat(backend.quiet()).as("nothing else, no second BootNotification").isTrue();
    }

    @Test
    void anUnknownIdTagStartsOfflineWhenAllowedAndTheBackendDecidesOnceBack() { // OCA TC_037 (unknown, allowed)
        config.change("AllowOfflineTxForUnknownId", "true");
        backend.connected(false);
        station.card("UNKNOWN-1", null);
        authorizeFailsOffline("UNKNOWN-1");
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.pilot(1, PilotState.C);
        var start = backend.next(StartTransactionRequest.class);
        assertThat(start.<StartTransactionRequest>request())
                .isEqualTo(new StartTransactionRequest(1, "UNKNOWN-1", 1_000, null, T0));
        expectStatus(1, ChargePointStatus.CHARGING, T0);

        backend.connected(true);
        station.energy(1, 1_250);
        start.answer(new StartTransactionConfirmation(new IdTagInfo(null, null, AuthorizationStatus.INVALID), 9));
        // StopTransactionOnInvalidId (default true)
        expect(new StopTransactionRequest(null, 1_250, T0, 9, Reason.DE_AUTHORIZED, null),
                new StopTransactionConfirmation(null));
        expectStatus(1, ChargePointStatus.FINISHING, T0);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void anUnknownIdTagStartsNothingOfflineWhenNotAllowed() { // OCA TC_037 (unknown, not allowed)
        assertThat(config.bool("AllowOfflineTxForUnknownId")).as("the default").isFalse();
        backend.connected(false);
        station.card("UNKNOWN-1", null);
        authorizeFailsOffline("UNKNOWN-1");
        assertThat(backend.quiet()).as("not authorized: still Available").isTrue();
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(backend.quiet()).as("no StartTransaction").isTrue();
        assertThat(station.commands).as("no energy").isEmpty();
    }

    @Test
    void theDriverStopsOfflineWithTheSameCard() { // OCA TC_038
        config.change("MeterValueSampleInterval", "0");
        charging();
        backend.connected(false);
        station.energy(1, 1_600);
        station.card("TAG-1", null);
        var stop = backend.next(StopTransactionRequest.class);
        assertThat(stop.<StopTransactionRequest>request())
                .isEqualTo(new StopTransactionRequest("TAG-1", 1_600, T0, 7, Reason.LOCAL, null));
        expectStatus(1, ChargePointStatus.FINISHING, T0);
        assertThat(station.commands).endsWith("offer 1 0.0", "relay 1 open", "unlock 1");

        backend.connected(true);
        stop.answer(new StopTransactionConfirmation(ACCEPTED));
        station.pilot(1, PilotState.A);
        expectStatus(1, ChargePointStatus.AVAILABLE, T0);
        assertThat(backend.quiet()).isTrue();
    }
}
