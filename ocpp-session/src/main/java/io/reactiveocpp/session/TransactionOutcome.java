package io.reactiveocpp.session;

import io.reactiveocpp.codec.message.Confirmation;

/**
 * What became of a queued transaction message; published on {@link OcppClient#transactionOutcomes()}, also
 * for messages queued before a restart.
 *
 * @param seq          the message's place in the queue
 * @param message      the message as it was sent (transactionId bound)
 * @param confirmation the backend's answer, or {@code null} when the message was not delivered
 * @param failure      why it was not delivered (moved to the dead-letter store, or sent once and
 *                     dropped under {@code RetransmitMeterValues=false}), or {@code null}
 */
public record TransactionOutcome(long seq, TransactionMessage message, Confirmation confirmation, String failure) {

    public boolean delivered() {
        return confirmation != null;
    }
}
