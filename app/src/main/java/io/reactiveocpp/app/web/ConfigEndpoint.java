package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * {@code GET /api/config} lists every readable key as GetConfiguration does (never the write-only
 * {@code AuthorizationKey}), whole even when longer than GetConfiguration's 500 characters.
 * {@code PUT /api/config/{key}} with {@code {"value": "..."}} changes a key through
 * {@link Configuration#change}, on the engine's scheduler, exactly as ChangeConfiguration does: 404 for a key
 * the charge point does not have, 400 naming the key and the allowed range when the value or the key's
 * access is refused (nothing is changed), else 200 with Accepted or RebootRequired.
 */
final class ConfigEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigEndpoint.class);
    private static final String SECRET = "AuthorizationKey";

    /** One key as GetConfiguration's KeyValue has it. */
    record Key(String key, boolean readonly, String value) {
    }

    /** The answer of {@code GET}. */
    record Keys(List<Key> configurationKey) {
    }

    /** The answer of a {@code PUT} that went through. */
    record Changed(String key, String status) {
    }

    Mono<Reply> list(Call call) {
        Configuration config = call.runtime().configuration();
        List<Key> keys = config.catalogue().all().stream()
                .filter(k -> k.access() != KeyDefinition.Access.WRITE_ONLY && !k.name().equals(SECRET))
                .map(k -> new Key(k.name(), k.access() == KeyDefinition.Access.READ_ONLY, config.value(k.name())))
                .toList();
        return Mono.just(Reply.json(200, new Keys(keys)));
    }

    Mono<Reply> change(Call call) {
        String name = call.param("key");
        var runtime = call.runtime();
        Configuration config = runtime.configuration();
        if (config.catalogue().get(name) == null) {
            return Mono.just(Reply.error(404, "key", name + " is not a configuration key of this charge point",
                    "key", name));
        }
        JsonNode value = call.json(false).get("value");
        if (value == null || value.isNull()) {
            throw ApiError.badRequest("value", "value is required: {\"value\": \"...\"}");
        }
        if (!value.isValueNode()) {
            throw ApiError.badRequest("value", "value must be a string");
        }
        return runtime.chargePoint().onScheduler(() -> config.change(name, value.asText())).map(change -> {
            LOG.info("local interface: change of {}: {}{}", name, change.status().literal(),
                    change.reason() == null ? "" : name.equals(SECRET) ? " (invalid key)" : " (" + change.reason() + ")");
            if (change.status() == ConfigurationStatus.REJECTED) {
                return Reply.error(400, "value", change.reason(), "key", name, "status", change.status().literal());
            }
            if (change.status() == ConfigurationStatus.NOT_SUPPORTED) {
                return Reply.error(404, "key", change.reason(), "key", name);
            }
            return Reply.json(200, new Changed(name, change.status().literal()));
        });
    }
}
