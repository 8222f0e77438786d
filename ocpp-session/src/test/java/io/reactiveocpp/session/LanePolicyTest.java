package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.action.Role;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The session's one table of outbound policy, per action. */
class LanePolicyTest {

    @Test
    void bootNotificationIsTheOnlyPriorityActionAndStartStopAndSecurityEventsTheOnlyDurableOnes() {
        EnumSet<Action> priority = EnumSet.noneOf(Action.class);
        EnumSet<Action> durable = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            switch (LanePolicy.lane(action)) {
                case PRIORITY -> priority.add(action);
                case DURABLE -> durable.add(action);
                case NORMAL -> { }
            }
        }
        assertThat(priority).containsExactly(Action.BOOT_NOTIFICATION);
        assertThat(durable).containsExactlyInAnyOrder(Action.START_TRANSACTION, Action.STOP_TRANSACTION,
                Action.SECURITY_EVENT_NOTIFICATION);
        assertThat(Arrays.stream(Action.values()).filter(LanePolicy::queuedOnly)).containsExactlyInAnyOrder(
                Action.START_TRANSACTION, Action.STOP_TRANSACTION, Action.SECURITY_EVENT_NOTIFICATION);
    }

    @Test
    void authorizeDataTransferAndHeartbeatFailFastOfflineAndNothingElseDoes() {
        assertThat(Arrays.stream(Action.values()).filter(LanePolicy::failsFastOffline))
                .containsExactlyInAnyOrder(Action.AUTHORIZE, Action.DATA_TRANSFER, Action.HEARTBEAT);
    }

    @Test
    void onlyStartStopMeterValuesAndSecurityEventsMayBeQueued() {
        assertThat(Arrays.stream(Action.values()).filter(LanePolicy::queueable)).containsExactlyInAnyOrder(
                Action.START_TRANSACTION, Action.STOP_TRANSACTION, Action.METER_VALUES,
                Action.SECURITY_EVENT_NOTIFICATION);
        assertThat(Arrays.stream(Action.values()).filter(LanePolicy::ofTransaction))
                .containsExactlyInAnyOrder(Action.START_TRANSACTION, Action.STOP_TRANSACTION, Action.METER_VALUES);
    }

    @Test
    void everyActionTheChargePointSendsHasALane() {
        Arrays.stream(Action.values()).filter(a -> a.initiator().sends(Role.CHARGE_POINT))
                .forEach(action -> assertThat(LanePolicy.lane(action)).as(action.wireName()).isNotNull());
    }
}
