package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.engine.tariff.TariffAndUsage;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core profile, DataTransfer in both directions (OCPP 1.6 sections 4.3, 5.6), one test per OCA compliance case,
 * in virtual time. The charge point's own vendor messages are those of {@link TariffAndUsage}.
 */
class DataTransferTest extends EngineScenario {


    @BeforeEach
    void booted() {
        bootedAtT0();
    }

    @Test
    void aDataTransferTheChargePointDoesNotKnowIsNotAccepted() { // OCA TC_062
        assertThat(backend.receive(new DataTransferRequest(TariffAndUsage.VENDOR_ID, "NoSuchMessage", "{}")))
                .as("a known vendor, an unknown messageId")
                .isEqualTo(new DataTransferConfirmation(DataTransferStatus.UNKNOWN_MESSAGE_ID, null));
        assertThat(backend.receive(new DataTransferRequest("com.example.unknown", "Hello", null)))
                .as("an unknown vendor: no data (section 4.3)")
                .isEqualTo(new DataTransferConfirmation(DataTransferStatus.UNKNOWN_VENDOR_ID, null));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aDataTransferTheBackendDoesNotKnowIsNeitherRetriedNorFatal() { // OCA TC_064
        config.change(TariffAndUsage.KEY, "true");
        config.change("MeterValueSampleInterval", "0");
        station.energy(1, 1_000);
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null));
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.pilot(1, PilotState.C);
        expect(new StartTransactionRequest(1, "TAG-1", 1_000, null, T0), new StartTransactionConfirmation(ACCEPTED, 7));
        expectStatus(1, ChargePointStatus.CHARGING, T0);
        station.energy(1, 1_500);
        backend.receive(new RemoteStopTransactionRequest(7));
        expect(new StopTransactionRequest(null, 1_500, T0, 7, Reason.REMOTE, null), new StopTransactionConfirmation(null));
        expectStatus(1, ChargePointStatus.FINISHING, T0);

        expect(new DataTransferRequest(TariffAndUsage.VENDOR_ID, TariffAndUsage.TOTAL_USAGE,
                        "{\"connectorId\":1,\"transactionId\":7,\"idTag\":\"TAG-1\",\"meterStart\":1000,\"meterStop\":1500,"
                                + "\"energyWh\":500,\"started\":\"2026-11-25T12:00:00.000Z\","
                                + "\"stopped\":\"2026-11-25T12:00:00.000Z\",\"tariff\":null}"),
                new DataTransferConfirmation(DataTransferStatus.UNKNOWN_VENDOR_ID, null));
        time.advanceTimeBy(Duration.ofMinutes(10));
        assertThat(backend.quiet()).as("not retried").isTrue();

        station.pilot(1, PilotState.A);
        expectStatus(1, ChargePointStatus.AVAILABLE, T0.plusSeconds(600));
        assertThat(backend.quiet()).isTrue();
    }
}
