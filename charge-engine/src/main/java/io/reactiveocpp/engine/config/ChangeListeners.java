package io.reactiveocpp.engine.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Who follows the {@link Configuration}'s changes ({@link Configuration#onChange}): a flat list of followers
 * rather than a Reactor subscription each (a filter, a subscriber and a sink slot per follower), which a fleet of
 * thousands of charge points pays for in heap. Followers are told in the order they were added; a key filter runs
 * on the changing thread, the action as a task on the follower's scheduler (single-threaded: in order, no queue per
 * follower), or on the changing thread when it has none. An action that throws is logged with the key and does not
 * end the following: later changes still apply.
 */
final class ChangeListeners {

    private static final Logger LOG = LoggerFactory.getLogger(Configuration.class);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    Disposable add(Predicate<String> keys, Scheduler scheduler, Consumer<String> action) {
        Listener listener = new Listener(keys, scheduler, action);
        listeners.add(listener);
        return listener;
    }

    /** Tells every follower whose filter selects {@code name}. */
    void changed(String name) {
        for (Listener listener : listeners) {
            listener.changed(name);
        }
    }

    private final class Listener implements Disposable {
        private final Predicate<String> keys;
        private final Scheduler scheduler;
        private final Consumer<String> action;

        Listener(Predicate<String> keys, Scheduler scheduler, Consumer<String> action) {
            this.keys = keys;
            this.scheduler = scheduler;
            this.action = action;
        }

        void changed(String name) {
            if (!keys.test(name)) {
                return;
            }
            if (scheduler == null) {
                apply(name);
            } else {
                scheduler.schedule(() -> apply(name));
            }
        }

        private void apply(String name) {
            try {
                action.accept(name);
            } catch (RuntimeException e) {
                LOG.error("applying the change of {} failed; later changes still apply", name, e);
            }
        }

        @Override
        public void dispose() {
            listeners.remove(this);
        }

        @Override
        public boolean isDisposed() {
            return !listeners.contains(this);
        }
    }
}
