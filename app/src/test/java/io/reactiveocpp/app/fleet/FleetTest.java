package io.reactiveocpp.app.fleet;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.HashMap;
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
    void membersConnectFromTheSourceAddressesInTurn() throws Exception {
        InetAddress second = InetAddress.getByName("127.0.0.2");
        InetAddress third = InetAddress.getByName("127.0.0.3");
        FleetSettings settings = new FleetSettings(4, "S-", 0, 10, 50, 7,
                SourceAddresses.parse(List.of("127.0.0.2", "127.0.0.3,127.0.0.2")));
        assertThat(settings.sources()).containsExactly(second, third);
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            Fleet fleet = Fleet.start(settings, Map.of(), backend.url(), 1, new SimpleMeterRegistry());
            try {
                backend.await(BootNotificationRequest.class, 4);
                Map<String, InetAddress> from = new HashMap<>();
                for (int i = 0; i < backend.identifiers.size(); i++) {
                    from.put(backend.identifiers.get(i), backend.addresses.get(i).getAddress());
                }
                assertThat(from).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "/S-001", second, "/S-002", third, "/S-003", second, "/S-004", third));
            } finally {
                fleet.close();
            }
        }
    }

    @Test
    void aSourceAddressThatIsNoIpLiteralOrNotOfThisMachineIsRefusedAtStart() {
        assertThatThrownBy(() -> SourceAddresses.parse(List.of("localhost")))
                .hasMessageStartingWith("source-address: an IP address");
        assertThatThrownBy(() -> SourceAddresses.parse(List.of("127.0.0.1,300.1.1.1")))
                .hasMessageContaining("'300.1.1.1'");
        // TEST-NET-1 (RFC 5737): never an address of this machine
        assertThatThrownBy(() -> SourceAddresses.parse(List.of("192.0.2.1")))
                .hasMessageStartingWith("source-address 192.0.2.1: not an address of this machine");
        assertThatThrownBy(() -> new FleetSettings(10, "CP-", 1, 10_000, 100, 1,
                java.util.Collections.nCopies(257, InetAddress.getLoopbackAddress())))
                .hasMessageStartingWith("source-address: at most 256");
    }

    @Test
    void aHeapTooSmallForTheFleetIsRefusedWithTheHeapItNeeds() {
        FleetSettings fifty = new FleetSettings(50_000, "CP-", 0, 10_000, 100, 1);
        long needed = FleetLimits.needed(fifty);
        assertThatThrownBy(() -> FleetLimits.checkHeap(fifty, 512L << 20))
                .hasMessageStartingWith("fleet: 50,000 charge points need a heap of at least " + String.format("%,d", needed >> 20) + " MB")
                .hasMessageContaining("this JVM has 512 MB: start java with -Xmx");
        FleetLimits.checkHeap(fifty, needed); // exactly enough: accepted
        // charging members need more than idle ones
        assertThat(FleetLimits.needed(new FleetSettings(50_000, "CP-", 1, 10_000, 100, 1))).isGreaterThan(needed);
        FleetLimits.checkHeap(new FleetSettings(3, "CP-", 1, 10_000, 100, 1), 64L << 20);
    }

    @Test
    void moreLinksThanTheProcessMayOpenAreRefusedWithTheLimit() {
        FleetSettings fifty = new FleetSettings(50_000, "CP-", 0, 10_000, 100, 1);
        assertThatThrownBy(() -> FleetLimits.checkDescriptors(fifty, 20_000))
                .hasMessageStartingWith("fleet: 50,000 charge points need 50,256 file descriptors")
                .hasMessageContaining("this process may open 20,000: raise the limit (ulimit -n, LimitNOFILE=) or run "
                        + "at most 19,744 charge points per process");
        FleetLimits.checkDescriptors(fifty, 50_256);
        FleetLimits.checkDescriptors(fifty, -1); // unknown: not checked
        assertThat(FleetLimits.maxDescriptors()).as("this JVM's limit is known on Linux").isPositive();
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
