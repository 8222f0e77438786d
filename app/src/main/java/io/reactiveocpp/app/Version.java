package io.reactiveocpp.app;

/** The version reported as BootNotification firmwareVersion. */
final class Version {

    static final String VERSION = "0.1.0";

    private Version() {
    }
}
