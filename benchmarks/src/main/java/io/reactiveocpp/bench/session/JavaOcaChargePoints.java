package io.reactiveocpp.bench.session;

import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.model.core.AvailabilityStatus;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityConfirmation;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityRequest;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ClearCacheConfirmation;
import eu.chargetime.ocpp.model.core.ClearCacheRequest;
import eu.chargetime.ocpp.model.core.ClearCacheStatus;
import eu.chargetime.ocpp.model.core.ConfigurationStatus;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.DataTransferStatus;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.RemoteStartStopStatus;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest;
import eu.chargetime.ocpp.model.core.ResetConfirmation;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.ResetStatus;
import eu.chargetime.ocpp.model.core.UnlockConnectorConfirmation;
import eu.chargetime.ocpp.model.core.UnlockConnectorRequest;
import eu.chargetime.ocpp.model.core.UnlockStatus;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Charge points on Java-OCA-OCPP 1.1.0 as its README builds them: a {@link JSONClient} with the
 * {@link ClientCoreProfile}, whose handler refuses what the central system could ask (the runs never ask).
 * {@code TCP_NO_DELAY} is set, as reactive-ocpp's transport sets it (unless
 * {@code -Dbench.javaoca.tcpNoDelay=false}); everything else is the library default
 * (WebSocket ping every 60 s, like reactive-ocpp's default {@code WebSocketPingInterval}).
 */
public final class JavaOcaChargePoints {

    /** {@code -Dbench.javaoca.tcpNoDelay=false} runs with the library's default (Nagle on). */
    private static final boolean TCP_NO_DELAY = Boolean.parseBoolean(System.getProperty("bench.javaoca.tcpNoDelay", "true"));

    private JavaOcaChargePoints() {
    }

    /** A client as Java-OCA-OCPP's README builds one, its core-profile handler refusing every request. */
    public static JSONClient client(String chargePointId) {
        JSONConfiguration configuration = JSONConfiguration.get()
                .setParameter(JSONConfiguration.TCP_NO_DELAY_PARAMETER, TCP_NO_DELAY);
        return new JSONClient(new ClientCoreProfile(new Refusing()), chargePointId, configuration);
    }

    /** Connects (Java-OCA-OCPP connects blocking); true if the WebSocket is open. */
    static boolean connect(JSONClient client, String backendUrl, ClientEvents events) {
        client.connect(backendUrl, events);
        return !client.isClosed();
    }

    /**
     * Events that count a client's link: {@code connected} up while it is open, {@code disconnects} once per close of
     * an open link (the library may report an opening or a closing twice).
     */
    static ClientEvents counting(AtomicInteger connected, AtomicInteger disconnects) {
        AtomicBoolean up = new AtomicBoolean();
        return new ClientEvents() {
            @Override
            public void connectionOpened() {
                if (up.compareAndSet(false, true)) {
                    connected.incrementAndGet();
                }
            }

            @Override
            public void connectionClosed() {
                if (up.compareAndSet(true, false)) {
                    connected.decrementAndGet();
                    disconnects.incrementAndGet();
                }
            }
        };
    }

    static ClientEvents noEvents() {
        return new ClientEvents() {
            @Override
            public void connectionOpened() {
            }

            @Override
            public void connectionClosed() {
            }
        };
    }

    private static final class Refusing implements ClientCoreEventHandler {
        @Override
        public ChangeAvailabilityConfirmation handleChangeAvailabilityRequest(ChangeAvailabilityRequest request) {
            return new ChangeAvailabilityConfirmation(AvailabilityStatus.Rejected);
        }

        @Override
        public GetConfigurationConfirmation handleGetConfigurationRequest(GetConfigurationRequest request) {
            return new GetConfigurationConfirmation();
        }

        @Override
        public ChangeConfigurationConfirmation handleChangeConfigurationRequest(ChangeConfigurationRequest request) {
            return new ChangeConfigurationConfirmation(ConfigurationStatus.Rejected);
        }

        @Override
        public ClearCacheConfirmation handleClearCacheRequest(ClearCacheRequest request) {
            return new ClearCacheConfirmation(ClearCacheStatus.Rejected);
        }

        @Override
        public DataTransferConfirmation handleDataTransferRequest(DataTransferRequest request) {
            return new DataTransferConfirmation(DataTransferStatus.Rejected);
        }

        @Override
        public RemoteStartTransactionConfirmation handleRemoteStartTransactionRequest(
                RemoteStartTransactionRequest request) {
            return new RemoteStartTransactionConfirmation(RemoteStartStopStatus.Rejected);
        }

        @Override
        public RemoteStopTransactionConfirmation handleRemoteStopTransactionRequest(
                RemoteStopTransactionRequest request) {
            return new RemoteStopTransactionConfirmation(RemoteStartStopStatus.Rejected);
        }

        @Override
        public ResetConfirmation handleResetRequest(ResetRequest request) {
            return new ResetConfirmation(ResetStatus.Rejected);
        }

        @Override
        public UnlockConnectorConfirmation handleUnlockConnectorRequest(UnlockConnectorRequest request) {
            return new UnlockConnectorConfirmation(UnlockStatus.NotSupported);
        }
    }
}
