package io.reactiveocpp.codec.action;

import io.reactiveocpp.codec.json.NameTable;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table of every OCPP 1.6 action: its name on the wire, feature profile, initiator, and request
 * and confirmation types with their codecs. It covers the 28 actions of OCPP 1.6 edition 2 and the 11 of
 * the OCPP 1.6 Security Whitepaper (edition 2), and how a charge point delivers its CALLs of each ({@link Delivery}).
 * Nothing else in the stack switches on action names.
 *
 * <p>An action's payload types and codecs ({@link ActionPayloads}) are looked up on its first use: a charge
 * point that boots and idles uses a handful of the 39 actions, and making every codec with this table loaded
 * and initialised some 450 classes (records, codecs, the enums they use, their lambdas) at each start.
 */
public enum Action {
    AUTHORIZE("Authorize", FeatureProfile.CORE, Initiator.CHARGE_POINT),
    BOOT_NOTIFICATION("BootNotification", FeatureProfile.CORE, Initiator.CHARGE_POINT),
    CANCEL_RESERVATION("CancelReservation", FeatureProfile.RESERVATION, Initiator.CENTRAL_SYSTEM),
    CERTIFICATE_SIGNED("CertificateSigned", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM),
    CHANGE_AVAILABILITY("ChangeAvailability", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM),
    CHANGE_CONFIGURATION("ChangeConfiguration", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM),
    CLEAR_CACHE("ClearCache", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM),
    CLEAR_CHARGING_PROFILE("ClearChargingProfile", FeatureProfile.SMART_CHARGING, Initiator.CENTRAL_SYSTEM),
    DATA_TRANSFER("DataTransfer", FeatureProfile.CORE, Initiator.BOTH),
    DELETE_CERTIFICATE("DeleteCertificate", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM),
    DIAGNOSTICS_STATUS_NOTIFICATION("DiagnosticsStatusNotification", FeatureProfile.FIRMWARE_MANAGEMENT, Initiator.CHARGE_POINT),
    EXTENDED_TRIGGER_MESSAGE("ExtendedTriggerMessage", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM),
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification", FeatureProfile.FIRMWARE_MANAGEMENT, Initiator.CHARGE_POINT),
    GET_COMPOSITE_SCHEDULE("GetCompositeSchedule", FeatureProfile.SMART_CHARGING, Initiator.CENTRAL_SYSTEM),
    GET_CONFIGURATION("GetConfiguration", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM),
    GET_DIAGNOSTICS("GetDiagnostics", FeatureProfile.FIRMWARE_MANAGEMENT, Initiator.CENTRAL_SYSTEM),
    GET_INSTALLED_CERTIFICATE_IDS("GetInstalledCertificateIds", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM),
    GET_LOCAL_LIST_VERSION("GetLocalListVersion", FeatureProfile.LOCAL_AUTH_LIST_MANAGEMENT, Initiator.CENTRAL_SYSTEM),
    GET_LOG("GetLog", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM),
    HEARTBEAT("Heartbeat", FeatureProfile.CORE, Initiator.CHARGE_POINT),
    INSTALL_CERTIFICATE("InstallCertificate", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM),
    LOG_STATUS_NOTIFICATION("LogStatusNotification", FeatureProfile.SECURITY, Initiator.CHARGE_POINT),
    METER_VALUES("MeterValues", FeatureProfile.CORE, Initiator.CHARGE_POINT),
    REMOTE_START_TRANSACTION("RemoteStartTransaction", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM),
    REMOTE_STOP_TRANSACTION("RemoteStopTransaction", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM),
    RESERVE_NOW("ReserveNow", FeatureProfile.RESERVATION, Initiator.CENTRAL_SYSTEM),
    RESET("Reset", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM),
    SECURITY_EVENT_NOTIFICATION("SecurityEventNotification", FeatureProfile.SECURITY, Initiator.CHARGE_POINT),
    SEND_LOCAL_LIST("SendLocalList", FeatureProfile.LOCAL_AUTH_LIST_MANAGEMENT, Initiator.CENTRAL_SYSTEM),
    SET_CHARGING_PROFILE("SetChargingProfile", FeatureProfile.SMART_CHARGING, Initiator.CENTRAL_SYSTEM),
    SIGN_CERTIFICATE("SignCertificate", FeatureProfile.SECURITY, Initiator.CHARGE_POINT),
    SIGNED_FIRMWARE_STATUS_NOTIFICATION("SignedFirmwareStatusNotification", FeatureProfile.SECURITY, Initiator.CHARGE_POINT),
    SIGNED_UPDATE_FIRMWARE("SignedUpdateFirmware", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM),
    START_TRANSACTION("StartTransaction", FeatureProfile.CORE, Initiator.CHARGE_POINT),
    STATUS_NOTIFICATION("StatusNotification", FeatureProfile.CORE, Initiator.CHARGE_POINT),
    STOP_TRANSACTION("StopTransaction", FeatureProfile.CORE, Initiator.CHARGE_POINT),
    TRIGGER_MESSAGE("TriggerMessage", FeatureProfile.REMOTE_TRIGGER, Initiator.CENTRAL_SYSTEM),
    UNLOCK_CONNECTOR("UnlockConnector", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM),
    UPDATE_FIRMWARE("UpdateFirmware", FeatureProfile.FIRMWARE_MANAGEMENT, Initiator.CENTRAL_SYSTEM);

    private static final String REQUEST = "Request";
    private static final String CONFIRMATION = "Confirmation";
    private static final NameTable<Action> BY_NAME;

    static {
        Map<String, Action> names = new LinkedHashMap<>();
        for (Action action : values()) {
            names.put(action.wireName, action);
        }
        BY_NAME = new NameTable<>(names);
    }

    private final String wireName;
    private final FeatureProfile profile;
    private final Initiator initiator;
    /** Set on first use; a race only computes the same immutable value twice. */
    private volatile ActionPayloads payloads;

    Action(String wireName, FeatureProfile profile, Initiator initiator) {
        this.wireName = wireName;
        this.profile = profile;
        this.initiator = initiator;
    }

    /** The action name as the wire spells it, e.g. {@code "BootNotification"}. */
    public String wireName() {
        return wireName;
    }

    /** The feature profile the action belongs to. */
    public FeatureProfile profile() {
        return profile;
    }

    /** Who sends the request. */
    public Initiator initiator() {
        return initiator;
    }

    /** The record type of the request payload. */
    public Class<? extends Request<?>> requestType() {
        return ActionPayloads.requestType(this);
    }

    /** The record type of the confirmation payload. */
    public Class<? extends Confirmation> confirmationType() {
        return ActionPayloads.confirmationType(this);
    }

    /** Reads and writes the request payload. */
    @SuppressWarnings("unchecked")
    public ObjectCodec<Request<?>> requestCodec() {
        return (ObjectCodec<Request<?>>) payloads().requestCodec();
    }

    /** Reads and writes the confirmation payload. */
    @SuppressWarnings("unchecked")
    public ObjectCodec<Confirmation> confirmationCodec() {
        return (ObjectCodec<Confirmation>) payloads().confirmationCodec();
    }

    private ActionPayloads payloads() {
        ActionPayloads known = payloads;
        if (known == null) {
            known = ActionPayloads.of(this);
            payloads = known;
        }
        return known;
    }

    /** How a charge point delivers its CALLs of this action ({@link Delivery#ORDINARY} for the backend's). */
    public Delivery delivery() {
        return switch (this) {
            case BOOT_NOTIFICATION -> Delivery.REGISTRATION;
            case START_TRANSACTION, STOP_TRANSACTION -> Delivery.TRANSACTION;
            case METER_VALUES -> Delivery.TRANSACTION_OR_ORDINARY;
            case SECURITY_EVENT_NOTIFICATION -> Delivery.DURABLE;
            case AUTHORIZE, HEARTBEAT, DATA_TRANSFER -> Delivery.ONLINE_ONLY;
            default -> Delivery.ORDINARY;
        };
    }

    /** The action of that wire name, or {@code null}; names are case-sensitive. */
    public static Action byName(String wireName) {
        return BY_NAME.get(wireName);
    }

    /** The action of that wire name in {@code chars[offset, offset + length)}, or {@code null}. */
    public static Action byName(char[] chars, int offset, int length) {
        return BY_NAME.get(chars, offset, length);
    }

    /**
     * The action whose request or confirmation type this is, or {@code null}. Every payload type is named
     * after its action ({@code <wire name>Request}, {@code <wire name>Confirmation}), so the name finds the
     * one candidate, and only that action's types are compared (and loaded, not initialised).
     */
    public static Action byType(Class<?> payloadType) {
        String name = payloadType.getSimpleName();
        String suffix = name.endsWith(REQUEST) ? REQUEST : name.endsWith(CONFIRMATION) ? CONFIRMATION : null;
        Action candidate = suffix == null ? null : byName(name.substring(0, name.length() - suffix.length()));
        if (candidate == null) {
            return null;
        }
        return candidate.requestType() == payloadType || candidate.confirmationType() == payloadType ? candidate : null;
    }
}
