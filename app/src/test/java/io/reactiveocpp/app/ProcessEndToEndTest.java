package io.reactiveocpp.app;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.RemoteStartStopStatus;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import io.reactiveocpp.app.demo.DemoBackend;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.reactiveocpp.app.Received.assertClosesAfterItsReadings;
import static io.reactiveocpp.app.Received.assertOnceInOrder;
import static io.reactiveocpp.app.Received.awaitMeterValues;
import static io.reactiveocpp.app.Received.meterValues;
import static io.reactiveocpp.app.Received.register;
import static io.reactiveocpp.app.Received.timestamp;
import static io.reactiveocpp.app.Received.tokens;
import static io.reactiveocpp.app.Received.transactionMessages;
import static io.reactiveocpp.app.ServiceProcess.statusOf;
import static io.reactiveocpp.app.ServiceProcess.transactionIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * End to end: the service started as a process of its own ({@link ServiceProcess}: {@code java -cp <the test
 * class path> io.reactiveocpp.app.Main ...}, the class path rather than the shaded jar, which the package phase
 * makes only after the tests) against a real central system on 127.0.0.1, driven only through its local HTTP
 * interface ({@code /api/sim/...}, {@code /api/config}, {@code /api/status}, {@code /metrics}) and through the
 * backend. The backends: the demo backend the jar embeds for {@code --demo}, and Java-OCA-OCPP's server
 * ({@link JavaOcaBackend}), which records every request.
 *
 * <p>Exactly once. A transaction message the backend has recorded but whose answer has not reached the charge
 * point when the link breaks is sent again: OCPP's delivery is at least once. So the outage and the kill are
 * placed where no transaction message is in flight: the backend is closed right after a MeterValues was
 * answered (the queue empty, the next sample most of a second away), and the process is killed while the
 * backend is away and the queue has not changed for {@link #QUIET} (every queued message on disk, the next
 * sample still ahead). Then "once" is exact: nothing the backend answered comes again, and every queued
 * message comes, in order, once.
 *
 * <p>Settings ({@link #config}): MeterValues every second, the simulator 60 times faster than real time, and a
 * WebSocket ping every 2 s: Java-OCA-OCPP's WebSocket library now and again leaves an answer unsent until the
 * server writes anything else (see {@code KillDuringAppendTest}); a pong is such a write.
 */
class ProcessEndToEndTest {

    /** How long the queue depth must stand still before the kill. */
    private static final Duration QUIET = Duration.ofMillis(400);
    /** The backend is closed at most this long after a MeterValues arrived (samples come every 1000 ms). */
    private static final Duration CLOSE_WITHIN = Duration.ofMillis(400);

    @TempDir
    Path dir;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<JavaOcaBackend> backends = new ArrayList<>();
    private DemoBackend demo;

    @AfterEach
    void tearDown() {
        services.forEach(ServiceProcess::close); // kills whatever still runs: only the processes started here
        backends.forEach(JavaOcaBackend::close);
        if (demo != null) {
            demo.close();
        }
    }

    // ------------------------------------------------------------------------------------------- scenarios

    /**
     * Against the demo backend ({@link DemoBackend}, here in the test JVM; {@code --demo} starts the same one inside
     * the service), which numbers transactions from 1 and records nothing: boot, plug, card, charge, the card
     * again, unplug, seen through {@code /api/status} and {@code /metrics}.
     */
    @Test
    void aSessionByPlugAndCardAgainstTheDemoBackendShowsInStatusAndMetrics() throws Exception {
        demo = DemoBackend.start(0);
        ServiceProcess service = start(demo.url(), "CP-E2E-DEMO", config());
        service.awaitStatus("the boot accepted", s -> s.get("registration").asText().equals("ACCEPTED"));

        service.plug(1);
        service.presentCard("CARD-DEMO", 1);
        service.awaitStatus("transaction 1 charging on connector 1",
                s -> transactionIdOf(s, 1) == 1 && statusOf(s, 1).equals("Charging"));
        awaitSent(service, "MeterValues", 2);
        service.presentCard("CARD-DEMO", 1);
        service.awaitStatus("connector 1 Finishing",
                s -> transactionIdOf(s, 1) == 0 && statusOf(s, 1).equals("Finishing"));
        service.unplug(1);
        JsonNode status = service.awaitStatus("connector 1 Available, nothing queued", s ->
                statusOf(s, 1).equals("Available") && s.at("/queue/depth").asInt() == 0);

        assertThat(status.at("/backend/phase").asText()).isEqualTo("CONNECTED");
        assertThat(status.at("/queue/deadLetters").asLong()).isZero();
        assertThat(service.sent("StartTransaction")).as("StartTransaction outcomes").containsExactly("result=1");
        assertThat(service.sent("StopTransaction")).as("StopTransaction outcomes").containsExactly("result=1");
        assertThat(service.sent("MeterValues")).as("MeterValues outcomes").singleElement().asString()
                .startsWith("result=");
    }

    /**
     * The sample interval set through {@code PUT /api/config}; a session by plug and card, stopped by the card,
     * then one by RemoteStartTransaction, stopped by RemoteStopTransaction: each transaction's StartTransaction,
     * MeterValues and StopTransaction arrive once, in order, with the backend's transactionId and reason.
     */
    @Test
    void aSessionByPlugAndCardAndOneByRemoteStartAndStopReachTheBackendOnceInOrder() throws Exception {
        JavaOcaBackend backend = backend(0);
        ServiceProcess service = start(backend.url(), "CP-E2E-1", null);
        service.configure("MeterValueSampleInterval", "1");
        service.configure("WebSocketPingInterval", "2");
        BootNotificationRequest boot = backend.await(BootNotificationRequest.class, 1).get(0);
        assertThat(boot.getChargePointVendor()).isEqualTo("reactive-ocpp");
        assertThat(backend.identifiers).containsExactly("/CP-E2E-1");

        // plug, card, charge, the same card stops, unplug
        int first = startCharging(service, backend, "CARD-1", 1);
        assertThat(first).as("Java-OCA numbers from 1001").isEqualTo(1001);
        service.presentCard("CARD-1", 1);
        StopTransactionRequest local = backend.await(StopTransactionRequest.class, 1).get(0);
        service.unplug(1);

        // plug, RemoteStartTransaction, charge, RemoteStopTransaction, unplug
        service.plug(2);
        service.awaitStatus("connector 2 Preparing", s -> statusOf(s, 2).equals("Preparing"));
        RemoteStartTransactionRequest remoteStart = new RemoteStartTransactionRequest("REMOTE-1");
        remoteStart.setConnectorId(2);
        assertThat(((RemoteStartTransactionConfirmation) backend.send(remoteStart)).getStatus())
                .isEqualTo(RemoteStartStopStatus.Accepted);
        StartTransactionRequest second = backend.await(StartTransactionRequest.class, 2).get(1);
        assertThat(second.getConnectorId()).isEqualTo(2);
        assertThat(second.getIdTag()).isEqualTo("REMOTE-1");
        service.awaitStatus("transaction 1002 on connector 2", s -> transactionIdOf(s, 2) == 1002);
        awaitMeterValues(backend, 1002, 1);
        var remoteStop = (RemoteStopTransactionConfirmation) backend.send(new RemoteStopTransactionRequest(1002));
        assertThat(remoteStop.getStatus()).isEqualTo(RemoteStartStopStatus.Accepted);
        StopTransactionRequest remote = backend.await(StopTransactionRequest.class, 2).get(1);
        service.unplug(2);
        service.awaitStatus("both connectors Available, nothing queued", s -> s.at("/queue/depth").asInt() == 0
                && statusOf(s, 1).equals("Available")
                && statusOf(s, 2).equals("Available"));

        assertThat(tokens(transactionMessages(backend))).as("the transaction messages, in arrival order")
                .matches("Start:1:CARD-1 (MV:1001 )+Stop:1001:Local Start:2:REMOTE-1 (MV:1002 )+Stop:1002:Remote");
        assertOnceInOrder(meterValues(backend, 1001));
        assertOnceInOrder(meterValues(backend, 1002));
        assertThat(local.getIdTag()).isEqualTo("CARD-1");
        assertClosesAfterItsReadings(local, meterValues(backend, 1001));
        assertClosesAfterItsReadings(remote, meterValues(backend, 1002));
    }

    /**
     * The backend goes away while MeterValues are sampled, the card stops the transaction offline, the EV
     * leaves; the backend comes back on the same port: the queued MeterValues and the StopTransaction arrive,
     * each once, in order, with transactionId 1001, and no sample the first backend had comes again.
     */
    @Test
    void aBackendOutageMidSessionThenEveryQueuedMessageArrivesOnceInOrder() throws Exception {
        JavaOcaBackend backend = backend(0);
        ServiceProcess service = start(backend.url(), "CP-E2E-OUTAGE", config());
        startCharging(service, backend, "CARD-OUT", 2);

        closeBetweenSamples(service, backend);
        List<MeterValuesRequest> before = meterValues(backend, 1001);
        service.awaitStatus("the backend unreachable", s -> !s.at("/backend/phase").asText().equals("CONNECTED"));
        service.awaitStatus("MeterValues queued offline", s -> s.at("/queue/depth").asInt() >= 2);
        service.presentCard("CARD-OUT", 1); // the card that started it stops it, no backend needed
        service.awaitStatus("the transaction stopped offline", s -> transactionIdOf(s, 1) == 0
                && statusOf(s, 1).equals("Finishing"));
        service.unplug(1);
        int queued = service.awaitStatus("connector 1 Available", s -> statusOf(s, 1).equals("Available"))
                .at("/queue/depth").asInt();

        JavaOcaBackend back = backend(backend.port);
        StopTransactionRequest stop = back.await(StopTransactionRequest.class, 1, 20).get(0);
        service.awaitStatus("everything delivered", s -> s.at("/queue/depth").asInt() == 0
                && s.at("/backend/phase").asText().equals("CONNECTED"));

        List<Request> after = transactionMessages(back);
        assertThat(tokens(after)).as("the %d queued messages, each once, in order", queued)
                .isEqualTo("MV:1001 ".repeat(queued - 1) + "Stop:1001:Local");
        List<MeterValuesRequest> all = new ArrayList<>(before);
        all.addAll(meterValues(back, 1001));
        assertOnceInOrder(all);
        assertThat(stop.getIdTag()).isEqualTo("CARD-OUT");
        assertClosesAfterItsReadings(stop, all);
        assertThat(backend.received).filteredOn(StartTransactionRequest.class::isInstance).hasSize(1);
        assertThat(backend.received).noneMatch(StopTransactionRequest.class::isInstance);
    }

    /**
     * SIGKILL while a transaction runs with MeterValues queued (the backend away); the service started again on
     * the same data directory delivers exactly what was queued, then closes the transaction with a
     * StopTransaction of reason PowerLoss carrying the last persisted reading: one StartTransaction and one
     * StopTransaction in all, nothing answered before the kill sent again. (This found the lost PowerLoss stop:
     * the engine closed the transaction before the session had opened its queue, see
     * {@link ChargePointRuntime#start}.)
     */
    @Test
    void killedMidSessionTheRestartedServiceDeliversWhatWasQueuedAndClosesTheTransactionWithPowerLoss()
            throws Exception {
        JavaOcaBackend backend = backend(0);
        Path data = dir.resolve("data");
        ServiceProcess service = start(backend.url(), "CP-E2E-KILL", data, config());
        startCharging(service, backend, "CARD-KILL", 2);

        closeBetweenSamples(service, backend);
        List<MeterValuesRequest> before = meterValues(backend, 1001);
        service.awaitStatus("the backend unreachable", s -> !s.at("/backend/phase").asText().equals("CONNECTED"));
        int queued = service.awaitSettledQueue(2, QUIET).at("/queue/depth").asInt();
        assertThat(service.kill()).as("ended by SIGKILL").isEqualTo(128 + 9);

        JavaOcaBackend back = backend(backend.port);
        ServiceProcess restarted = start(back.url(), "CP-E2E-KILL", data, config());
        StopTransactionRequest stop = back.await(StopTransactionRequest.class, 1, 20).get(0);
        restarted.awaitStatus("everything delivered, connector 1 Available", s -> s.at("/queue/depth").asInt() == 0
                && statusOf(s, 1).equals("Available")
                && transactionIdOf(s, 1) == 0);

        List<Request> after = transactionMessages(back);
        assertThat(back.received).as("the restart booted").anyMatch(BootNotificationRequest.class::isInstance);
        assertThat(tokens(after)).as("the %d messages queued at the kill, each once, then the PowerLoss stop", queued)
                .isEqualTo("MV:1001 ".repeat(queued) + "Stop:1001:PowerLoss");
        List<MeterValuesRequest> all = new ArrayList<>(before);
        all.addAll(meterValues(back, 1001));
        assertOnceInOrder(all);
        assertThat(stop.getIdTag()).as("nobody stopped it").isNull();
        MeterValuesRequest last = all.get(all.size() - 1);
        // the stop carries the last reading the engine persisted, which is the last sample's (rounded
        // half-even in MeterValues, half-up in meterStop: they may differ on a tie)
        assertThat((double) stop.getMeterStop()).as("meterStop: the last reading")
                .isCloseTo(register(last), within(1.0));
        assertThat(stop.getTimestamp().toInstant()).as("stopped when last seen").isAfterOrEqualTo(timestamp(last))
                .isBefore(timestamp(last).plusSeconds(1));
        assertThat(backend.received).filteredOn(StartTransactionRequest.class::isInstance).hasSize(1);
        assertThat(backend.received).noneMatch(StopTransactionRequest.class::isInstance);
    }

    // ------------------------------------------------------------------------------------------- steps

    private ServiceProcess start(String backendUrl, String id, Path config) throws IOException {
        return start(backendUrl, id, dir.resolve("data"), config);
    }

    private ServiceProcess start(String backendUrl, String id, Path data, Path config) throws IOException {
        ServiceProcess service = ServiceProcess.start(backendUrl, id, data, config,
                dir.resolve("service-" + (services.size() + 1) + ".log"));
        services.add(service);
        return service;
    }

    /** A Java-OCA backend on {@code port}, or on a free one for 0. */
    private JavaOcaBackend backend(int port) {
        JavaOcaBackend backend = port == 0 ? new JavaOcaBackend() : new JavaOcaBackend(port);
        backends.add(backend);
        return backend;
    }

    /** MeterValues every second, the simulator at 60 times real time, a ping every 2 s (see the class javadoc). */
    private Path config() throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, """
                simTimeScale: 60
                ocpp:
                  MeterValueSampleInterval: 1
                  WebSocketPingInterval: 2
                """);
        return file;
    }

    /**
     * Plug and card on connector 1: returns the backend's transactionId once the connector charges and
     * {@code meterValues} MeterValues of the transaction have arrived.
     */
    private int startCharging(ServiceProcess service, JavaOcaBackend backend, String card, int meterValues)
            throws InterruptedException {
        // a card presented before the backend accepted the boot would be refused: unknown, and no backend to ask
        service.awaitStatus("the boot accepted", s -> s.get("registration").asText().equals("ACCEPTED"));
        int starts = (int) backend.received.stream().filter(StartTransactionRequest.class::isInstance).count();
        service.plug(1);
        service.presentCard(card, 1);
        StartTransactionRequest start = backend.await(StartTransactionRequest.class, starts + 1).get(starts);
        assertThat(start.getConnectorId()).isEqualTo(1);
        assertThat(start.getIdTag()).isEqualTo(card);
        int transactionId = transactionIdOf(service.awaitStatus("connector 1 charging with its transactionId",
                s -> transactionIdOf(s, 1) != 0 && statusOf(s, 1).equals("Charging")), 1);
        awaitMeterValues(backend, transactionId, meterValues);
        return transactionId;
    }

    /**
     * Closes the backend right after a MeterValues was answered: nothing is in flight then, and the next sample
     * is most of a second away. Tries again with the next sample if the answer was slow.
     */
    private void closeBetweenSamples(ServiceProcess service, JavaOcaBackend backend) throws InterruptedException {
        for (int attempt = 0; attempt < 5; attempt++) {
            int seen = (int) backend.received.stream().filter(MeterValuesRequest.class::isInstance).count();
            backend.await(MeterValuesRequest.class, seen + 1);
            long arrived = System.nanoTime();
            service.awaitStatus("the MeterValues answered", s -> s.at("/queue/depth").asInt() == 0);
            if (System.nanoTime() - arrived < CLOSE_WITHIN.toNanos()) {
                backend.close();
                return;
            }
        }
        throw new AssertionError("no MeterValues was answered within " + CLOSE_WITHIN.toMillis()
                + " ms of its arrival");
    }

    /** Polls {@code /metrics} until {@code action} was answered {@code count} times. */
    private static void awaitSent(ServiceProcess service, String action, int count) {
        service.awaitStatus(count + " " + action + " answered", s -> service.sent(action).stream()
                .anyMatch(o -> o.startsWith("result=") && Long.parseLong(o.substring(7)) >= count));
    }
}
