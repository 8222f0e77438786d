package io.reactiveocpp.app.fleet;

/**
 * What a fleet of N needs from the process, checked at start so that a process too small for N is refused with what
 * it needs instead of being found out during the test: the heap, from the measured cost of its members (README, Fleet
 * mode; a heap too tight makes the collector run all the time and the links time out in waves), and a file descriptor
 * per link (past the limit, connects fail with "Too many open files"). A load generator must not be what breaks.
 */
public final class FleetLimits {

    /** The process without members (Netty, Reactor, the codec, the meter registry, the HTTP interface): the service runs in 8 MB live. */
    static final long BASE_BYTES = 24L << 20;
    /** One booted, idle member after a full collection (measured 26.6 KiB with 19,000 members, rounded up). */
    static final long IDLE_MEMBER_BYTES = 27L << 10;
    /**
     * What a charging member holds on top: its transaction, meter values in flight, the simulated EV's state (measured
     * about 4.7 KiB with 11,000 of 19,000 charging; counted for every member, as if all charged).
     */
    static final long CHARGING_MEMBER_EXTRA_BYTES = 8L << 10;
    /**
     * The live set at most this share of the heap: at more, the collector runs nearly back to back and the event
     * loops stall. Before the ramp's in-flight bound and the stall guard, 10,000 members with 314 MB live in a 512 MB
     * heap (61 %) fell into reconnect waves; with them, 19,000 members with 493 MB live ran without a link dropped in
     * 800 MB (62 %) and in 752 MB (66 %, what this share asks for them; README, Fleet mode, 2026-12-05).
     */
    static final double LIVE_SHARE = 0.7;

    /** Descriptors the process needs besides its links: the jar, epoll and event fds, the HTTP listener, logs. */
    static final long OTHER_DESCRIPTORS = 256;

    private FleetLimits() {
    }

    /**
     * Refuses a fleet whose links do not fit in the process's file descriptor limit {@code maxDescriptors}
     * ({@code ulimit -n}, systemd's {@code LimitNOFILE=}); a negative limit is unknown and not checked.
     */
    public static void checkDescriptors(FleetSettings settings, long maxDescriptors) {
        long needed = settings.size() + OTHER_DESCRIPTORS;
        if (maxDescriptors < 0 || maxDescriptors >= needed) {
            return;
        }
        throw new IllegalArgumentException(String.format(
                "fleet: %,d charge points need %,d file descriptors (one per link and %d for the process); this "
                        + "process may open %,d: raise the limit (ulimit -n, LimitNOFILE=) or run at most %,d charge "
                        + "points per process", settings.size(), needed, OTHER_DESCRIPTORS, maxDescriptors,
                Math.max(0, maxDescriptors - OTHER_DESCRIPTORS)));
    }

    /** The process's file descriptor limit as the JVM reports it, or -1 where it does not. */
    public static long maxDescriptors() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
    }

    /** The heap {@code settings} need, in bytes. */
    public static long needed(FleetSettings settings) {
        return (long) ((BASE_BYTES + settings.size() * perMember(settings)) / LIVE_SHARE);
    }

    /**
     * Refuses a fleet the heap {@code maxHeapBytes} ({@link Runtime#maxMemory()}) cannot hold, naming the
     * {@code -Xmx} it needs (rounded up to 64 MB).
     */
    public static void checkHeap(FleetSettings settings, long maxHeapBytes) {
        long needed = needed(settings);
        if (maxHeapBytes >= needed) {
            return;
        }
        long xmxMiB = ((needed >> 20) / 64 + 1) * 64;
        throw new IllegalArgumentException(String.format(
                "fleet: %,d charge points need a heap of at least %,d MB (%d KiB live per charge point and %d MB for "
                        + "the process, at most %d %% of the heap live); this JVM has %,d MB: start java with -Xmx%dm, "
                        + "or run fewer charge points", settings.size(), needed >> 20, perMember(settings) >> 10,
                BASE_BYTES >> 20, Math.round(LIVE_SHARE * 100), maxHeapBytes >> 20, xmxMiB));
    }

    private static long perMember(FleetSettings settings) {
        return IDLE_MEMBER_BYTES + (settings.sessionsPerHour() > 0 ? CHARGING_MEMBER_EXTRA_BYTES : 0);
    }
}
