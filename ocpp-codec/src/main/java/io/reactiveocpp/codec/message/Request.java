package io.reactiveocpp.codec.message;

import io.reactiveocpp.codec.action.Action;

/**
 * The payload of an OCPP 1.6 CALL ({@code <Action>.req}). Each request type names its confirmation type,
 * so that {@code <C extends Confirmation> Mono<C> call(Request<C>)} is typed end to end.
 *
 * <p>Implementations are immutable records whose constructors enforce the schema: a request that exists
 * is valid.
 *
 * @param <C> the confirmation that answers this request
 */
public interface Request<C extends Confirmation> {

    /** The action this request is the payload of. */
    Action action();
}
