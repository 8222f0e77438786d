package io.reactiveocpp.codec.action;

import com.fasterxml.jackson.core.JsonParser;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.HeartbeatConfirmation;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The Action table: its lookups, and that an action's payload classes load only when that action is used. */
class ActionTableTest {

    @Test
    void everyActionIsFoundByItsRequestAndConfirmationTypeAndItsCodecsMatchThem() {
        for (Action action : Action.values()) {
            assertThat(Action.byType(action.requestType())).as(action.wireName()).isSameAs(action);
            assertThat(Action.byType(action.confirmationType())).as(action.wireName()).isSameAs(action);
            ActionPayloads payloads = ActionPayloads.of(action);
            assertThat(payloads.requestType()).as(action.wireName()).isSameAs(action.requestType());
            assertThat(payloads.confirmationType()).as(action.wireName()).isSameAs(action.confirmationType());
            assertThat(action.requestCodec()).as(action.wireName()).isSameAs(payloads.requestCodec());
            assertThat(action.confirmationCodec()).as(action.wireName()).isSameAs(payloads.confirmationCodec());
            assertThat(action.requestType().getSimpleName()).isEqualTo(action.wireName() + "Request");
            assertThat(action.confirmationType().getSimpleName()).isEqualTo(action.wireName() + "Confirmation");
        }
    }

    @Test
    void typesThatAreNoPayloadOfTheTableHaveNoAction() {
        assertThat(Action.byType(String.class)).isNull();
        assertThat(Action.byType(Action.class)).isNull();
        assertThat(Action.byType(HeartbeatRequest.class)).isSameAs(Action.HEARTBEAT);
        assertThat(Action.byType(BootNotificationRequest.class)).isSameAs(Action.BOOT_NOTIFICATION);
        assertThat(Action.byType(HeartbeatConfirmation.class)).isSameAs(Action.HEARTBEAT);
        // named like a payload of an action, but not the table's type
        assertThat(Action.byType(AuthorizeRequest.class)).isNull();
        assertThat(Action.byType(HeartbeatRequest[].class)).isNull();
    }

    @Test
    void usingOneActionLoadsThatActionsPayloadClassesAndNoneOfTheOthers() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Class<?> table = Class.forName(Action.class.getName(), true, loader);
            Object heartbeat = table.getMethod("byName", String.class).invoke(null, "Heartbeat");
            Object codec = table.getMethod("requestCodec").invoke(heartbeat);
            table.getMethod("confirmationCodec").invoke(heartbeat);
            assertThat(codec).isNotNull();
            Object boot = table.getMethod("byType", Class.class)
                    .invoke(null, Class.forName(BootNotificationRequest.class.getName(), false, loader));
            assertThat(boot).hasToString("BOOT_NOTIFICATION");

            assertThat(loader.loaded).contains(HeartbeatRequest.class.getName(), HeartbeatConfirmation.class.getName());
            assertThat(loader.loaded).filteredOn(name -> name.startsWith("io.reactiveocpp.codec.message."))
                    .containsExactlyInAnyOrder(HeartbeatRequest.class.getName(),
                            HeartbeatConfirmation.class.getName(), BootNotificationRequest.class.getName(),
                            "io.reactiveocpp.codec.message.Request", "io.reactiveocpp.codec.message.Confirmation");
            assertThat(loader.loaded).doesNotContain("io.reactiveocpp.codec.type.Firmware",
                    "io.reactiveocpp.codec.type.ChargingProfile");
        }
    }

    /** Loads the codec's classes (and Jackson's) anew, and records which it loaded. */
    private static final class RecordingLoader extends URLClassLoader {

        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingLoader() {
            super(new URL[] {location(Action.class), location(JsonParser.class)}, ClassLoader.getPlatformClassLoader());
        }

        private static URL location(Class<?> type) {
            return type.getProtectionDomain().getCodeSource().getLocation();
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            loaded.add(name);
            return super.findClass(name);
        }
    }

    /** Named like the Authorize request, but not it. */
    private record AuthorizeRequest() {
    }
}
