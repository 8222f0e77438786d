package io.reactiveocpp.engine.smartcharging;

import com.fasterxml.jackson.core.JsonParser;
import io.reactiveocpp.codec.json.Json;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;
import io.reactiveocpp.codec.type.ChargingProfileStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.store.EngineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The charging profiles installed on the station (OCPP 1.6 edition 2 §3.13, §5.5, §5.16), persisted in the namespace
 * {@code chargingProfiles} (key: the chargingProfileId; value: the connectorId and the profile as JSON).
 *
 * <p>SetChargingProfile installs a profile that passes {@link ProfileRules}; it replaces the profile with the same
 * chargingProfileId wherever that is, and the one with the same stackLevel and purpose on the same connector; at most
 * {@code MaxChargingProfilesInstalled} are installed. TxProfiles end with their transaction, and none survives a
 * restart (the transactions of the last process are closed at start). A RemoteStartTransaction's TxProfile waits with
 * the authorization ({@link #pendingTxProfile}) and is installed when the transaction begins.
 *
 * <p>The listeners of {@link #onChange} run after every change of the installed profiles and at every transaction
 * start and end (a TxProfile's applicability and a Relative schedule's start depend on the transaction). Confined to
 * the engine's scheduler.
 */
public final class ChargingProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(ChargingProfiles.class);
    private static final String NAMESPACE = "chargingProfiles";
    private static final ObjectCodec<InstalledProfile> STORED = ObjectCodec.<InstalledProfile>builder(
                    v -> new InstalledProfile((int) v[0], (ChargingProfile) v[1]))
            .requiredInt("connectorId", InstalledProfile::connectorId)
            .required("profile", ChargingProfile.CODEC, InstalledProfile::profile)
            .build();

    private final Configuration config;
    private final EngineStore store;
    private final int connectorCount;
    private final ProfileRules rules;
    private final Map<Integer, InstalledProfile> byId = new LinkedHashMap<>();
    private final Map<Integer, ChargingProfile> pending = new HashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public ChargingProfiles(Configuration config, EngineStore store, int connectorCount) {
        this.config = config;
        this.store = store;
        this.connectorCount = connectorCount;
        this.rules = new ProfileRules(config);
    }

    /**
     * Loads the stored profiles; call once at start, before transactions begin. An entry that cannot be read, is for
     * a connector the station no longer has, or is a TxProfile (its transaction did not survive) is dropped with a
     * WARN; nothing here throws.
     */
    public void restore() {
        store.load(NAMESPACE).forEach((key, text) -> {
            InstalledProfile installed = read(key, text);
            if (installed != null) {
                byId.put(installed.profile().chargingProfileId(), installed);
            } else {
                store.remove(NAMESPACE, key);
            }
        });
        notifyListeners();
    }

    /** Adds a listener run after every change (see the class description); one that throws is logged. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The installed profiles now, in the order they were installed. */
    public List<InstalledProfile> installed() {
        return List.copyOf(byId.values());
    }

    /**
     * SetChargingProfile: installs {@code profile} on {@code connectorId}; {@code runningOnConnector} is the
     * transaction running there, or {@code null}. Rejected (logged at INFO with the field) when a rule is broken or
     * {@code MaxChargingProfilesInstalled} are installed and the profile replaces none of them.
     */
    public ChargingProfileStatus set(int connectorId, ChargingProfile profile, TransactionStart runningOnConnector) {
        String why = rules.placement(connectorId, profile, runningOnConnector, connectorCount);
        if (why == null) {
            why = rules.content(profile);
        }
        if (why == null) {
            why = install(new InstalledProfile(connectorId, profile));
        }
        if (why != null) {
            LOG.info("charging profile {} on connector {} rejected: {}", profile.chargingProfileId(), connectorId, why);
            return ChargingProfileStatus.REJECTED;
        }
        notifyListeners();
        return ChargingProfileStatus.ACCEPTED;
    }

    /**
     * ClearChargingProfile: with {@code id}, the profile of that id (the other criteria are ignored); else every
     * profile that matches all the criteria given (none given: every profile). Whether any was removed.
     */
    public boolean clear(Integer id, Integer connectorId, ChargingProfilePurposeType purpose, Integer stackLevel) {
        Predicate<InstalledProfile> matches = id != null ? p -> p.profile().chargingProfileId() == id
                : p -> (connectorId == null || p.connectorId() == connectorId)
                && (purpose == null || p.profile().chargingProfilePurpose() == purpose)
                && (stackLevel == null || p.profile().stackLevel() == stackLevel);
        boolean removed = removeIf(matches);
        if (removed) {
            notifyListeners();
        }
        return removed;
    }

    /**
     * Whether a RemoteStartTransaction may carry {@code profile} (§5.11): a TxProfile without transactionId that
     * passes the rules; Rejected otherwise (logged at INFO with the field).
     */
    public ChargingProfileStatus checkRemoteStart(ChargingProfile profile) {
        String why = profile.chargingProfilePurpose() != ChargingProfilePurposeType.TX_PROFILE
                ? "chargingProfilePurpose: a RemoteStartTransaction carries a TxProfile only, not "
                + profile.chargingProfilePurpose().literal()
                : profile.transactionId() != null ? "transactionId: must be absent in a RemoteStartTransaction"
                : rules.content(profile);
        if (why != null) {
            LOG.info("RemoteStartTransaction with charging profile {} rejected: {}", profile.chargingProfileId(), why);
            return ChargingProfileStatus.REJECTED;
        }
        return ChargingProfileStatus.ACCEPTED;
    }

    /**
     * The TxProfile that the transaction about to begin on {@code connectorId} gets ({@code null}: none): installed
     * by {@link #transactionStarted}, dropped by the next call for the connector.
     */
    public void pendingTxProfile(int connectorId, ChargingProfile profile) {
        if (profile == null) {
            pending.remove(connectorId);
        } else {
            pending.put(connectorId, profile);
        }
    }

    /** A transaction began on {@code connectorId}: its pending TxProfile (if any) is installed. */
    public void transactionStarted(int connectorId, TransactionStart tx) {
        ChargingProfile profile = pending.remove(connectorId);
        if (profile != null) {
            String why = rules.placement(connectorId, profile, tx, connectorCount);
            if (why == null) {
                why = install(new InstalledProfile(connectorId, profile));
            }
            if (why != null) {
                LOG.warn("the TxProfile {} of the RemoteStartTransaction was not installed on connector {}: {}",
                        profile.chargingProfileId(), connectorId, why);
            }
        }
        notifyListeners();
    }

    /** The transaction on {@code connectorId} ended: its TxProfiles go with it (§3.13.2). */
    public void transactionEnded(int connectorId) {
        removeIf(p -> p.connectorId() == connectorId
                && p.profile().chargingProfilePurpose() == ChargingProfilePurposeType.TX_PROFILE);
        notifyListeners();
    }

    /** Installs {@code candidate} with its replacements; why not when the station is full. */
    private String install(InstalledProfile candidate) {
        ChargingProfile profile = candidate.profile();
        Predicate<InstalledProfile> replaced = p -> p.profile().chargingProfileId() == profile.chargingProfileId()
                || p.connectorId() == candidate.connectorId() && p.profile().stackLevel() == profile.stackLevel()
                && p.profile().chargingProfilePurpose() == profile.chargingProfilePurpose();
        long staying = byId.values().stream().filter(replaced.negate()).count();
        int max = config.integer("MaxChargingProfilesInstalled");
        if (staying >= max) {
            return "chargingProfileId: " + max + " profiles are installed already (MaxChargingProfilesInstalled)";
        }
        removeIf(replaced);
        byId.put(profile.chargingProfileId(), candidate);
        store.put(NAMESPACE, Integer.toString(profile.chargingProfileId()), Json.write(STORED, candidate));
        return null;
    }

    private boolean removeIf(Predicate<InstalledProfile> matches) {
        List<InstalledProfile> gone = byId.values().stream().filter(matches).toList();
        for (InstalledProfile p : gone) {
            byId.remove(p.profile().chargingProfileId());
            store.remove(NAMESPACE, Integer.toString(p.profile().chargingProfileId()));
        }
        return !gone.isEmpty();
    }

    private InstalledProfile read(String key, String text) {
        InstalledProfile installed;
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            parser.nextToken();
            installed = STORED.read(parser);
        } catch (IOException | RuntimeException e) {
            LOG.warn("stored charging profile {} is unreadable and dropped: {}", key, e.getMessage());
            return null;
        }
        if (installed.connectorId() > connectorCount) {
            LOG.warn("stored charging profile {} is for connector {}, which this station lacks: dropped", key,
                    installed.connectorId());
            return null;
        }
        if (installed.profile().chargingProfilePurpose() == ChargingProfilePurposeType.TX_PROFILE) {
            LOG.info("stored TxProfile {} dropped: its transaction ended with the last process", key);
            return null;
        }
        return installed;
    }

    private void notifyListeners() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.error("a listener of the charging profiles failed", e); // the others and the change stand
            }
        }
    }
}
