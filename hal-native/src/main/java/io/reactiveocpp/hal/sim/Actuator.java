package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.ActiveFaults;
import io.reactiveocpp.hal.ConnectorLock;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.PowerRelay;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * A two-position device with a feedback contact: the contactor and the cable lock. A command moves it
 * unless an injected failure holds it; then the feedback disagrees, the command fails with
 * {@link HardwareException} and the device raises its fault, which the next confirmed command clears.
 */
abstract class Actuator {

    final SimulatedConnector connector;
    private final SimWorker worker;
    private final ActiveFaults faults;
    private final Duration actuationTime;
    private final FaultCode faultCode;
    /** The feedback: written on the worker, read anywhere. */
    private volatile boolean engaged;
    private boolean failureReported;

    Actuator(SimulatedConnector connector, SimWorker worker, ActiveFaults faults, Duration actuationTime,
             FaultCode faultCode) {
        this.connector = connector;
        this.worker = worker;
        this.faults = faults;
        this.actuationTime = actuationTime;
        this.faultCode = faultCode;
    }

    /** Whether the device, held by an injected failure, does not move to {@code target}. */
    abstract boolean held(boolean target);

    abstract void inject(InjectedFailure failure, boolean injected);

    /** What the device does to the physics when it moves. */
    abstract void moved(boolean engaged);

    abstract String describe(boolean target);

    final boolean engaged() {
        return engaged;
    }

    final Mono<Void> command(boolean target) {
        return worker.command(actuationTime, () -> {
            if (engaged != target && !held(target)) {
                engaged = target;
                moved(target);
            }
            if (engaged != target) {
                String info = describe(target);
                faults.apply(new Fault(connector.id(), faultCode, info, null, true));
                failureReported = true;
                throw new HardwareException("connector " + connector.id() + ": " + info);
            }
            if (failureReported) {
                failureReported = false;
                faults.clear(connector.id(), faultCode);
            }
            return null;
        });
    }

    /** The contactor. */
    static final class Relay extends Actuator implements PowerRelay {
        private boolean welded;
        private boolean stuckOpen;

        Relay(SimulatedConnector connector, SimWorker worker, ActiveFaults faults, Duration actuationTime) {
            super(connector, worker, faults, actuationTime, FaultCode.POWER_SWITCH_FAILURE);
        }

        @Override
        public Mono<Void> close() {
            return command(true);
        }

        @Override
        public Mono<Void> open() {
            return command(false);
        }

        @Override
        public boolean closed() {
            return engaged();
        }

        @Override
        boolean held(boolean close) {
            return close ? stuckOpen : welded;
        }

        @Override
        void inject(InjectedFailure failure, boolean injected) {
            if (failure == InjectedFailure.CONTACTOR_WELDED) {
                welded = injected;
            } else {
                stuckOpen = injected;
            }
        }

        @Override
        void moved(boolean closed) {
            connector.apply((physics, nanos) -> physics.relay(nanos, closed));
        }

        @Override
        String describe(boolean close) {
            return close ? "contactor did not close" : "contactor welded: did not open";
        }
    }

    /** The cable lock. */
    static final class Lock extends Actuator implements ConnectorLock {
        private boolean stuck;

        Lock(SimulatedConnector connector, SimWorker worker, ActiveFaults faults, Duration actuationTime) {
            super(connector, worker, faults, actuationTime, FaultCode.CONNECTOR_LOCK_FAILURE);
        }

        @Override
        public Mono<Void> lock() {
            return command(true);
        }

        @Override
        public Mono<Void> unlock() {
            return command(false);
        }

        @Override
        public boolean locked() {
            return engaged();
        }

        @Override
        boolean held(boolean target) {
            return stuck;
        }

        @Override
        void inject(InjectedFailure failure, boolean injected) {
            stuck = injected;
        }

        @Override
        void moved(boolean locked) {
            // the lock does not touch the physics: the EV end of the cable can always be pulled
        }

        @Override
        String describe(boolean lock) {
            return lock ? "cable lock did not lock" : "cable lock did not unlock";
        }
    }
}
