package io.reactiveocpp.session;

import io.reactiveocpp.session.queue.StoredMessage;

/**
 * A transaction message whose attempts were exhausted, kept for the operator and for diagnostics.
 *
 * @param message  the message as it was last stored
 * @param failedAt epoch milliseconds of the last attempt
 * @param reason   the last failure
 */
public record DeadLetter(StoredMessage message, long failedAt, String reason) {
}
