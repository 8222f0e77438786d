package io.reactiveocpp.codec.action;

import io.reactiveocpp.codec.json.NameTable;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.ChangeAvailabilityConfirmation;
import io.reactiveocpp.codec.message.core.ChangeAvailabilityRequest;
import io.reactiveocpp.codec.message.core.ChangeConfigurationConfirmation;
import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.codec.message.core.ClearCacheConfirmation;
import io.reactiveocpp.codec.message.core.ClearCacheRequest;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.message.core.GetConfigurationConfirmation;
import io.reactiveocpp.codec.message.core.GetConfigurationRequest;
import io.reactiveocpp.codec.message.core.HeartbeatConfirmation;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.message.core.MeterValuesConfirmation;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.message.core.ResetConfirmation;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.message.core.UnlockConnectorConfirmation;
import io.reactiveocpp.codec.message.core.UnlockConnectorRequest;
import io.reactiveocpp.codec.message.firmware.DiagnosticsStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.firmware.DiagnosticsStatusNotificationRequest;
import io.reactiveocpp.codec.message.firmware.FirmwareStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.firmware.FirmwareStatusNotificationRequest;
import io.reactiveocpp.codec.message.firmware.GetDiagnosticsConfirmation;
import io.reactiveocpp.codec.message.firmware.GetDiagnosticsRequest;
import io.reactiveocpp.codec.message.firmware.UpdateFirmwareConfirmation;
import io.reactiveocpp.codec.message.firmware.UpdateFirmwareRequest;
import io.reactiveocpp.codec.message.localauth.GetLocalListVersionConfirmation;
import io.reactiveocpp.codec.message.localauth.GetLocalListVersionRequest;
import io.reactiveocpp.codec.message.localauth.SendLocalListConfirmation;
import io.reactiveocpp.codec.message.localauth.SendLocalListRequest;
import io.reactiveocpp.codec.message.reservation.CancelReservationConfirmation;
import io.reactiveocpp.codec.message.reservation.CancelReservationRequest;
import io.reactiveocpp.codec.message.reservation.ReserveNowConfirmation;
import io.reactiveocpp.codec.message.reservation.ReserveNowRequest;
import io.reactiveocpp.codec.message.security.CertificateSignedConfirmation;
import io.reactiveocpp.codec.message.security.CertificateSignedRequest;
import io.reactiveocpp.codec.message.security.DeleteCertificateConfirmation;
import io.reactiveocpp.codec.message.security.DeleteCertificateRequest;
import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageConfirmation;
import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsConfirmation;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.message.security.GetLogConfirmation;
import io.reactiveocpp.codec.message.security.GetLogRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateConfirmation;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.codec.message.security.LogStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.security.LogStatusNotificationRequest;
import io.reactiveocpp.codec.message.security.SecurityEventNotificationConfirmation;
import io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest;
import io.reactiveocpp.codec.message.security.SignCertificateConfirmation;
import io.reactiveocpp.codec.message.security.SignCertificateRequest;
import io.reactiveocpp.codec.message.security.SignedFirmwareStatusNotificationConfirmation;
import io.reactiveocpp.codec.message.security.SignedFirmwareStatusNotificationRequest;
import io.reactiveocpp.codec.message.security.SignedUpdateFirmwareConfirmation;
import io.reactiveocpp.codec.message.security.SignedUpdateFirmwareRequest;
import io.reactiveocpp.codec.message.smartcharging.ClearChargingProfileConfirmation;
import io.reactiveocpp.codec.message.smartcharging.ClearChargingProfileRequest;
import io.reactiveocpp.codec.message.smartcharging.GetCompositeScheduleConfirmation;
import io.reactiveocpp.codec.message.smartcharging.GetCompositeScheduleRequest;
import io.reactiveocpp.codec.message.smartcharging.SetChargingProfileConfirmation;
import io.reactiveocpp.codec.message.smartcharging.SetChargingProfileRequest;
import io.reactiveocpp.codec.message.trigger.TriggerMessageConfirmation;
import io.reactiveocpp.codec.message.trigger.TriggerMessageRequest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table of every OCPP 1.6 action: its name on the wire, feature profile, initiator, and request
 * and confirmation types with their codecs. It covers the 28 actions of OCPP 1.6 edition 2 and the 11 of
 * the OCPP 1.6 Security Whitepaper (edition 2), and how a charge point delivers its CALLs of each ({@link Delivery}).
 * Nothing else in the stack switches on action names.
 */
public enum Action {
    AUTHORIZE("Authorize", FeatureProfile.CORE, Initiator.CHARGE_POINT,
            AuthorizeRequest.class, AuthorizeRequest.CODEC, AuthorizeConfirmation.class, AuthorizeConfirmation.CODEC),
    BOOT_NOTIFICATION("BootNotification", FeatureProfile.CORE, Initiator.CHARGE_POINT,
            BootNotificationRequest.class, BootNotificationRequest.CODEC, BootNotificationConfirmation.class, BootNotificationConfirmation.CODEC),
    CANCEL_RESERVATION("CancelReservation", FeatureProfile.RESERVATION, Initiator.CENTRAL_SYSTEM,
            CancelReservationRequest.class, CancelReservationRequest.CODEC, CancelReservationConfirmation.class, CancelReservationConfirmation.CODEC),
    CERTIFICATE_SIGNED("CertificateSigned", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM,
            CertificateSignedRequest.class, CertificateSignedRequest.CODEC, CertificateSignedConfirmation.class, CertificateSignedConfirmation.CODEC),
    CHANGE_AVAILABILITY("ChangeAvailability", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM,
            ChangeAvailabilityRequest.class, ChangeAvailabilityRequest.CODEC, ChangeAvailabilityConfirmation.class, ChangeAvailabilityConfirmation.CODEC),
    CHANGE_CONFIGURATION("ChangeConfiguration", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM,
            ChangeConfigurationRequest.class, ChangeConfigurationRequest.CODEC, ChangeConfigurationConfirmation.class, ChangeConfigurationConfirmation.CODEC),
    CLEAR_CACHE("ClearCache", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM,
            ClearCacheRequest.class, ClearCacheRequest.CODEC, ClearCacheConfirmation.class, ClearCacheConfirmation.CODEC),
    CLEAR_CHARGING_PROFILE("ClearChargingProfile", FeatureProfile.SMART_CHARGING, Initiator.CENTRAL_SYSTEM,
            ClearChargingProfileRequest.class, ClearChargingProfileRequest.CODEC, ClearChargingProfileConfirmation.class, ClearChargingProfileConfirmation.CODEC),
    DATA_TRANSFER("DataTransfer", FeatureProfile.CORE, Initiator.BOTH,
            DataTransferRequest.class, DataTransferRequest.CODEC, DataTransferConfirmation.class, DataTransferConfirmation.CODEC),
    DELETE_CERTIFICATE("DeleteCertificate", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM,
            DeleteCertificateRequest.class, DeleteCertificateRequest.CODEC, DeleteCertificateConfirmation.class, DeleteCertificateConfirmation.CODEC),
    DIAGNOSTICS_STATUS_NOTIFICATION("DiagnosticsStatusNotification", FeatureProfile.FIRMWARE_MANAGEMENT, Initiator.CHARGE_POINT,
            DiagnosticsStatusNotificationRequest.class, DiagnosticsStatusNotificationRequest.CODEC, DiagnosticsStatusNotificationConfirmation.class, DiagnosticsStatusNotificationConfirmation.CODEC),
    EXTENDED_TRIGGER_MESSAGE("ExtendedTriggerMessage", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM,
            ExtendedTriggerMessageRequest.class, ExtendedTriggerMessageRequest.CODEC, ExtendedTriggerMessageConfirmation.class, ExtendedTriggerMessageConfirmation.CODEC),
    FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification", FeatureProfile.FIRMWARE_MANAGEMENT, Initiator.CHARGE_POINT,
            FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationRequest.CODEC, FirmwareStatusNotificationConfirmation.class, FirmwareStatusNotificationConfirmation.CODEC),
    GET_COMPOSITE_SCHEDULE("GetCompositeSchedule", FeatureProfile.SMART_CHARGING, Initiator.CENTRAL_SYSTEM,
            GetCompositeScheduleRequest.class, GetCompositeScheduleRequest.CODEC, GetCompositeScheduleConfirmation.class, GetCompositeScheduleConfirmation.CODEC),
    GET_CONFIGURATION("GetConfiguration", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM,
            GetConfigurationRequest.class, GetConfigurationRequest.CODEC, GetConfigurationConfirmation.class, GetConfigurationConfirmation.CODEC),
    GET_DIAGNOSTICS("GetDiagnostics", FeatureProfile.FIRMWARE_MANAGEMENT, Initiator.CENTRAL_SYSTEM,
            GetDiagnosticsRequest.class, GetDiagnosticsRequest.CODEC, GetDiagnosticsConfirmation.class, GetDiagnosticsConfirmation.CODEC),
    GET_INSTALLED_CERTIFICATE_IDS("GetInstalledCertificateIds", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM,
            GetInstalledCertificateIdsRequest.class, GetInstalledCertificateIdsRequest.CODEC, GetInstalledCertificateIdsConfirmation.class, GetInstalledCertificateIdsConfirmation.CODEC),
    GET_LOCAL_LIST_VERSION("GetLocalListVersion", FeatureProfile.LOCAL_AUTH_LIST_MANAGEMENT, Initiator.CENTRAL_SYSTEM,
            GetLocalListVersionRequest.class, GetLocalListVersionRequest.CODEC, GetLocalListVersionConfirmation.class, GetLocalListVersionConfirmation.CODEC),
    GET_LOG("GetLog", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM,
            GetLogRequest.class, GetLogRequest.CODEC, GetLogConfirmation.class, GetLogConfirmation.CODEC),
    HEARTBEAT("Heartbeat", FeatureProfile.CORE, Initiator.CHARGE_POINT,
            HeartbeatRequest.class, HeartbeatRequest.CODEC, HeartbeatConfirmation.class, HeartbeatConfirmation.CODEC),
    INSTALL_CERTIFICATE("InstallCertificate", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM,
            InstallCertificateRequest.class, InstallCertificateRequest.CODEC, InstallCertificateConfirmation.class, InstallCertificateConfirmation.CODEC),
    LOG_STATUS_NOTIFICATION("LogStatusNotification", FeatureProfile.SECURITY, Initiator.CHARGE_POINT,
            LogStatusNotificationRequest.class, LogStatusNotificationRequest.CODEC, LogStatusNotificationConfirmation.class, LogStatusNotificationConfirmation.CODEC),
    METER_VALUES("MeterValues", FeatureProfile.CORE, Initiator.CHARGE_POINT,
            MeterValuesRequest.class, MeterValuesRequest.CODEC, MeterValuesConfirmation.class, MeterValuesConfirmation.CODEC),
    REMOTE_START_TRANSACTION("RemoteStartTransaction", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM,
            RemoteStartTransactionRequest.class, RemoteStartTransactionRequest.CODEC, RemoteStartTransactionConfirmation.class, RemoteStartTransactionConfirmation.CODEC),
    REMOTE_STOP_TRANSACTION("RemoteStopTransaction", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM,
            RemoteStopTransactionRequest.class, RemoteStopTransactionRequest.CODEC, RemoteStopTransactionConfirmation.class, RemoteStopTransactionConfirmation.CODEC),
    RESERVE_NOW("ReserveNow", FeatureProfile.RESERVATION, Initiator.CENTRAL_SYSTEM,
            ReserveNowRequest.class, ReserveNowRequest.CODEC, ReserveNowConfirmation.class, ReserveNowConfirmation.CODEC),
    RESET("Reset", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM,
            ResetRequest.class, ResetRequest.CODEC, ResetConfirmation.class, ResetConfirmation.CODEC),
    SECURITY_EVENT_NOTIFICATION("SecurityEventNotification", FeatureProfile.SECURITY, Initiator.CHARGE_POINT,
            SecurityEventNotificationRequest.class, SecurityEventNotificationRequest.CODEC, SecurityEventNotificationConfirmation.class, SecurityEventNotificationConfirmation.CODEC),
    SEND_LOCAL_LIST("SendLocalList", FeatureProfile.LOCAL_AUTH_LIST_MANAGEMENT, Initiator.CENTRAL_SYSTEM,
            SendLocalListRequest.class, SendLocalListRequest.CODEC, SendLocalListConfirmation.class, SendLocalListConfirmation.CODEC),
    SET_CHARGING_PROFILE("SetChargingProfile", FeatureProfile.SMART_CHARGING, Initiator.CENTRAL_SYSTEM,
            SetChargingProfileRequest.class, SetChargingProfileRequest.CODEC, SetChargingProfileConfirmation.class, SetChargingProfileConfirmation.CODEC),
    SIGN_CERTIFICATE("SignCertificate", FeatureProfile.SECURITY, Initiator.CHARGE_POINT,
            SignCertificateRequest.class, SignCertificateRequest.CODEC, SignCertificateConfirmation.class, SignCertificateConfirmation.CODEC),
    SIGNED_FIRMWARE_STATUS_NOTIFICATION("SignedFirmwareStatusNotification", FeatureProfile.SECURITY, Initiator.CHARGE_POINT,
            SignedFirmwareStatusNotificationRequest.class, SignedFirmwareStatusNotificationRequest.CODEC, SignedFirmwareStatusNotificationConfirmation.class, SignedFirmwareStatusNotificationConfirmation.CODEC),
    SIGNED_UPDATE_FIRMWARE("SignedUpdateFirmware", FeatureProfile.SECURITY, Initiator.CENTRAL_SYSTEM,
            SignedUpdateFirmwareRequest.class, SignedUpdateFirmwareRequest.CODEC, SignedUpdateFirmwareConfirmation.class, SignedUpdateFirmwareConfirmation.CODEC),
    START_TRANSACTION("StartTransaction", FeatureProfile.CORE, Initiator.CHARGE_POINT,
            StartTransactionRequest.class, StartTransactionRequest.CODEC, StartTransactionConfirmation.class, StartTransactionConfirmation.CODEC),
    STATUS_NOTIFICATION("StatusNotification", FeatureProfile.CORE, Initiator.CHARGE_POINT,
            StatusNotificationRequest.class, StatusNotificationRequest.CODEC, StatusNotificationConfirmation.class, StatusNotificationConfirmation.CODEC),
    STOP_TRANSACTION("StopTransaction", FeatureProfile.CORE, Initiator.CHARGE_POINT,
            StopTransactionRequest.class, StopTransactionRequest.CODEC, StopTransactionConfirmation.class, StopTransactionConfirmation.CODEC),
    TRIGGER_MESSAGE("TriggerMessage", FeatureProfile.REMOTE_TRIGGER, Initiator.CENTRAL_SYSTEM,
            TriggerMessageRequest.class, TriggerMessageRequest.CODEC, TriggerMessageConfirmation.class, TriggerMessageConfirmation.CODEC),
    UNLOCK_CONNECTOR("UnlockConnector", FeatureProfile.CORE, Initiator.CENTRAL_SYSTEM,
            UnlockConnectorRequest.class, UnlockConnectorRequest.CODEC, UnlockConnectorConfirmation.class, UnlockConnectorConfirmation.CODEC),
    UPDATE_FIRMWARE("UpdateFirmware", FeatureProfile.FIRMWARE_MANAGEMENT, Initiator.CENTRAL_SYSTEM,
            UpdateFirmwareRequest.class, UpdateFirmwareRequest.CODEC, UpdateFirmwareConfirmation.class, UpdateFirmwareConfirmation.CODEC);

    private static final NameTable<Action> BY_NAME;
    private static final Map<Class<?>, Action> BY_TYPE = new HashMap<>();

    static {
        Map<String, Action> names = new LinkedHashMap<>();
        for (Action action : values()) {
            names.put(action.wireName, action);
            BY_TYPE.put(action.requestType, action);
            BY_TYPE.put(action.confirmationType, action);
        }
        BY_NAME = new NameTable<>(names);
    }

    private final String wireName;
    private final FeatureProfile profile;
    private final Initiator initiator;
    private final Class<? extends Request<?>> requestType;
    private final ObjectCodec<? extends Request<?>> requestCodec;
    private final Class<? extends Confirmation> confirmationType;
    private final ObjectCodec<? extends Confirmation> confirmationCodec;

    <Q extends Request<?>, C extends Confirmation> Action(String wireName, FeatureProfile profile,
            Initiator initiator, Class<Q> requestType, ObjectCodec<Q> requestCodec, Class<C> confirmationType,
            ObjectCodec<C> confirmationCodec) {
        this.wireName = wireName;
        this.profile = profile;
        this.initiator = initiator;
        this.requestType = requestType;
        this.requestCodec = requestCodec;
        this.confirmationType = confirmationType;
        this.confirmationCodec = confirmationCodec;
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
        return requestType;
    }

    /** The record type of the confirmation payload. */
    public Class<? extends Confirmation> confirmationType() {
        return confirmationType;
    }

    /** Reads and writes the request payload. */
    @SuppressWarnings("unchecked")
    public ObjectCodec<Request<?>> requestCodec() {
        return (ObjectCodec<Request<?>>) requestCodec;
    }

    /** Reads and writes the confirmation payload. */
    @SuppressWarnings("unchecked")
    public ObjectCodec<Confirmation> confirmationCodec() {
        return (ObjectCodec<Confirmation>) confirmationCodec;
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

    /** The action whose request or confirmation type this is, or {@code null}. */
    public static Action byType(Class<?> payloadType) {
        return BY_TYPE.get(payloadType);
    }
}
