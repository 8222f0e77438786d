package io.reactiveocpp.app;

/** The version reported as BootNotification firmwareVersion. */
public final class Version {

    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
