package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.UnlockConnectorConfirmation;
import io.reactiveocpp.codec.message.core.UnlockConnectorRequest;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.UnlockStatus;
import io.reactiveocpp.engine.transaction.Transactions;
import io.reactiveocpp.engine.hal.HardwareBridge;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * UnlockConnector (OCPP 1.6 section 5.18): a running transaction is stopped first (reason UnlockCommand),
 * then the cable lock opens; Unlocked when the lock confirms, UnlockFailed when it does not, NotSupported
 * for a connector that does not exist.
 */
public final class UnlockConnectorHandler implements Function<UnlockConnectorRequest, Mono<UnlockConnectorConfirmation>> {

    private final HardwareBridge hardware;
    private final Transactions transactions;

    public UnlockConnectorHandler(HardwareBridge hardware, Transactions transactions) {
        this.hardware = hardware;
        this.transactions = transactions;
    }

    @Override
    public Mono<UnlockConnectorConfirmation> apply(UnlockConnectorRequest request) {
        int id = request.connectorId();
        if (id < 1 || id > hardware.connectorCount()) {
            return Mono.just(new UnlockConnectorConfirmation(UnlockStatus.NOT_SUPPORTED));
        }
        transactions.stop(id, Reason.UNLOCK_COMMAND, null);
        return hardware.unlock(id)
                .thenReturn(new UnlockConnectorConfirmation(UnlockStatus.UNLOCKED))
                .onErrorResume(e -> Mono.just(new UnlockConnectorConfirmation(UnlockStatus.UNLOCK_FAILED)));
    }
}
