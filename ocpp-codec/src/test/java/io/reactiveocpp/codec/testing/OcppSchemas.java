package io.reactiveocpp.codec.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The official OCPP JSON schemas (copied from shared/ocpp-schemas into the test resources) and a
 * draft-07 validator over them, for tests of every module: {@code OcppSchemas.ocpp16().validate(
 * "BootNotification.req", json)} lists the violations, empty when the JSON is valid.
 */
public final class OcppSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OcppSchemas OCPP16 = load("/schemas/ocpp1_6.json");
    private static final OcppSchemas PNC = load("/schemas/ocpp2_0_1-pnc.json");

    private final Map<String, JsonNode> raw;
    private final Map<String, Schema> schemas;

    private OcppSchemas(Map<String, JsonNode> raw, Map<String, Schema> schemas) {
        this.raw = raw;
        this.schemas = schemas;
    }

    /** The OCPP 1.6 schemas, by {@code <Action>.req} and {@code <Action>.conf}. */
    public static OcppSchemas ocpp16() {
        return OCPP16;
    }

    /** The OCPP 2.0.1 schemas of the Plug &amp; Charge messages, by {@code <Action>.req} and {@code <Action>.conf}. */
    public static OcppSchemas pnc() {
        return PNC;
    }

    /** Every schema id without the {@code urn:} prefix, e.g. {@code Authorize.req}. */
    public Set<String> ids() {
        return schemas.keySet();
    }

    /** The schema document itself. */
    public JsonNode schema(String id) {
        return raw.get(id);
    }

    /** The violations of {@code json} against schema {@code id}; empty when valid. */
    public List<String> validate(String id, String json) {
        Schema schema = schemas.get(id);
        if (schema == null) {
            throw new IllegalArgumentException("no schema " + id);
        }
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }

    private static OcppSchemas load(String resource) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        try (InputStream in = OcppSchemas.class.getResourceAsStream(resource)) {
            JsonNode all = MAPPER.readTree(in);
            Map<String, JsonNode> raw = new LinkedHashMap<>();
            Map<String, Schema> schemas = new LinkedHashMap<>();
            for (JsonNode node : all) {
                String id = node.get("$id").asText().substring("urn:".length());
                ObjectNode copy = node.deepCopy();
                copy.remove("$schema"); // the registry's draft-07 dialect applies; nothing is fetched
                copy.remove("$id");
                raw.put(id, node);
                schemas.put(id, registry.getSchema(MAPPER.writeValueAsString(copy), InputFormat.JSON));
            }
            return new OcppSchemas(raw, schemas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
