package io.reactiveocpp.session.transport;

/**
 * An optional observer of every OCPP-J text frame a session's links carry, both ways, such as the app's OCPP log.
 * Installed with {@link SessionLoop#tapped(FrameTap)}; a session without one has no tap in its path at all (the
 * fleet's sessions pay nothing). Called for inbound frames on the link's event loop as they are read, for
 * outbound frames on the sending thread (the session's scheduler) just before they are written, in each
 * direction in order. It must return quickly and must not block; what it throws is logged and ignored, so a tap
 * can never break the link.
 */
@FunctionalInterface
public interface FrameTap {

    /** Which way a frame goes, seen from the charge point. */
    enum Direction {
        /** From the backend. */
        IN,
        /** To the backend. */
        OUT
    }

    /** One text frame, as UTF-8 decoded text (unmasked: the tap masks what it keeps). */
    void frame(Direction direction, String text);
}
