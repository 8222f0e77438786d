package io.reactiveocpp.app.fleet;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/fleet}: how many members are in each state, the sessions so far, and the slowest members, so that a
 * backend developer sees during a load test which charge points their backend keeps waiting.
 *
 * @param size          members the fleet runs once the ramp is done
 * @param started       members started so far
 * @param connected     members whose link is up now
 * @param booted        members whose BootNotification was accepted
 * @param charging      members charging now
 * @param sessions      charging sessions ended: {@code charged} (the energy came) and {@code abandoned}
 * @param startFailures members whose session could not start
 * @param connectsInFlight first connection attempts under way (the ramp holds at its bound)
 * @param rampBacklog   members waiting to start
 * @param eventLoopLagMillis how late the most lagging event loop ran its latest tick
 * @param reconnects    links that went down and were retried, by cause (the causes that occurred)
 * @param deferredForOwnStalls liveness verdicts (no pong, silent CALL) deferred because the process itself stood still
 * @param slowest       the members waiting longest for an accepted boot, then those whose boot took longest
 */
public record FleetReport(int size, int started, int connected, int booted, int charging, Sessions sessions,
                          long startFailures, int connectsInFlight, int rampBacklog, long eventLoopLagMillis,
                          Map<String, Long> reconnects, long deferredForOwnStalls, List<Slow> slowest) {

    /** Charging sessions ended. */
    public record Sessions(long charged, long abandoned) {
    }

    /**
     * One of the slowest members: {@code bootSeconds} is how long its boot took (from its start to the accepted
     * BootNotification) or, while {@code booted} is false, how long it has waited so far.
     */
    public record Slow(String id, boolean connected, boolean booted, double bootSeconds) {
    }
}
