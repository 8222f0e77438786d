package io.reactiveocpp.session.testing;

import eu.chargetime.ocpp.AuthenticationException;
import eu.chargetime.ocpp.JSONServer;
import eu.chargetime.ocpp.ServerEvents;
import eu.chargetime.ocpp.feature.profile.Profile;
import eu.chargetime.ocpp.feature.profile.ServerCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ServerCoreProfile;
import eu.chargetime.ocpp.feature.profile.ServerFirmwareManagementEventHandler;
import eu.chargetime.ocpp.feature.profile.ServerFirmwareManagementProfile;
import eu.chargetime.ocpp.feature.profile.ServerSmartChargingProfile;
import eu.chargetime.ocpp.feature.profile.securityext.ServerSecurityExtEventHandler;
import eu.chargetime.ocpp.feature.profile.securityext.ServerSecurityExtProfile;
import eu.chargetime.ocpp.model.securityext.LogStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.securityext.LogStatusNotificationRequest;
import eu.chargetime.ocpp.model.securityext.SecurityEventNotificationConfirmation;
import eu.chargetime.ocpp.model.securityext.SecurityEventNotificationRequest;
import eu.chargetime.ocpp.model.securityext.SignCertificateConfirmation;
import eu.chargetime.ocpp.model.securityext.SignCertificateRequest;
import eu.chargetime.ocpp.model.securityext.SignedFirmwareStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.securityext.SignedFirmwareStatusNotificationRequest;
import eu.chargetime.ocpp.model.securityext.types.GenericStatusEnumType;
import eu.chargetime.ocpp.model.firmware.DiagnosticsStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.firmware.DiagnosticsStatusNotificationRequest;
import eu.chargetime.ocpp.model.firmware.FirmwareStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.firmware.FirmwareStatusNotificationRequest;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.SessionInformation;
import eu.chargetime.ocpp.model.core.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real, independent central system for tests: Java-OCA-OCPP 1.1.0's {@link JSONServer} on 127.0.0.1. It
 * accepts every boot, numbers transactions from 1000, records every request it receives, checks HTTP Basic
 * credentials when a password is set, and can send CALLs to the connected charge point.
 */
public final class JavaOcaBackend implements AutoCloseable {

    public final int port;
    public final List<Request> received = new CopyOnWriteArrayList<>();
    /** The types of the SecurityEventNotifications received, in order. */
    public final List<String> securityEvents = new CopyOnWriteArrayList<>();
    public final LinkedBlockingQueue<String> sessions = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<Request> arrivals = new LinkedBlockingQueue<>();
    public final List<String> identifiers = new CopyOnWriteArrayList<>();
    /** The charge point's end (source address and port) of every session, in order. */
    public final List<java.net.InetSocketAddress> addresses = new CopyOnWriteArrayList<>();
    /** The HTTP Basic password of every connection attempt, in order (empty bytes for none). */
    public final List<byte[]> passwords = new CopyOnWriteArrayList<>();
    /** How DataTransfer requests are answered (default: Accepted, no data); a test may replace it. */
    public volatile java.util.function.Function<DataTransferRequest, DataTransferConfirmation> dataTransfers =
            r -> new DataTransferConfirmation(DataTransferStatus.Accepted);
    private final JSONServer server;
    private final StalledWrites stalledWrites;
    private final AtomicInteger transactions = new AtomicInteger(1000);
    private volatile UUID session;
    private volatile byte[] password;

    /** A backend on a free port. */
    public JavaOcaBackend() {
        this(freePort());
    }

    /**
     * A backend on {@code port}: started on the port of one that was closed, it is the same central system back
     * after an outage (the listener reuses the address, so connections of the closed one in TIME_WAIT do not
     * block it). It numbers transactions afresh and has received nothing yet.
     */
    public JavaOcaBackend(int port) {
        this.port = port;
        server = new JSONServer(new ServerCoreProfile(new Handler()));
        server.addFeatureProfile(new ServerSmartChargingProfile()); // so that it can send the Smart Charging CALLs
        server.addFeatureProfile(new ServerFirmwareManagementProfile(new FirmwareHandler()));
        // a backend with the security whitepaper's extension answers SecurityEventNotification and the rest
        server.addFeatureProfile(new ServerSecurityExtProfile(new SecurityAnswers()));
        // Java-WebSocket under it now and then leaves an answer queued unwritten under load (see StalledWrites)
        stalledWrites = new StalledWrites(server);
        server.open("127.0.0.1", port, new ServerEvents() {
            @Override
            public void authenticateSession(SessionInformation information, String username, byte[] given)
                    throws AuthenticationException {
                passwords.add(given == null ? new byte[0] : given.clone());
                byte[] expected = password;
                if (expected != null && !Arrays.equals(expected, given)) {
                    throw new AuthenticationException(401, "bad password for " + username);
                }
            }

            @Override
            public void newSession(UUID sessionIndex, SessionInformation information) {
                session = sessionIndex;
                identifiers.add(information.getIdentifier());
                addresses.add(information.getAddress());
                sessions.add("open");
            }

            @Override
            public void lostSession(UUID sessionIndex) {
                sessions.add("lost");
            }
        });
    }

    /** The URL to configure, without the charge point id. */
    public String url() {
        return "ws://127.0.0.1:" + port;
    }

    /** Adds a feature profile (e.g. the security extension's) to the server, so it can send and answer its CALLs. */
    public void addFeatureProfile(Profile profile) {
        server.addFeatureProfile(profile);
    }

    /** Require this password (as bytes) from now on. */
    public void requirePassword(byte[] password) {
        this.password = password;
    }

    /** Sends a CALL to the charge point that connected last. */
    public Confirmation send(Request request) throws Exception {
        CompletableFuture<Confirmation> answer = server.send(session, request).toCompletableFuture();
        return answer.get(10, TimeUnit.SECONDS);
    }

    /**
     * How many frames Java-WebSocket left queued without asking its selector to write them, which {@link StalledWrites}
     * then wrote (each is logged).
     */
    public int stalledWrites() {
        return stalledWrites.nudged.get();
    }

    /** Java-WebSocket's server under Java-OCA-OCPP's (null until open). */
    org.java_websocket.server.WebSocketServer webSockets() {
        return stalledWrites.webSocketServer();
    }

    /** Waits until {@code count} requests of that type have arrived, and returns them. */
    public <T extends Request> List<T> await(Class<T> type, int count) throws InterruptedException {
        return await(type, count, 10);
    }

    /** Waits until {@code count} requests of that type have arrived, at most {@code seconds}, and returns them. */
    public <T extends Request> List<T> await(Class<T> type, int count, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            List<T> matching = received.stream().filter(type::isInstance).map(type::cast).toList();
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || arrivals.poll(left, TimeUnit.NANOSECONDS) == null) {
                throw new AssertionError("no " + count + " " + type.getSimpleName() + " within " + seconds + " s; got "
                        + received);
            }
        }
    }

    @Override
    public void close() {
        stalledWrites.close();
        server.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T extends Request> T record(T request) {
        received.add(request);
        arrivals.add(request);
        return request;
    }

    /** Answers the security extension's CALLs of the charge point; the events are kept apart from {@link #received}. */
    private final class SecurityAnswers implements ServerSecurityExtEventHandler {
        @Override
        public SignCertificateConfirmation handleSignCertificateRequest(UUID s, SignCertificateRequest r) {
            return new SignCertificateConfirmation(GenericStatusEnumType.Accepted);
        }

        @Override
        public LogStatusNotificationConfirmation handleLogStatusNotificationRequest(UUID s,
                                                                                   LogStatusNotificationRequest r) {
            return new LogStatusNotificationConfirmation();
        }

        @Override
        public SecurityEventNotificationConfirmation handleSecurityEventNotificationRequest(UUID s,
                SecurityEventNotificationRequest r) {
            securityEvents.add(r.getType());
            return new SecurityEventNotificationConfirmation();
        }

        @Override
        public SignedFirmwareStatusNotificationConfirmation handleSignedFirmwareStatusNotificationRequest(UUID s,
                SignedFirmwareStatusNotificationRequest r) {
            return new SignedFirmwareStatusNotificationConfirmation();
        }
    }

    /** Records the Firmware Management profile's notifications. */
    private final class FirmwareHandler implements ServerFirmwareManagementEventHandler {
        @Override
        public DiagnosticsStatusNotificationConfirmation handleDiagnosticsStatusNotificationRequest(UUID s,
                DiagnosticsStatusNotificationRequest r) {
            record(r);
            return new DiagnosticsStatusNotificationConfirmation();
        }

        @Override
        public FirmwareStatusNotificationConfirmation handleFirmwareStatusNotificationRequest(UUID s,
                FirmwareStatusNotificationRequest r) {
            record(r);
            return new FirmwareStatusNotificationConfirmation();
        }
    }

    private final class Handler implements ServerCoreEventHandler {

        @Override
        public AuthorizeConfirmation handleAuthorizeRequest(UUID s, AuthorizeRequest r) {
            record(r);
            return new AuthorizeConfirmation(new IdTagInfo(AuthorizationStatus.Accepted));
        }

        @Override
        public BootNotificationConfirmation handleBootNotificationRequest(UUID s, BootNotificationRequest r) {
            record(r);
            return new BootNotificationConfirmation(ZonedDateTime.now(), 300, RegistrationStatus.Accepted);
        }

        @Override
        public DataTransferConfirmation handleDataTransferRequest(UUID s, DataTransferRequest r) {
            record(r);
            return dataTransfers.apply(r);
        }

        @Override
        public HeartbeatConfirmation handleHeartbeatRequest(UUID s, HeartbeatRequest r) {
            record(r);
            return new HeartbeatConfirmation(ZonedDateTime.now());
        }

        @Override
        public MeterValuesConfirmation handleMeterValuesRequest(UUID s, MeterValuesRequest r) {
            record(r);
            return new MeterValuesConfirmation();
        }

        @Override
        public StartTransactionConfirmation handleStartTransactionRequest(UUID s, StartTransactionRequest r) {
            record(r);
            return new StartTransactionConfirmation(new IdTagInfo(AuthorizationStatus.Accepted),
                    transactions.incrementAndGet());
        }

        @Override
        public StatusNotificationConfirmation handleStatusNotificationRequest(UUID s, StatusNotificationRequest r) {
            record(r);
            return new StatusNotificationConfirmation();
        }

        @Override
        public StopTransactionConfirmation handleStopTransactionRequest(UUID s, StopTransactionRequest r) {
            record(r);
            return new StopTransactionConfirmation();
        }
    }
}
