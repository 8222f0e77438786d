package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One fault of one device: raised once per distinct vendor code, cleared once. Callers confine it to one
 * thread (the driver's scheduler).
 */
final class FaultLatch {

    private final int connectorId;
    private final FaultCode code;
    private final Consumer<Fault> faults;
    private String raised;

    FaultLatch(int connectorId, FaultCode code, Consumer<Fault> faults) {
        this.connectorId = connectorId;
        this.code = code;
        this.faults = faults;
    }

    void raise(String vendorCode, String info) {
        if (!Objects.equals(raised, vendorCode)) {
            raised = vendorCode;
            faults.accept(new Fault(connectorId, code, info, vendorCode, true));
        }
    }

    void clear() {
        if (raised != null) {
            faults.accept(new Fault(connectorId, code, null, raised, false));
            raised = null;
        }
    }
}
