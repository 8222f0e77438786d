package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.ChangeAvailabilityRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.reservation.CancelReservationRequest;
import io.reactiveocpp.codec.message.reservation.ReserveNowRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.AvailabilityType;
import io.reactiveocpp.codec.type.CancelReservationStatus;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.ReservationStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Reservations (OCPP 1.6 sections 3.11, 5.1, 5.13) in virtual time. */
class ReservationTest extends io.reactiveocpp.engine.testing.EngineScenario {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);


    @BeforeEach
    void booted() {
        bootAccepted(T0, 3600);
        expectStatus(0, ChargePointStatus.AVAILABLE);
        expectStatus(1, ChargePointStatus.AVAILABLE);
    }

    private ReservationStatus reserve(int connector, int id, String idTag) {
        return backend.receive(new ReserveNowRequest(connector, T0.plus(Duration.ofMinutes(10)), idTag, null, id)).status();
    }

    @Test
    void onlyTheReservedIdTagCanUseTheConnectorAndItsStartCarriesTheReservationId() { // OCA TC_046
        assertThat(reserve(1, 5, "TAG-R")).isEqualTo(ReservationStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.RESERVED);

        station.card("TAG-X", null);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        assertThat(backend.quiet()).as("someone else cannot use a reserved connector").isTrue();

        station.card("TAG-R", null);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.PREPARING);
        station.pilot(1, PilotState.B);
        StartTransactionRequest start = backend.next(StartTransactionRequest.class).request();
        assertThat(start.reservationId()).isEqualTo(5);
        assertThat(start.idTag()).isEqualTo("TAG-R");
    }

    @Test
    void aReservationExpires() { // OCA TC_049
        reserve(1, 5, "TAG-R");
        expectStatus(1, ChargePointStatus.RESERVED);
        time.advanceTimeBy(Duration.ofMinutes(10));
        expectStatus(1, ChargePointStatus.AVAILABLE);
    }

    @Test
    void cancelReservation() { // OCA TC_051
        reserve(1, 5, "TAG-R");
        expectStatus(1, ChargePointStatus.RESERVED);
        assertThat(backend.receive(new CancelReservationRequest(5)).status()).isEqualTo(CancelReservationStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.AVAILABLE);
        assertThat(backend.receive(new CancelReservationRequest(5)).status()).isEqualTo(CancelReservationStatus.REJECTED);
    }

    @Test
    void occupiedFaultedAndReplacedReservations() { // OCA TC_047 / TC_048
        assertThat(reserve(1, 5, "TAG-R")).isEqualTo(ReservationStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.RESERVED);
        assertThat(reserve(1, 6, "TAG-S")).as("held by another reservation").isEqualTo(ReservationStatus.OCCUPIED);
        assertThat(reserve(1, 5, "TAG-S")).as("same id replaces").isEqualTo(ReservationStatus.ACCEPTED);
        assertThat(reserve(2, 7, "TAG-S")).as("no such connector").isEqualTo(ReservationStatus.REJECTED);
        backend.receive(new CancelReservationRequest(5));
        expectStatus(1, ChargePointStatus.AVAILABLE);
        station.fault(new Fault(1, FaultCode.GROUND_FAILURE, null, null, true));
        expectStatus(1, ChargePointStatus.FAULTED);
        assertThat(reserve(1, 8, "TAG-S")).isEqualTo(ReservationStatus.FAULTED);
    }

    @Test
    void aReservationOfAnUnavailableConnectorIsUnavailable() { // OCA TC_048_3
        backend.receive(new ChangeAvailabilityRequest(1, AvailabilityType.INOPERATIVE));
        expectStatus(1, ChargePointStatus.UNAVAILABLE, T0);
        expectStatus(0, ChargePointStatus.UNAVAILABLE, T0);
        assertThat(reserve(1, 5, "TAG-R")).isEqualTo(ReservationStatus.UNAVAILABLE);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aReservationOfTheChargePointWhileItsConnectorIsFaultedIsFaulted() { // OCA TC_050_1
        station.fault(new Fault(1, FaultCode.GROUND_FAILURE, null, null, true));
        expectStatus(1, ChargePointStatus.FAULTED);
        assertThat(reserve(0, 5, "TAG-R")).isEqualTo(ReservationStatus.FAULTED);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aReservationOfTheChargePointWhileItsConnectorIsInUseIsOccupied() { // OCA TC_050_2
        station.pilot(1, PilotState.B);
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        assertThat(reserve(0, 5, "TAG-R")).isEqualTo(ReservationStatus.OCCUPIED);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aReservationOfTheChargePointWhileItIsUnavailableIsUnavailable() { // OCA TC_050_3
        backend.receive(new ChangeAvailabilityRequest(0, AvailabilityType.INOPERATIVE));
        expectStatus(1, ChargePointStatus.UNAVAILABLE, T0);
        expectStatus(0, ChargePointStatus.UNAVAILABLE, T0);
        assertThat(reserve(0, 5, "TAG-R")).isEqualTo(ReservationStatus.UNAVAILABLE);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void anIdTagWithTheReservationsParentUsesTheReservedConnector() { // OCA TC_053
        assertThat(backend.receive(new ReserveNowRequest(1, T0.plus(Duration.ofMinutes(10)), "TAG-R", "FLEET-A", 5))
                .status()).isEqualTo(ReservationStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.RESERVED, T0);
        station.card("TAG-2", null);
        expect(new AuthorizeRequest("TAG-2"), new AuthorizeConfirmation(new IdTagInfo(null, "FLEET-A",
                AuthorizationStatus.ACCEPTED)));
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.pilot(1, PilotState.B);
        expect(new StartTransactionRequest(1, "TAG-2", 0, 5, T0), new StartTransactionConfirmation(ACCEPTED, 7));
        expectStatus(1, ChargePointStatus.SUSPENDED_EV, T0);
        assertThat(backend.quiet()).isTrue();
    }
}
