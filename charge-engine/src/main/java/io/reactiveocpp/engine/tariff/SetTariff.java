package io.reactiveocpp.engine.tariff;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.reactiveocpp.codec.json.Json;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;
import io.reactiveocpp.codec.validate.Violation;

import java.io.IOException;

/**
 * The data of a {@code SetTariff} DataTransfer: {@code {"connectorId":1,"tariff":"0.39 EUR/kWh","idTag":"TAG-1"}}.
 * Cannot be built invalid; {@link #parse} turns any text into a value or a reason that names the field.
 *
 * @param connectorId the connector the tariff applies to, 0 for every connector; required
 * @param tariff      the text for the driver, at most {@value #MAX_TARIFF_LENGTH} characters; required
 * @param idTag       the driver the tariff was computed for (an OCPP idTag, at most 20 characters), or
 *                    {@code null}; informative
 */
public record SetTariff(int connectorId, String tariff, String idTag) {

    /** The longest tariff text. */
    public static final int MAX_TARIFF_LENGTH = 100;

    /** Reads and writes the data object; properties it does not name are refused. */
    public static final ObjectCodec<SetTariff> CODEC = ObjectCodec.<SetTariff>builder(
                    v -> new SetTariff((Integer) v[0], (String) v[1], (String) v[2]))
            .requiredInt("connectorId", SetTariff::connectorId)
            .required("tariff", ValueCodecs.STRING, SetTariff::tariff)
            .optional("idTag", ValueCodecs.STRING, SetTariff::idTag)
            .build();

    public SetTariff {
        if (connectorId < 0) {
            throw Violation.value("connectorId", "must be 0 (every connector) or a connector id, got " + connectorId);
        }
        tariff = Check.requiredMaxLength("tariff", tariff, MAX_TARIFF_LENGTH);
        idTag = Check.maxLength("idTag", idTag, 20);
    }

    /** What {@link #parse} makes of a DataTransfer's data: the request, or why it is refused. */
    public sealed interface Parsed {
        /** Well-formed data. */
        record Valid(SetTariff request) implements Parsed {
        }

        /** Refused data; {@code reason} starts with the offending field ({@code tariff: longer than ...}). */
        record Invalid(String reason) implements Parsed {
        }
    }

    /** Reads the data of a SetTariff DataTransfer; never throws. */
    public static Parsed parse(String data) {
        if (data == null) {
            return new Parsed.Invalid("data: required, a JSON object");
        }
        try (JsonParser parser = Json.FACTORY.createParser(data)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Parsed.Invalid("data: expected a JSON object, got " + Json.describe(parser));
            }
            SetTariff request = CODEC.read(parser);
            if (parser.nextToken() != null) {
                return new Parsed.Invalid("data: content after the JSON object");
            }
            return new Parsed.Valid(request);
        } catch (Violation v) {
            return new Parsed.Invalid(v.getMessage());
        } catch (JsonParseException e) {
            return new Parsed.Invalid("data: not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Parsed.Invalid("data: not JSON: " + e.getMessage());
        }
    }
}
