package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chargetime.ocpp.model.core.ChargingProfile;
import eu.chargetime.ocpp.model.core.ChargingProfileKindType;
import eu.chargetime.ocpp.model.core.ChargingProfilePurposeType;
import eu.chargetime.ocpp.model.core.ChargingRateUnitType;
import eu.chargetime.ocpp.model.core.ChargingSchedule;
import eu.chargetime.ocpp.model.core.ChargingSchedulePeriod;
import eu.chargetime.ocpp.model.core.MeterValue;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.SampledValue;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.smartcharging.ChargingProfileStatus;
import eu.chargetime.ocpp.model.smartcharging.GetCompositeScheduleConfirmation;
import eu.chargetime.ocpp.model.smartcharging.GetCompositeScheduleRequest;
import eu.chargetime.ocpp.model.smartcharging.GetCompositeScheduleStatus;
import eu.chargetime.ocpp.model.smartcharging.SetChargingProfileConfirmation;
import eu.chargetime.ocpp.model.smartcharging.SetChargingProfileRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smart Charging against Java-OCA-OCPP's server: a TxDefaultProfile set by the backend limits the next transaction
 * on the simulated station, the simulated EV's current follows it in the MeterValues, GetCompositeSchedule states it,
 * and {@code /api/status} names the profile that decides it.
 */
class SmartChargingRealBackendTest {

    @TempDir
    Path dir;
    TestStation station;

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
    }

    @Test
    void aTxDefaultProfileFromTheBackendLimitsTheEvAndTheCompositeScheduleStatesIt() throws Exception {
        station = TestStation.start(dir, TestStation.DEFAULT_PASSWORD, Map.of(
                "MeterValuesSampledData", "Current.Import,Current.Offered",
                "MeterValueSampleInterval", "1"))
                .as(OperatorAuth.USER, TestStation.DEFAULT_PASSWORD);
        ChargingSchedulePeriod tenAmperes = new ChargingSchedulePeriod(0, 10.0);
        ChargingProfile profile = new ChargingProfile(1, 0, ChargingProfilePurposeType.TxDefaultProfile,
                ChargingProfileKindType.Relative, new ChargingSchedule(ChargingRateUnitType.A,
                new ChargingSchedulePeriod[] {tenAmperes}));
        var set = (SetChargingProfileConfirmation) station.backend.send(new SetChargingProfileRequest(0, profile));
        assertThat(set.getStatus()).isEqualTo(ChargingProfileStatus.Accepted);

        station.post("/api/sim/connectors/1/plug", null);
        station.post("/api/sim/rfid", "{\"idTag\": \"CARD-1\", \"connectorId\": 1}");
        station.backend.await(StartTransactionRequest.class, 1);

        // the simulated EV (16 A charger) draws the 10 A offered, as the MeterValues say
        MeterValue drawn = Flux.interval(Duration.ZERO, Duration.ofMillis(100))
                .flatMapIterable(i -> station.backend.received.stream()
                        .filter(MeterValuesRequest.class::isInstance).map(MeterValuesRequest.class::cast)
                        .flatMap(r -> java.util.Arrays.stream(r.getMeterValue())).toList())
                .filter(v -> value(v, "Current.Import", "L1") != null && value(v, "Current.Import", "L1") == 10.0)
                .blockFirst(Duration.ofSeconds(15));
        assertThat(drawn).as("a MeterValues with 10 A drawn on L1").isNotNull();
        assertThat(value(drawn, "Current.Offered", null)).isEqualTo(10.0);

        var composite = (GetCompositeScheduleConfirmation) station.backend.send(new GetCompositeScheduleRequest(1, 3600));
        assertThat(composite.getStatus()).isEqualTo(GetCompositeScheduleStatus.Accepted);
        assertThat(composite.getConnectorId()).isEqualTo(1);
        assertThat(composite.getChargingSchedule().getChargingRateUnit()).isEqualTo(ChargingRateUnitType.A);
        assertThat(composite.getChargingSchedule().getChargingSchedulePeriod()).hasSize(1);
        assertThat(composite.getChargingSchedule().getChargingSchedulePeriod()[0].getLimit()).isEqualTo(10.0);

        JsonNode smart = station.connector(1).get("smartCharging");
        assertThat(smart.get("limitA").asDouble()).isEqualTo(10.0);
        assertThat(smart.at("/transactionProfile/chargingProfileId").asInt()).isEqualTo(1);
        assertThat(smart.at("/transactionProfile/purpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(smart.get("stationProfile").isNull()).isTrue();
        assertThat(station.connector(2).at("/smartCharging/limitA").asDouble())
                .as("the TxDefaultProfile on connector 0 is every connector's").isEqualTo(10.0);
    }

    private static Double value(MeterValue value, String measurand, String phase) {
        for (SampledValue v : value.getSampledValue()) {
            if (measurand.equals(v.getMeasurand()) && (phase == null || phase.equals(v.getPhase()))) {
                return Double.parseDouble(v.getValue());
            }
        }
        return null;
    }
}
