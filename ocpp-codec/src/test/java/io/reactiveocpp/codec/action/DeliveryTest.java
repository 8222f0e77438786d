package io.reactiveocpp.codec.action;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery classes of the Action table, as OCPP 1.6 names them. */
class DeliveryTest {

    @Test
    void eachDeliveryClassHoldsExactlyTheActionsTheSpecificationPutsInIt() {
        Map<Delivery, Set<Action>> byDelivery = new EnumMap<>(Delivery.class);
        for (Action action : Action.values()) {
            byDelivery.computeIfAbsent(action.delivery(), d -> EnumSet.noneOf(Action.class)).add(action);
        }
        assertThat(byDelivery.get(Delivery.REGISTRATION)).containsExactly(Action.BOOT_NOTIFICATION);
        assertThat(byDelivery.get(Delivery.TRANSACTION))
                .containsExactlyInAnyOrder(Action.START_TRANSACTION, Action.STOP_TRANSACTION);
        assertThat(byDelivery.get(Delivery.TRANSACTION_OR_ORDINARY)).containsExactly(Action.METER_VALUES);
        assertThat(byDelivery.get(Delivery.DURABLE)).containsExactly(Action.SECURITY_EVENT_NOTIFICATION);
        assertThat(byDelivery.get(Delivery.ONLINE_ONLY))
                .containsExactlyInAnyOrder(Action.AUTHORIZE, Action.HEARTBEAT, Action.DATA_TRANSFER);
    }

    @Test
    void everyActionOnlyTheBackendSendsIsOrdinary() {
        assertThat(Arrays.stream(Action.values()).filter(a -> !a.initiator().sends(Role.CHARGE_POINT)))
                .allSatisfy(action -> assertThat(action.delivery()).as(action.wireName()).isEqualTo(Delivery.ORDINARY));
    }
}
