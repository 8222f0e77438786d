package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.smartcharging.ClearChargingProfileRequest;
import io.reactiveocpp.codec.message.smartcharging.GetCompositeScheduleRequest;
import io.reactiveocpp.codec.message.smartcharging.SetChargingProfileRequest;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.metering.Supply;
import io.reactiveocpp.engine.smartcharging.ChargingProfiles;
import io.reactiveocpp.engine.transaction.Transactions;

import java.util.function.Supplier;

/** The Smart Charging profile's three handlers: SetChargingProfile, ClearChargingProfile, GetCompositeSchedule. */
public final class SmartChargingHandlers {

    private SmartChargingHandlers() {
    }

    public static void register(Inbound inbound, ChargingProfiles profiles, Transactions transactions,
                                Supplier<Supply> supply, EngineClock clock, int connectorCount) {
        inbound.on(SetChargingProfileRequest.class, new SetChargingProfileHandler(profiles, transactions));
        inbound.on(ClearChargingProfileRequest.class, new ClearChargingProfileHandler(profiles));
        inbound.on(GetCompositeScheduleRequest.class,
                new GetCompositeScheduleHandler(profiles, transactions, supply, clock, connectorCount));
    }
}
