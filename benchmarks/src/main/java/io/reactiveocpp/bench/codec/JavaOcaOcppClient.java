package io.reactiveocpp.bench.codec;

import eu.chargetime.ocpp.FeatureRepository;
import eu.chargetime.ocpp.JSONCommunicator;
import eu.chargetime.ocpp.PromiseFulfiller;
import eu.chargetime.ocpp.Queue;
import eu.chargetime.ocpp.RadioEvents;
import eu.chargetime.ocpp.Session;
import eu.chargetime.ocpp.SessionEvents;
import eu.chargetime.ocpp.Transmitter;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;

import java.util.Optional;

/**
 * A charge point built on Java-OCA-OCPP 1.1.0, cut at its radio: frames go through the library's own
 * receive path ({@code Communicator}'s radio event handler: Gson parse, {@code Session.onCall} /
 * {@code onCallResult}, payload binding, {@code validate()}) and send path ({@code Session.sendRequest}:
 * Gson serialization and the CALL frame), exactly as its {@code JSONClient} runs them over a WebSocket.
 * Left out on purpose, because they are not codec work: the WebSocket itself, the thread pool that
 * dispatches requests to handlers, and the promise and request maps of a real session.
 *
 * <p>Not thread-safe: one instance per benchmark thread.
 */
final class JavaOcaOcppClient {

    private final Radio radio = new Radio();
    private final BootNotificationRequest pendingBoot = new BootNotificationRequest("ReactiveOCPP", "RX-22");
    private final Session session;
    private Request lastRequest;
    private Confirmation lastConfirmation;

    JavaOcaOcppClient() {
        FeatureRepository features = new FeatureRepository();
        features.addFeatureProfile(new ClientCoreProfile(null));
        Queue queue = new Queue() {
            @Override
            public Optional<Request> restoreRequest(String ticket) {
                return Optional.of(pendingBoot); // the call the CALLRESULT answers
            }
        };
        PromiseFulfiller dispatcher = (promise, handler, request) -> lastRequest = request;
        session = new Session(new JSONCommunicator(radio), queue, dispatcher, features);
        session.open("ws://127.0.0.1/unused", new SessionEvents() {
            @Override
            public void handleConfirmation(String uniqueId, Confirmation confirmation) {
                lastConfirmation = confirmation;
            }

            @Override
            public Confirmation handleRequest(Request request) {
                return null;
            }

            @Override
            public void handleError(String uniqueId, String errorCode, String errorDescription, Object payload) {
                throw new IllegalStateException(errorCode + ": " + errorDescription);
            }

            @Override
            public void handleConnectionClosed() {
            }

            @Override
            public void handleConnectionOpened() {
            }
        });
    }

    /** Receives a CALL and returns the validated request it dispatches. */
    MeterValuesRequest receiveMeterValuesCall(String frame) {
        lastRequest = null;
        radio.events.receivedMessage(frame);
        if (lastRequest == null) {
            throw new IllegalStateException("rejected, answered: " + radio.lastSent);
        }
        return (MeterValuesRequest) lastRequest;
    }

    /** Receives the CALLRESULT of the pending BootNotification and returns the validated confirmation. */
    BootNotificationConfirmation receiveBootNotificationResult(String frame) {
        lastConfirmation = null;
        radio.events.receivedMessage(frame);
        if (lastConfirmation == null) {
            throw new IllegalStateException("rejected, answered: " + radio.lastSent);
        }
        return (BootNotificationConfirmation) lastConfirmation;
    }

    /** Validates and sends a request as {@code Client.send} does, and returns the frame handed to the radio. */
    String sendStartTransaction(String uniqueId, StartTransactionRequest request) {
        if (!request.validate()) {
            throw new IllegalArgumentException("invalid request");
        }
        session.sendRequest("StartTransaction", request, uniqueId);
        return (String) radio.lastSent;
    }

    /** Stands in for the WebSocket: keeps the library's event handler and the last frame it sent. */
    private static final class Radio implements Transmitter {
        RadioEvents events;
        Object lastSent;

        @Override
        public void connect(String uri, RadioEvents events) {
            this.events = events;
        }

        @Override
        public void send(Object message) {
            lastSent = message;
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public void disconnect() {
        }
    }
}
