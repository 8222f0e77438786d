package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code TariffAndTotalUsageDataTransfer} (PRODUCT.md; the design is in {@code TariffAndUsage}): SetTariff from
 * the backend, TotalUsage after each StopTransaction. In virtual time, exact messages, each schema-checked.
 */
class TariffAndTotalUsageTest extends EngineScenario {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);
    private static final String VENDOR = "io.reactiveocpp";
    private static final String KEY = "TariffAndTotalUsageDataTransfer";

    @BeforeEach
    void booted() {
        config.change("MeterValueSampleInterval", "0");
        bootAccepted(T0, 86_400);
        expectStatus(0, ChargePointStatus.AVAILABLE);
        expectStatus(1, ChargePointStatus.AVAILABLE);
        station.energy(1, 1_000);
    }

    private DataTransferConfirmation setTariff(String data) {
        return backend.receive(new DataTransferRequest(VENDOR, "SetTariff", data));
    }

    private static DataTransferConfirmation rejected(String reason) {
        return new DataTransferConfirmation(DataTransferStatus.REJECTED, "{\"reason\":\"" + reason + "\"}");
    }

    /**
     * Starts remotely with TAG-1 and plugs in: the StartTransaction and the Charging status come in either order
     * (the session sends transaction messages first anyway). Returns the StartTransaction, not yet answered.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private RecordingClient.Outbound charging() {
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null));
        expectStatus(1, ChargePointStatus.PREPARING);
        station.pilot(1, PilotState.C);
        RecordingClient.Outbound start = null;
        for (int i = 0; i < 2; i++) {
            RecordingClient.Outbound sent = backend.next((Class) Request.class);
            if (sent.request instanceof StartTransactionRequest request) {
                assertThat(request).isEqualTo(new StartTransactionRequest(1, "TAG-1", 1_000, null, T0));
                start = sent;
            } else {
                assertThat(sent.<StatusNotificationRequest>request().status()).isEqualTo(ChargePointStatus.CHARGING);
                sent.answer(StatusNotificationConfirmation.INSTANCE);
            }
        }
        assertThat(start).as("StartTransaction").isNotNull();
        return start;
    }

    @Test
    void whileTheKeyIsFalseSetTariffIsRejectedAndNoTotalUsageFollows() {
        assertThat(setTariff("{\"connectorId\":1,\"tariff\":\"0.39 EUR/kWh\"}"))
                .isEqualTo(rejected("TariffAndTotalUsageDataTransfer is false"));
        assertThat(station.commands).noneMatch(c -> c.startsWith("tariff"));

        charging().answer(new StartTransactionConfirmation(ACCEPTED, 41));
        station.energy(1, 2_500);
        backend.receive(new RemoteStopTransactionRequest(41));
        backend.next(StopTransactionRequest.class).answer(new StopTransactionConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.FINISHING);
        time.advanceTimeBy(Duration.ofMinutes(5));
        assertThat(backend.quiet()).as("no TotalUsage").isTrue();
    }

    @Test
    void withTheKeyTrueTheTariffReachesTheHmiAndTotalUsageFollowsTheStopTransaction() {
        config.change(KEY, "true");
        assertThat(setTariff("{\"connectorId\":0,\"tariff\":\"0.39 EUR/kWh\",\"idTag\":\"TAG-1\"}"))
                .isEqualTo(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, null));
        assertThat(station.commands).containsExactly("tariff 0 0.39 EUR/kWh");

        charging().answer(new StartTransactionConfirmation(ACCEPTED, 41));
        time.advanceTimeBy(Duration.ofMinutes(30));
        station.energy(1, 2_500);
        backend.receive(new RemoteStopTransactionRequest(41));

        var stop = backend.next(StopTransactionRequest.class);
        assertThat(stop.<StopTransactionRequest>request()).isEqualTo(new StopTransactionRequest(null, 2_500,
                T0.plus(Duration.ofMinutes(30)), 41, Reason.REMOTE, null));
        stop.answer(new StopTransactionConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.FINISHING);
        var usage = backend.next(DataTransferRequest.class);
        assertThat(usage.<DataTransferRequest>request()).isEqualTo(new DataTransferRequest(VENDOR, "TotalUsage",
                "{\"connectorId\":1,\"transactionId\":41,\"idTag\":\"TAG-1\",\"meterStart\":1000,\"meterStop\":2500,"
                        + "\"energyWh\":1500,\"started\":\"2026-11-25T12:00:00.000Z\","
                        + "\"stopped\":\"2026-11-25T12:30:00.000Z\",\"tariff\":\"0.39 EUR/kWh\"}"));
        usage.answer(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, null));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void totalUsageBeforeTheStartIsAnsweredCarriesNoTransactionIdAndNoTariff() {
        config.change(KEY, "true");
        RecordingClient.Outbound start = charging();
        station.energy(1, 1_200);
        station.pilot(1, PilotState.A);

        var stop = backend.next(StopTransactionRequest.class);
        assertThat(stop.<StopTransactionRequest>request().reason()).isEqualTo(Reason.EV_DISCONNECTED);
        expectStatus(1, ChargePointStatus.AVAILABLE);
        var usage = backend.next(DataTransferRequest.class);
        assertThat(usage.<DataTransferRequest>request().data()).isEqualTo(
                "{\"connectorId\":1,\"transactionId\":null,\"idTag\":\"TAG-1\",\"meterStart\":1000,\"meterStop\":1200,"
                        + "\"energyWh\":200,\"started\":\"2026-11-25T12:00:00.000Z\","
                        + "\"stopped\":\"2026-11-25T12:00:00.000Z\",\"tariff\":null}");
        usage.fail(new IllegalStateException("backend unreachable")); // not durable: only logged
        start.answer(new StartTransactionConfirmation(ACCEPTED, 42));
        stop.answer(new StopTransactionConfirmation(ACCEPTED));
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void badDataIsRejectedWithTheOffendingField() {
        config.change(KEY, "true");
        assertThat(setTariff(null)).isEqualTo(rejected("data: required, a JSON object"));
        assertThat(setTariff("[1]")).isEqualTo(rejected("data: expected a JSON object, got array"));
        assertThat(setTariff("{\"connectorId\":\"1\",\"tariff\":\"x\"}"))
                .isEqualTo(rejected("connectorId: expected integer, got string"));
        assertThat(setTariff("{\"connectorId\":1}")).isEqualTo(rejected("tariff: required property is missing"));
        assertThat(setTariff("{\"connectorId\":1,\"tariff\":\"" + "x".repeat(101) + "\"}"))
                .isEqualTo(rejected("tariff: longer than 100 characters (101)"));
        assertThat(setTariff("{\"connectorId\":2,\"tariff\":\"x\"}"))
                .isEqualTo(rejected("connectorId: no connector 2, this charge point has 1"));
        assertThat(setTariff("{\"connectorId\":-1,\"tariff\":\"x\"}"))
                .isEqualTo(rejected("connectorId: must be 0 (every connector) or a connector id, got -1"));
        assertThat(setTariff("{\"connectorId\":1,\"tariff\":\"x\",\"colour\":\"red\"}"))
                .isEqualTo(rejected("colour: property is not allowed here"));
        DataTransferConfirmation notJson = setTariff("tariff: 0.39");
        assertThat(notJson.status()).isEqualTo(DataTransferStatus.REJECTED);
        assertThat(notJson.data()).startsWith("{\"reason\":\"data: not JSON: ");
        assertThat(station.commands).as("nothing reached the HMI").isEmpty();

        assertThat(setTariff("{\"connectorId\":1,\"tariff\":\"" + "x".repeat(100) + "\"}").status())
                .isEqualTo(DataTransferStatus.ACCEPTED);
        assertThat(station.commands).containsExactly("tariff 1 " + "x".repeat(100));
    }

    @Test
    void anUnknownMessageIdOfTheVendorIsUnknownMessageIdWhateverTheKey() {
        DataTransferConfirmation unknown = new DataTransferConfirmation(DataTransferStatus.UNKNOWN_MESSAGE_ID, null);
        assertThat(backend.receive(new DataTransferRequest(VENDOR, "SetPrice", "{}"))).isEqualTo(unknown);
        config.change(KEY, "true");
        assertThat(backend.receive(new DataTransferRequest(VENDOR, "SetPrice", "{}"))).isEqualTo(unknown);
        assertThat(backend.receive(new DataTransferRequest(VENDOR, null, null))).isEqualTo(unknown);
        assertThat(backend.receive(new DataTransferRequest("com.example", "SetTariff", "{}")).status())
                .as("another vendor").isEqualTo(DataTransferStatus.UNKNOWN_VENDOR_ID);
        assertThat(backend.quiet()).isTrue();
    }
}
