package io.reactiveocpp.session;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * For the owner of a registry that sessions report to. Each session's counters and timers are shared by every
 * session of the registry (totals); its gauges (queue depth and age, dead letters, disk full, connected) are its
 * own, labelled {@link #CHARGE_POINT}.
 */
public final class SessionMeters {

    /** The label of a session's own gauges: its charge point id. */
    public static final String CHARGE_POINT = "charge_point";

    private SessionMeters() {
    }

    /**
     * Denies the gauges labelled {@link #CHARGE_POINT}: the registry keeps only the totals. For a fleet of
     * thousands of sessions, whose five series per member would swamp a scrape. Configure it before any meter is
     * registered ({@code registry.config().meterFilter(...)}).
     */
    public static MeterFilter totalsOnly() {
        return MeterFilter.deny(id -> id.getTag(CHARGE_POINT) != null);
    }
}
