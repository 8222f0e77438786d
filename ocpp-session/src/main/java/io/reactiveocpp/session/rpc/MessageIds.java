package io.reactiveocpp.session.rpc;

import java.security.SecureRandom;

/**
 * Unique message ids (OCPP-J section 4.1.3: at most 36 characters, unique per sender): a random prefix per
 * instance, so ids differ across restarts, followed by a counter. Confined to the session's scheduler.
 */
public final class MessageIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix;
    private long counter;

    public MessageIds() {
        prefix = Long.toString(RANDOM.nextLong() >>> 1, 36) + "-";
    }

    public String next() {
        return prefix + Long.toString(++counter, 36);
    }
}
