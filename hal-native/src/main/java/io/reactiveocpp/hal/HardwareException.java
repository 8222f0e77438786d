package io.reactiveocpp.hal;

/** A hardware command was not confirmed, or a device did not answer. */
public class HardwareException extends RuntimeException {

    public HardwareException(String message) {
        super(message);
    }

    public HardwareException(String message, Throwable cause) {
        super(message, cause);
    }
}
