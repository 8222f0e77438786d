package io.reactiveocpp.bench.startup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;

import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The floor of the start race: what the service's own libraries need before they can do anything, with nothing of
 * the service on top. Reactor Netty's WebSocket client (the service's transport library, subprotocol {@code ocpp1.6})
 * and Jackson's streaming core (its codec's only library) write one BootNotification as an OCPP-J CALL and read the
 * answer's {@code status}; no codec classes, no engine, no storage, no HTTP interface, no metrics, no logging
 * backend. Prints {@value BareJavaOcaClient#ANSWERED} as the peer does, then idles until killed
 * ({@code --exit-after-boot}: exits instead, to record its class-data sharing archive).
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.startup.BareReactorNettyClient ws://127.0.0.1:8180 CP-1
 * </pre>
 */
public final class BareReactorNettyClient {

    private BareReactorNettyClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BareReactorNettyClient BACKEND_URL CHARGE_POINT_ID [--exit-after-boot]");
            System.exit(2);
        }
        System.setProperty("io.netty.jfr.enabled", "false"); // as the service's main does
        JsonFactory json = new JsonFactory();
        String frame = bootNotification(json);
        CompletableFuture<String> status = new CompletableFuture<>();
        // the handler never completes by itself: the link stays open, as the peer's and the service's do
        HttpClient.create()
                .websocket(WebsocketClientSpec.builder().protocols("ocpp1.6").build())
                .uri(args[0] + "/" + args[1])
                .handle((in, out) -> out.sendString(Mono.just(frame))
                        .then()
                        .thenMany(in.receive().asString().doOnNext(text -> status.complete(answerStatus(json, text)))))
                .subscribe(null, status::completeExceptionally);
        String answered = status.get(30, TimeUnit.SECONDS);
        System.out.println(BareJavaOcaClient.ANSWERED + " (" + answered + ")");
        System.out.flush();
        if (args.length > 2 && args[2].equals("--exit-after-boot")) {
            System.exit(0);
        }
        Thread.currentThread().join(); // the link stays open on Netty's event loop until killed
    }

    private static String bootNotification(JsonFactory json) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = json.createGenerator(text)) {
            out.writeStartArray();
            out.writeNumber(2);
            out.writeString("1");
            out.writeString("BootNotification");
            out.writeStartObject();
            out.writeStringField("chargePointVendor", "ReactiveOCPP");
            out.writeStringField("chargePointModel", "RX-22");
            out.writeEndObject();
            out.writeEndArray();
        }
        return text.toString();
    }

    /** The {@code status} field of a CALLRESULT {@code [3, id, {..., "status": ...}]}. */
    private static String answerStatus(JsonFactory json, String text) {
        try (JsonParser in = json.createParser(text)) {
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                if (token == JsonToken.FIELD_NAME && in.currentName().equals("status")) {
                    in.nextToken();
                    return in.getText();
                }
            }
            throw new IllegalStateException("no status in the answer: " + text);
        } catch (IOException e) {
            throw new IllegalStateException("not an OCPP-J answer: " + text, e);
        }
    }
}
