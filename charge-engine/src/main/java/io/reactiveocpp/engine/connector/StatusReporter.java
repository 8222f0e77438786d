package io.reactiveocpp.engine.connector;

import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.type.ChargePointErrorCode;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.session.OcppClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sends StatusNotification when a connector's derived status changes, once it has been stable for
 * {@code MinimumStatusDuration} seconds (a status that flickers shorter is never reported). Faulted is
 * reported with the fault's ChargePointErrorCode, info and vendor code unless {@code
 * SendErrorStatusNotifications} is off. A fault of a USB device ({@link Fault#usb()}: a USB RFID reader, a
 * USB stick) is governed by {@code SendUsbErrorStatusNotifications} (default off) instead: while it is off,
 * no StatusNotification caused by a USB fault is sent, though the fault stays among the connector's facts
 * (the connector is Faulted locally). With several faults active, the first that is not a USB device's
 * causes the status; a USB fault only when no other is active. A status withheld by either key does not
 * count as reported: the next status that differs from the one the backend last received is sent (and
 * none when the fault clears back to that status). Confined to the engine's scheduler.
 */
public final class StatusReporter {

    private static final Logger LOG = LoggerFactory.getLogger(StatusReporter.class);

    private final OcppClient client;
    private final Configuration config;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final Map<Integer, ChargePointStatus> reported = new HashMap<>();
    private final Map<Integer, Disposable> pending = new HashMap<>();
    private boolean enabled;

    public StatusReporter(OcppClient client, Configuration config, Scheduler scheduler, EngineClock clock) {
        this.client = client;
        this.config = config;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Starts reporting: called when the backend first accepts the registration (nothing but boot goes out
     * before), after which every connector is reported once.
     */
    public void enable() {
        enabled = true;
    }

    /** The connector's status is now {@code status}; report it when it stays. */
    public void changed(int connectorId, ChargePointStatus status, List<Fault> faults) {
        if (!enabled) {
            return;
        }
        Disposable waiting = pending.remove(connectorId);
        if (waiting != null) {
            waiting.dispose();
        }
        if (status == reported.get(connectorId)) {
            return;
        }
        long stable = TimeUnit.SECONDS.toMillis(config.integer("MinimumStatusDuration"));
        if (stable == 0 || !reported.containsKey(connectorId)) {
            send(connectorId, status, faults);
        } else {
            pending.put(connectorId, scheduler.schedule(() -> {
                pending.remove(connectorId);
                send(connectorId, status, faults);
            }, stable, TimeUnit.MILLISECONDS));
        }
    }

    /** Sends the current status again (TriggerMessage StatusNotification, or after boot). */
    public void resend(int connectorId, ChargePointStatus status, List<Fault> faults) {
        send(connectorId, status, faults);
    }

    /** An informative StatusNotification: the unchanged status with an info text, when enabled. */
    public void inform(int connectorId, ChargePointStatus status, String info) {
        if (!enabled || status == null || !config.bool("SendInformativeStatusNotifications")) {
            return;
        }
        client.call(new StatusNotificationRequest(connectorId, ChargePointErrorCode.NO_ERROR, info, status, clock.now(),
                null, null)).subscribe(null, e -> LOG.debug("informative StatusNotification not delivered: {}", e.getMessage()));
    }

    /** The status last sent to the backend (a withheld Faulted is not), or {@code null}. */
    public ChargePointStatus reported(int connectorId) {
        return reported.get(connectorId);
    }

    private void send(int connectorId, ChargePointStatus status, List<Fault> faults) {
        Fault fault = cause(faults);
        if (fault != null && !config.bool(fault.usb() ? "SendUsbErrorStatusNotifications" : "SendErrorStatusNotifications")) {
            // not recorded as reported: the backend still knows the status before, so a hardware fault raised
            // beside a silenced USB fault, or the return to a different status, is still a change to send
            return;
        }
        reported.put(connectorId, status);
        ChargePointErrorCode code = fault == null ? ChargePointErrorCode.NO_ERROR
                : ChargePointErrorCode.fromLiteral(fault.code().literal());
        client.call(new StatusNotificationRequest(connectorId, code, fault == null ? null : fault.info(), status,
                        clock.now(), null, fault == null ? null : fault.vendorErrorCode()))
                .subscribe(null, e -> LOG.debug("StatusNotification of connector {} not delivered: {}", connectorId,
                        e.getMessage()));
    }

    /** The fault a status is reported with: the first that is not a USB device's, else the first, else none. */
    private static Fault cause(List<Fault> faults) {
        for (Fault fault : faults) {
            if (!fault.usb()) {
                return fault;
            }
        }
        return faults.isEmpty() ? null : faults.get(0);
    }
}
