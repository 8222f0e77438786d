package io.reactiveocpp.codec.action;

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

/**
 * One action's request and confirmation types with their codecs. Each lookup here names the classes of the
 * one action it is asked for, so the JVM loads them when that action is first used, not all 78 together
 * with {@link Action}: {@link #requestType} and {@link #confirmationType} only load a record (a class
 * literal does not initialise it), {@link #of} also initialises the records, their codecs and the enums
 * these use.
 */
record ActionPayloads(Class<? extends Request<?>> requestType, ObjectCodec<? extends Request<?>> requestCodec,
        Class<? extends Confirmation> confirmationType, ObjectCodec<? extends Confirmation> confirmationCodec) {

    static ActionPayloads of(Action action) {
        return switch (action) {
            case AUTHORIZE -> of(AuthorizeRequest.class, AuthorizeRequest.CODEC, AuthorizeConfirmation.class, AuthorizeConfirmation.CODEC);
            case BOOT_NOTIFICATION -> of(BootNotificationRequest.class, BootNotificationRequest.CODEC, BootNotificationConfirmation.class, BootNotificationConfirmation.CODEC);
            case CANCEL_RESERVATION -> of(CancelReservationRequest.class, CancelReservationRequest.CODEC, CancelReservationConfirmation.class, CancelReservationConfirmation.CODEC);
            case CERTIFICATE_SIGNED -> of(CertificateSignedRequest.class, CertificateSignedRequest.CODEC, CertificateSignedConfirmation.class, CertificateSignedConfirmation.CODEC);
            case CHANGE_AVAILABILITY -> of(ChangeAvailabilityRequest.class, ChangeAvailabilityRequest.CODEC, ChangeAvailabilityConfirmation.class, ChangeAvailabilityConfirmation.CODEC);
            case CHANGE_CONFIGURATION -> of(ChangeConfigurationRequest.class, ChangeConfigurationRequest.CODEC, ChangeConfigurationConfirmation.class, ChangeConfigurationConfirmation.CODEC);
            case CLEAR_CACHE -> of(ClearCacheRequest.class, ClearCacheRequest.CODEC, ClearCacheConfirmation.class, ClearCacheConfirmation.CODEC);
            case CLEAR_CHARGING_PROFILE -> of(ClearChargingProfileRequest.class, ClearChargingProfileRequest.CODEC, ClearChargingProfileConfirmation.class, ClearChargingProfileConfirmation.CODEC);
            case DATA_TRANSFER -> of(DataTransferRequest.class, DataTransferRequest.CODEC, DataTransferConfirmation.class, DataTransferConfirmation.CODEC);
            case DELETE_CERTIFICATE -> of(DeleteCertificateRequest.class, DeleteCertificateRequest.CODEC, DeleteCertificateConfirmation.class, DeleteCertificateConfirmation.CODEC);
            case DIAGNOSTICS_STATUS_NOTIFICATION -> of(DiagnosticsStatusNotificationRequest.class, DiagnosticsStatusNotificationRequest.CODEC, DiagnosticsStatusNotificationConfirmation.class, DiagnosticsStatusNotificationConfirmation.CODEC);
            case EXTENDED_TRIGGER_MESSAGE -> of(ExtendedTriggerMessageRequest.class, ExtendedTriggerMessageRequest.CODEC, ExtendedTriggerMessageConfirmation.class, ExtendedTriggerMessageConfirmation.CODEC);
            case FIRMWARE_STATUS_NOTIFICATION -> of(FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationRequest.CODEC, FirmwareStatusNotificationConfirmation.class, FirmwareStatusNotificationConfirmation.CODEC);
            case GET_COMPOSITE_SCHEDULE -> of(GetCompositeScheduleRequest.class, GetCompositeScheduleRequest.CODEC, GetCompositeScheduleConfirmation.class, GetCompositeScheduleConfirmation.CODEC);
            case GET_CONFIGURATION -> of(GetConfigurationRequest.class, GetConfigurationRequest.CODEC, GetConfigurationConfirmation.class, GetConfigurationConfirmation.CODEC);
            case GET_DIAGNOSTICS -> of(GetDiagnosticsRequest.class, GetDiagnosticsRequest.CODEC, GetDiagnosticsConfirmation.class, GetDiagnosticsConfirmation.CODEC);
            case GET_INSTALLED_CERTIFICATE_IDS -> of(GetInstalledCertificateIdsRequest.class, GetInstalledCertificateIdsRequest.CODEC, GetInstalledCertificateIdsConfirmation.class, GetInstalledCertificateIdsConfirmation.CODEC);
            case GET_LOCAL_LIST_VERSION -> of(GetLocalListVersionRequest.class, GetLocalListVersionRequest.CODEC, GetLocalListVersionConfirmation.class, GetLocalListVersionConfirmation.CODEC);
            case GET_LOG -> of(GetLogRequest.class, GetLogRequest.CODEC, GetLogConfirmation.class, GetLogConfirmation.CODEC);
            case HEARTBEAT -> of(HeartbeatRequest.class, HeartbeatRequest.CODEC, HeartbeatConfirmation.class, HeartbeatConfirmation.CODEC);
            case INSTALL_CERTIFICATE -> of(InstallCertificateRequest.class, InstallCertificateRequest.CODEC, InstallCertificateConfirmation.class, InstallCertificateConfirmation.CODEC);
            case LOG_STATUS_NOTIFICATION -> of(LogStatusNotificationRequest.class, LogStatusNotificationRequest.CODEC, LogStatusNotificationConfirmation.class, LogStatusNotificationConfirmation.CODEC);
            case METER_VALUES -> of(MeterValuesRequest.class, MeterValuesRequest.CODEC, MeterValuesConfirmation.class, MeterValuesConfirmation.CODEC);
            case REMOTE_START_TRANSACTION -> of(RemoteStartTransactionRequest.class, RemoteStartTransactionRequest.CODEC, RemoteStartTransactionConfirmation.class, RemoteStartTransactionConfirmation.CODEC);
            case REMOTE_STOP_TRANSACTION -> of(RemoteStopTransactionRequest.class, RemoteStopTransactionRequest.CODEC, RemoteStopTransactionConfirmation.class, RemoteStopTransactionConfirmation.CODEC);
            case RESERVE_NOW -> of(ReserveNowRequest.class, ReserveNowRequest.CODEC, ReserveNowConfirmation.class, ReserveNowConfirmation.CODEC);
            case RESET -> of(ResetRequest.class, ResetRequest.CODEC, ResetConfirmation.class, ResetConfirmation.CODEC);
            case SECURITY_EVENT_NOTIFICATION -> of(SecurityEventNotificationRequest.class, SecurityEventNotificationRequest.CODEC, SecurityEventNotificationConfirmation.class, SecurityEventNotificationConfirmation.CODEC);
            case SEND_LOCAL_LIST -> of(SendLocalListRequest.class, SendLocalListRequest.CODEC, SendLocalListConfirmation.class, SendLocalListConfirmation.CODEC);
            case SET_CHARGING_PROFILE -> of(SetChargingProfileRequest.class, SetChargingProfileRequest.CODEC, SetChargingProfileConfirmation.class, SetChargingProfileConfirmation.CODEC);
            case SIGN_CERTIFICATE -> of(SignCertificateRequest.class, SignCertificateRequest.CODEC, SignCertificateConfirmation.class, SignCertificateConfirmation.CODEC);
            case SIGNED_FIRMWARE_STATUS_NOTIFICATION -> of(SignedFirmwareStatusNotificationRequest.class, SignedFirmwareStatusNotificationRequest.CODEC, SignedFirmwareStatusNotificationConfirmation.class, SignedFirmwareStatusNotificationConfirmation.CODEC);
            case SIGNED_UPDATE_FIRMWARE -> of(SignedUpdateFirmwareRequest.class, SignedUpdateFirmwareRequest.CODEC, SignedUpdateFirmwareConfirmation.class, SignedUpdateFirmwareConfirmation.CODEC);
            case START_TRANSACTION -> of(StartTransactionRequest.class, StartTransactionRequest.CODEC, StartTransactionConfirmation.class, StartTransactionConfirmation.CODEC);
            case STATUS_NOTIFICATION -> of(StatusNotificationRequest.class, StatusNotificationRequest.CODEC, StatusNotificationConfirmation.class, StatusNotificationConfirmation.CODEC);
            case STOP_TRANSACTION -> of(StopTransactionRequest.class, StopTransactionRequest.CODEC, StopTransactionConfirmation.class, StopTransactionConfirmation.CODEC);
            case TRIGGER_MESSAGE -> of(TriggerMessageRequest.class, TriggerMessageRequest.CODEC, TriggerMessageConfirmation.class, TriggerMessageConfirmation.CODEC);
            case UNLOCK_CONNECTOR -> of(UnlockConnectorRequest.class, UnlockConnectorRequest.CODEC, UnlockConnectorConfirmation.class, UnlockConnectorConfirmation.CODEC);
            case UPDATE_FIRMWARE -> of(UpdateFirmwareRequest.class, UpdateFirmwareRequest.CODEC, UpdateFirmwareConfirmation.class, UpdateFirmwareConfirmation.CODEC);
        };
    }

    static Class<? extends Request<?>> requestType(Action action) {
        return switch (action) {
            case AUTHORIZE -> AuthorizeRequest.class;
            case BOOT_NOTIFICATION -> BootNotificationRequest.class;
            case CANCEL_RESERVATION -> CancelReservationRequest.class;
            case CERTIFICATE_SIGNED -> CertificateSignedRequest.class;
            case CHANGE_AVAILABILITY -> ChangeAvailabilityRequest.class;
            case CHANGE_CONFIGURATION -> ChangeConfigurationRequest.class;
            case CLEAR_CACHE -> ClearCacheRequest.class;
            case CLEAR_CHARGING_PROFILE -> ClearChargingProfileRequest.class;
            case DATA_TRANSFER -> DataTransferRequest.class;
            case DELETE_CERTIFICATE -> DeleteCertificateRequest.class;
            case DIAGNOSTICS_STATUS_NOTIFICATION -> DiagnosticsStatusNotificationRequest.class;
            case EXTENDED_TRIGGER_MESSAGE -> ExtendedTriggerMessageRequest.class;
            case FIRMWARE_STATUS_NOTIFICATION -> FirmwareStatusNotificationRequest.class;
            case GET_COMPOSITE_SCHEDULE -> GetCompositeScheduleRequest.class;
            case GET_CONFIGURATION -> GetConfigurationRequest.class;
            case GET_DIAGNOSTICS -> GetDiagnosticsRequest.class;
            case GET_INSTALLED_CERTIFICATE_IDS -> GetInstalledCertificateIdsRequest.class;
            case GET_LOCAL_LIST_VERSION -> GetLocalListVersionRequest.class;
            case GET_LOG -> GetLogRequest.class;
            case HEARTBEAT -> HeartbeatRequest.class;
            case INSTALL_CERTIFICATE -> InstallCertificateRequest.class;
            case LOG_STATUS_NOTIFICATION -> LogStatusNotificationRequest.class;
            case METER_VALUES -> MeterValuesRequest.class;
            case REMOTE_START_TRANSACTION -> RemoteStartTransactionRequest.class;
            case REMOTE_STOP_TRANSACTION -> RemoteStopTransactionRequest.class;
            case RESERVE_NOW -> ReserveNowRequest.class;
            case RESET -> ResetRequest.class;
            case SECURITY_EVENT_NOTIFICATION -> SecurityEventNotificationRequest.class;
            case SEND_LOCAL_LIST -> SendLocalListRequest.class;
            case SET_CHARGING_PROFILE -> SetChargingProfileRequest.class;
            case SIGN_CERTIFICATE -> SignCertificateRequest.class;
            case SIGNED_FIRMWARE_STATUS_NOTIFICATION -> SignedFirmwareStatusNotificationRequest.class;
            case SIGNED_UPDATE_FIRMWARE -> SignedUpdateFirmwareRequest.class;
            case START_TRANSACTION -> StartTransactionRequest.class;
            case STATUS_NOTIFICATION -> StatusNotificationRequest.class;
            case STOP_TRANSACTION -> StopTransactionRequest.class;
            case TRIGGER_MESSAGE -> TriggerMessageRequest.class;
            case UNLOCK_CONNECTOR -> UnlockConnectorRequest.class;
            case UPDATE_FIRMWARE -> UpdateFirmwareRequest.class;
        };
    }

    static Class<? extends Confirmation> confirmationType(Action action) {
        return switch (action) {
            case AUTHORIZE -> AuthorizeConfirmation.class;
            case BOOT_NOTIFICATION -> BootNotificationConfirmation.class;
            case CANCEL_RESERVATION -> CancelReservationConfirmation.class;
            case CERTIFICATE_SIGNED -> CertificateSignedConfirmation.class;
            case CHANGE_AVAILABILITY -> ChangeAvailabilityConfirmation.class;
            case CHANGE_CONFIGURATION -> ChangeConfigurationConfirmation.class;
            case CLEAR_CACHE -> ClearCacheConfirmation.class;
            case CLEAR_CHARGING_PROFILE -> ClearChargingProfileConfirmation.class;
            case DATA_TRANSFER -> DataTransferConfirmation.class;
            case DELETE_CERTIFICATE -> DeleteCertificateConfirmation.class;
            case DIAGNOSTICS_STATUS_NOTIFICATION -> DiagnosticsStatusNotificationConfirmation.class;
            case EXTENDED_TRIGGER_MESSAGE -> ExtendedTriggerMessageConfirmation.class;
            case FIRMWARE_STATUS_NOTIFICATION -> FirmwareStatusNotificationConfirmation.class;
            case GET_COMPOSITE_SCHEDULE -> GetCompositeScheduleConfirmation.class;
            case GET_CONFIGURATION -> GetConfigurationConfirmation.class;
            case GET_DIAGNOSTICS -> GetDiagnosticsConfirmation.class;
            case GET_INSTALLED_CERTIFICATE_IDS -> GetInstalledCertificateIdsConfirmation.class;
            case GET_LOCAL_LIST_VERSION -> GetLocalListVersionConfirmation.class;
            case GET_LOG -> GetLogConfirmation.class;
            case HEARTBEAT -> HeartbeatConfirmation.class;
            case INSTALL_CERTIFICATE -> InstallCertificateConfirmation.class;
            case LOG_STATUS_NOTIFICATION -> LogStatusNotificationConfirmation.class;
            case METER_VALUES -> MeterValuesConfirmation.class;
            case REMOTE_START_TRANSACTION -> RemoteStartTransactionConfirmation.class;
            case REMOTE_STOP_TRANSACTION -> RemoteStopTransactionConfirmation.class;
            case RESERVE_NOW -> ReserveNowConfirmation.class;
            case RESET -> ResetConfirmation.class;
            case SECURITY_EVENT_NOTIFICATION -> SecurityEventNotificationConfirmation.class;
            case SEND_LOCAL_LIST -> SendLocalListConfirmation.class;
            case SET_CHARGING_PROFILE -> SetChargingProfileConfirmation.class;
            case SIGN_CERTIFICATE -> SignCertificateConfirmation.class;
            case SIGNED_FIRMWARE_STATUS_NOTIFICATION -> SignedFirmwareStatusNotificationConfirmation.class;
            case SIGNED_UPDATE_FIRMWARE -> SignedUpdateFirmwareConfirmation.class;
            case START_TRANSACTION -> StartTransactionConfirmation.class;
            case STATUS_NOTIFICATION -> StatusNotificationConfirmation.class;
            case STOP_TRANSACTION -> StopTransactionConfirmation.class;
            case TRIGGER_MESSAGE -> TriggerMessageConfirmation.class;
            case UNLOCK_CONNECTOR -> UnlockConnectorConfirmation.class;
            case UPDATE_FIRMWARE -> UpdateFirmwareConfirmation.class;
        };
    }

    /** Keeps each pair's type and codec matched, as the table's constructor did. */
    private static <Q extends Request<?>, C extends Confirmation> ActionPayloads of(Class<Q> requestType,
            ObjectCodec<Q> requestCodec, Class<C> confirmationType, ObjectCodec<C> confirmationCodec) {
        return new ActionPayloads(requestType, requestCodec, confirmationType, confirmationCodec);
    }
}
