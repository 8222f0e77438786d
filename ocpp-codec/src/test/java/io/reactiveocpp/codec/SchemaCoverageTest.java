package io.reactiveocpp.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.action.Initiator;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.pnc.PncAction;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncResult;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.codec.testing.Examples;
import io.reactiveocpp.codec.testing.OcppSchemas;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the official schema files and fails when any message lacks a typed model, when a model misses a
 * property, or when an enumeration literal is not understood.
 */
class SchemaCoverageTest {

    @Test
    void everyOcpp16SchemaHasATypedModelWithEveryProperty() {
        List<String> problems = new ArrayList<>();
        for (String id : OcppSchemas.ocpp16().ids()) {
            String name = id.substring(0, id.indexOf('.'));
            Action action = Action.byName(name);
            if (action == null) {
                problems.add(id + ": no Action");
                continue;
            }
            ObjectCodec<?> codec = id.endsWith(".req") ? action.requestCodec() : action.confirmationCodec();
            List<String> expected = propertyNames(OcppSchemas.ocpp16().schema(id));
            if (!codec.propertyNames().equals(expected)) {
                problems.add(id + ": model has " + codec.propertyNames() + ", schema has " + expected);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(Action.values()).hasSize(OcppSchemas.ocpp16().ids().size() / 2);
    }

    @Test
    void everyPlugAndChargeSchemaHasATypedModelWithEveryProperty() {
        List<String> problems = new ArrayList<>();
        for (String id : OcppSchemas.pnc().ids()) {
            PncAction action = PncAction.byName(id.substring(0, id.indexOf('.')));
            if (action == null) {
                problems.add(id + ": no PncAction");
                continue;
            }
            ObjectCodec<?> codec = id.endsWith(".req") ? action.requestCodec() : action.responseCodec();
            List<String> expected = propertyNames(OcppSchemas.pnc().schema(id));
            if (!codec.propertyNames().equals(expected)) {
                problems.add(id + ": model has " + codec.propertyNames() + ", schema has " + expected);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(PncAction.values()).hasSize(OcppSchemas.pnc().ids().size() / 2);
    }

    @Test
    void everyEnumerationLiteralOfEveryOcpp16MessageDecodes() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String id : OcppSchemas.ocpp16().ids()) {
            JsonNode schema = OcppSchemas.ocpp16().schema(id);
            Action action = Action.byName(id.substring(0, id.indexOf('.')));
            OcppCodec receiver = action.initiator() == Initiator.CENTRAL_SYSTEM
                    ? OcppCodec.forChargePoint() : OcppCodec.forCentralSystem();
            Function<String, DecodeResult> decode = payload -> id.endsWith(".req")
                    ? receiver.decode(
                            "[2,\"e\",\"" + action.wireName() + "\"," + payload + "]", m -> action)
                    : OcppCodec.forChargePoint().decode("[3,\"e\"," + payload + "]", m -> action);
            JsonNode example = Examples.ocpp16(id).payload().deepCopy();
            checked += forEachEnum(schema, schema, example, example, id, decode, failures);
        }
        assertThat(failures).isEmpty();
        assertThat(checked).as("literals checked").isGreaterThan(250);
    }

    @Test
    void everyEnumerationLiteralOfEveryPlugAndChargeMessageDecodes() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String id : OcppSchemas.pnc().ids()) {
            JsonNode schema = OcppSchemas.pnc().schema(id);
            PncAction action = PncAction.byName(id.substring(0, id.indexOf('.')));
            Function<String, DecodeResult> decode = payload -> {
                PncResult<?> result = id.endsWith(".req")
                        ? PncDataTransfer.unwrap(
                                new DataTransferRequest(PncDataTransfer.VENDOR_ID, action.wireName(), payload))
                        : PncDataTransfer.unwrap(
                                new DataTransferConfirmation(DataTransferStatus.ACCEPTED, payload), action);
                return result instanceof PncResult.Valid ? new DecodeResult.Decoded(null)
                        : new DecodeResult.Malformed(0, null, ((PncResult.Invalid<?>) result).errorCode(),
                        ((PncResult.Invalid<?>) result).description());
            };
            JsonNode example = Examples.pnc().stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElseThrow().payload().deepCopy();
            checked += forEachEnum(schema, schema, example, example, id, decode, failures);
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(40);
    }

    /** Sets every enum property of {@code node} (inside {@code root}) to each literal in turn and decodes. */
    private static int forEachEnum(JsonNode rootSchema, JsonNode schema, JsonNode root, JsonNode node, String id,
                                   Function<String, DecodeResult> decode, List<String> failures) {
        int checked = 0;
        JsonNode properties = resolve(rootSchema, schema).get("properties");
        if (properties == null || !(node instanceof ObjectNode)) {
            return 0;
        }
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode property = resolve(rootSchema, properties.get(name));
            JsonNode value = node.get(name);
            if (value == null) {
                continue;
            }
            if (property.has("enum")) {
                for (JsonNode literal : property.get("enum")) {
                    ((ObjectNode) node).set(name, literal);
                    DecodeResult result = decode.apply(root.toString());
                    if (!(result instanceof DecodeResult.Decoded)) {
                        failures.add(id + " " + name + "=" + literal + ": " + result);
                    }
                    checked++;
                }
                ((ObjectNode) node).set(name, value);
            } else if (value.isObject()) {
                checked += forEachEnum(rootSchema, property, root, value, id, decode, failures);
            } else if (value.isArray() && value.size() > 0 && property.has("items")) {
                checked += forEachEnum(rootSchema, property.get("items"), root, value.get(0), id, decode, failures);
            }
        }
        return checked;
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : root.get("definitions").get(ref.asText().substring("#/definitions/".length()));
    }

    private static List<String> propertyNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
