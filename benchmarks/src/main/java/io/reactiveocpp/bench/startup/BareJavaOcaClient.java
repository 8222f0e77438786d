package io.reactiveocpp.bench.startup;

import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import io.reactiveocpp.bench.session.JavaOcaChargePoints;

import java.util.concurrent.TimeUnit;

/**
 * The peer of the start race: Java-OCA-OCPP 1.1.0's bare client as its README builds one (a {@link JSONClient}
 * with the core profile, a handler that refuses everything), nothing else: no engine, no storage, no HTTP
 * interface, no metrics. It connects, sends a BootNotification, prints {@value #ANSWERED} when the answer is in,
 * then idles until killed ({@code --exit-after-boot}: exits instead, to record its class-data sharing archive).
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.startup.BareJavaOcaClient ws://127.0.0.1:8180 CP-1
 * </pre>
 */
public final class BareJavaOcaClient {

    /** The line printed when the BootNotification is answered (the service logs the same words). */
    public static final String ANSWERED = "BootNotification answered";

    private BareJavaOcaClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BareJavaOcaClient BACKEND_URL CHARGE_POINT_ID [--exit-after-boot]");
            System.exit(2);
        }
        JSONClient client = JavaOcaChargePoints.client(args[1]); // TCP_NO_DELAY like the service's transport
        client.connect(args[0], new ClientEvents() {
            @Override
            public void connectionOpened() {
            }

            @Override
            public void connectionClosed() {
            }
        });
        BootNotificationConfirmation answer = (BootNotificationConfirmation) client
                .send(new BootNotificationRequest("ReactiveOCPP", "RX-22")).toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        System.out.println(ANSWERED + " (" + answer.getStatus() + ")");
        System.out.flush();
        if (args.length > 2 && args[2].equals("--exit-after-boot")) {
            client.disconnect();
            System.exit(0);
        }
        Thread.currentThread().join(); // idles on the library's own threads until killed
    }
}
