package io.reactiveocpp.codec.message;

import io.reactiveocpp.codec.action.Action;

/**
 * The payload of an OCPP 1.6 CALLRESULT ({@code <Action>.conf}). Immutable records whose constructors
 * enforce the schema.
 */
public interface Confirmation {

    /** The action whose request this confirmation answers. */
    Action action();
}
