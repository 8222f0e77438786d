package io.reactiveocpp.engine.auth;

import io.reactiveocpp.codec.type.AuthorizationData;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.UpdateStatus;
import io.reactiveocpp.codec.type.UpdateType;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.store.EngineStore;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Local Authorization List (OCPP 1.6 sections 3.5.3, 5.10, 5.15), persisted in the namespace
 * {@code locallist} (the version under the key {@code #version}). SendLocalList Full replaces the list,
 * Differential adds, updates and removes (an entry without idTagInfo is removed); a Differential update
 * must carry a version above the current one (else VersionMismatch); more entries than
 * {@code SendLocalListMaxLength} in one request, or a list longer than {@code LocalAuthListMaxLength},
 * Fail and change nothing; NotSupported while {@code LocalAuthListEnabled} is off. Confined to the
 * engine's scheduler.
 */
public final class LocalList {

    private static final String NAMESPACE = "locallist";
    private static final String VERSION = "#version";

    private final Configuration config;
    private final EngineStore store;
    private final Map<String, IdTagInfo> entries = new HashMap<>();
    private int version;

    public LocalList(Configuration config, EngineStore store) {
        this.config = config;
        this.store = store;
        store.load(NAMESPACE).forEach((key, text) -> {
            if (key.equals(VERSION)) {
                version = Integer.parseInt(text);
            } else {
                entries.put(key, IdTagInfos.parse(text));
            }
        });
    }

    /** GetLocalListVersion: -1 while disabled, 0 when empty. */
    public int version() {
        if (!config.bool("LocalAuthListEnabled")) {
            return -1;
        }
        return entries.isEmpty() ? 0 : version;
    }

    /** The entry of an idTag that is Accepted and not expired at {@code now}, or {@code null}. */
    public IdTagInfo valid(String idTag, Instant now) {
        if (!config.bool("LocalAuthListEnabled")) {
            return null;
        }
        IdTagInfo info = entries.get(idTag);
        if (info == null || info.status() != AuthorizationStatus.ACCEPTED) {
            return null;
        }
        return info.expiryDate() != null && !info.expiryDate().isAfter(now) ? null : info;
    }

    /** Whether the list holds the idTag at all (then the cache must not override it). */
    public boolean contains(String idTag) {
        return config.bool("LocalAuthListEnabled") && entries.containsKey(idTag);
    }

    public UpdateStatus update(int listVersion, UpdateType type, List<AuthorizationData> data) {
        if (!config.bool("LocalAuthListEnabled")) {
            return UpdateStatus.NOT_SUPPORTED;
        }
        List<AuthorizationData> items = data == null ? List.of() : data;
        if (items.size() > config.integer("SendLocalListMaxLength")) {
            return UpdateStatus.FAILED;
        }
        if (type == UpdateType.DIFFERENTIAL && listVersion <= version) {
            return UpdateStatus.VERSION_MISMATCH;
        }
        Map<String, IdTagInfo> next = type == UpdateType.FULL ? new HashMap<>() : new HashMap<>(entries);
        for (AuthorizationData item : items) {
            if (item.idTagInfo() == null) {
                next.remove(item.idTag());
            } else {
                next.put(item.idTag(), item.idTagInfo());
            }
        }
        if (next.size() > config.integer("LocalAuthListMaxLength")) {
            return UpdateStatus.FAILED;
        }
        for (String idTag : entries.keySet()) {
            if (!next.containsKey(idTag)) {
                store.remove(NAMESPACE, idTag);
            }
        }
        next.forEach((idTag, info) -> {
            if (!info.equals(entries.get(idTag))) {
                store.put(NAMESPACE, idTag, IdTagInfos.format(info));
            }
        });
        entries.clear();
        entries.putAll(next);
        version = listVersion;
        store.put(NAMESPACE, VERSION, Integer.toString(version));
        return UpdateStatus.ACCEPTED;
    }
}
