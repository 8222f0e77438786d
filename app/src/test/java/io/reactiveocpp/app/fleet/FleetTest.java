package io.reactiveocpp.app.fleet;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --fleet}: virtual charge points, each with its own identity, against a real, independent central
 * system (Java-OCA-OCPP 1.1.0's JSON server on 127.0.0.1), each booting and running whole charging sessions.
 */
class FleetTest {

    @Test
    void everyVirtualChargePointBootsUnderItsOwnIdAndChargesSessionsToTheEnd() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        // a session every 2 s on average, 10 Wh each: the simulator (60× time) has them in after one tick
        FleetSettings settings = new FleetSettings(3, "T-", 1800, 10, 50, 7);
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            Fleet fleet = Fleet.start(settings, Map.of("MeterValueSampleInterval", "0"), backend.url(), 60, registry);
            try {
                List<BootNotificationRequest> boots = backend.await(BootNotificationRequest.class, 3);
                assertThat(boots).extracting(BootNotificationRequest::getChargePointSerialNumber)
                        .containsExactlyInAnyOrder("T-001", "T-002", "T-003");
                assertThat(backend.identifiers).containsExactlyInAnyOrder("/T-001", "/T-002", "/T-003");

                List<StopTransactionRequest> stops = backend.await(StopTransactionRequest.class, 3, 60);
                List<StartTransactionRequest> starts = backend.await(StartTransactionRequest.class, 3);
                assertThat(starts).extracting(StartTransactionRequest::getIdTag).allMatch(tag -> tag.matches("F0000000[123]"));
                assertThat(stops).allSatisfy(stop -> {
                    assertThat(stop.getMeterStop()).isGreaterThanOrEqualTo(10);
                    assertThat(stop.getTransactionId()).isPositive();
                });
                assertThat(registry.get("fleet.sessions").tag("outcome", "charged").counter().count())
                        .isGreaterThanOrEqualTo(1);
                assertThat(fleet.booted()).isEqualTo(3);
                // totals, not a series per member: the cardinality of a 10,000-member fleet stays that of one
                assertThat(registry.get("ocpp.sent.bytes").counter().count()).isGreaterThan(0);
                assertThat(registry.getMeters()).noneMatch(meter -> meter.getId().getTag("charge_point") != null);
            } finally {
                fleet.close();
            }
            assertThat(registry.get("fleet.chargepoints").tag("state", "connected").gauge().value()).isZero();
        }
    }

    @Test
    void badFleetSettingsNameTheOption() {
        assertThatThrownBy(() -> new FleetSettings(0, "CP-", 1, 10_000, 100, 1))
                .hasMessageStartingWith("fleet:");
        assertThatThrownBy(() -> new FleetSettings(10, "A-VERY-LONG-PREFIX-XX", 1, 10_000, 100, 1))
                .hasMessageStartingWith("id-prefix:");
        assertThatThrownBy(() -> new FleetSettings(10, "CP-", -1, 10_000, 100, 1))
                .hasMessageStartingWith("sessions-per-hour");
        assertThat(new FleetSettings(10_000, "CP-", 1, 10_000, 100, 1).id(41)).isEqualTo("CP-00042");
    }
}
