package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.pnc.PncOCSPRequestData;
import io.reactiveocpp.engine.store.EngineStore;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The OCSP responses the backend gave for the sub-CAs of EV contract certificates (GetCertificateStatus),
 * each kept {@link #VALIDITY} from when it arrived (a fixed week rather than the response's own nextUpdate, which
 * is not parsed); an older one is not trusted for an offline contract validation. Persisted in the namespace {@value #NAMESPACE}
 * (value: expiry epoch second, a space, the Base64 DER OCSPResponse); at most {@value #MAX_ENTRIES} entries,
 * the one that expires first is dropped for a new one. Confined to the engine's scheduler.
 */
final class OcspCache {

    static final String NAMESPACE = "pncocsp";
    static final Duration VALIDITY = Duration.ofDays(7);
    static final int MAX_ENTRIES = 64;

    private record Entry(Instant expiry, String ocspResult) {
    }

    private final EngineStore store;
    private final Map<String, Entry> entries = new HashMap<>();

    OcspCache(EngineStore store) {
        this.store = store;
        store.load(NAMESPACE).forEach((key, text) -> {
            int space = text.indexOf(' ');
            try {
                entries.put(key, new Entry(Instant.ofEpochSecond(Long.parseLong(text.substring(0, space))),
                        text.substring(space + 1)));
            } catch (RuntimeException unreadable) {
                store.remove(NAMESPACE, key); // a cache: a damaged entry is asked for again
            }
        });
    }

    /** The OCSP response for that certificate that is still fresh at {@code now}, or {@code null}. */
    String fresh(PncOCSPRequestData certificate, Instant now) {
        Entry entry = entries.get(key(certificate));
        return entry == null || !entry.expiry().isAfter(now) ? null : entry.ocspResult();
    }

    /** Keeps {@code ocspResult} for that certificate, fresh for {@link #VALIDITY} from {@code now}. */
    void put(PncOCSPRequestData certificate, String ocspResult, Instant now) {
        String key = key(certificate);
        if (!entries.containsKey(key) && entries.size() >= MAX_ENTRIES) {
            String oldest = entries.entrySet().stream().min(Map.Entry.comparingByValue(
                    (a, b) -> a.expiry().compareTo(b.expiry()))).orElseThrow().getKey();
            entries.remove(oldest);
            store.remove(NAMESPACE, oldest);
        }
        Entry entry = new Entry(now.plus(VALIDITY), ocspResult);
        entries.put(key, entry);
        store.put(NAMESPACE, key, entry.expiry().getEpochSecond() + " " + ocspResult);
    }

    /** The certificate's identity: hash algorithm, issuer name and key hashes, serial number (case-insensitive). */
    private static String key(PncOCSPRequestData d) {
        return (d.hashAlgorithm().literal() + ":" + d.issuerNameHash() + ":" + d.issuerKeyHash() + ":"
                + d.serialNumber()).toLowerCase(Locale.ROOT);
    }
}
