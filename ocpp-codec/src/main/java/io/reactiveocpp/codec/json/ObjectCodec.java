package io.reactiveocpp.codec.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.validate.Violation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Reads and writes a record as a JSON object from a table of its properties: name, value codec, accessor,
 * required or not. The table is built once per type with method references and a constructor lambda;
 * nothing is looked up by reflection.
 *
 * <p>Reading collects the properties in declaration order, reports a missing required one as
 * OccurenceConstraintViolation, a property the schema does not know as FormationViolation (OCPP 1.6
 * schemas all say {@code additionalProperties: false}; a type built with {@link Builder#extensions} keeps
 * them instead), a repeated one as FormationViolation, and then calls the constructor, whose checks
 * report the value constraints. An explicit {@code null} on an optional property reads as absent (several
 * backends write nulls for empty optional fields); on a required one it is a missing property.
 *
 * <p>Writing emits the properties in declaration order and leaves out absent optional ones.
 *
 * @param <T> the record type
 */
public final class ObjectCodec<T> implements JsonCodec<T> {

    private final Property<T>[] properties;
    private final String[] names;
    private final Function<Object[], T> constructor;
    private final int extensionsSlot;
    private final long requiredMask; // bit i: property i is required
    private final Function<T, RawJson> extensionsGetter;

    private ObjectCodec(List<Property<T>> properties, Function<Object[], T> constructor,
                        Function<T, RawJson> extensionsGetter) {
        @SuppressWarnings("unchecked")
        Property<T>[] table = properties.toArray(new Property[0]);
        this.properties = table;
        this.names = properties.stream().map(p -> p.name).toArray(String[]::new);
        this.constructor = constructor;
        this.extensionsGetter = extensionsGetter;
        this.extensionsSlot = extensionsGetter == null ? -1 : properties.size();
        if (properties.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " properties, got " + properties.size());
        }
        long required = 0;
        for (int i = 0; i < table.length; i++) {
            required |= table[i].required ? 1L << i : 0;
        }
        this.requiredMask = required;
    }

    /**
     * Starts a table; {@code constructor} receives the values in declaration order ({@code null} for
     * absent ones) and builds the record.
     */
    public static <T> Builder<T> builder(Function<Object[], T> constructor) {
        return new Builder<>(constructor);
    }

    /** The property names in declaration order, as the schema names them. */
    public List<String> propertyNames() {
        return List.of(names);
    }

    @Override
    public T read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw Violation.type("object", Json.describe(parser));
        }
        Property<T>[] table = properties;
        int count = table.length;
        Object[] values = new Object[count + (extensionsSlot < 0 ? 0 : 1)];
        long seen = 0; // bit i: property i has appeared
        int expected = 0;
        while (true) {
            // Senders mostly write properties in schema order: the parser then only compares the next
            // name with the expected one in place, without a symbol-table lookup.
            int index;
            if (expected < count && parser.nextFieldName(table[expected].wireName)) {
                index = expected;
            } else {
                String name = expected < count
                        ? (parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null)
                        : parser.nextFieldName();
                if (name == null) {
                    break;
                }
                index = indexOf(name);
                if (index < 0) {
                    if (extensionsSlot < 0) {
                        throw new Violation(ErrorCode.FORMATION_VIOLATION, name, "property is not allowed here");
                    }
                    parser.nextToken();
                    values[extensionsSlot] = Extensions.add((String) values[extensionsSlot], name, parser);
                    expected = 0;
                    continue;
                }
            }
            expected = index + 1;
            Property<T> property = table[index];
            long bit = 1L << index;
            if ((seen & bit) != 0) {
                throw new Violation(ErrorCode.FORMATION_VIOLATION, property.name, "property appears more than once");
            }
            seen |= bit;
            if (parser.nextToken() == JsonToken.VALUE_NULL) {
                if (property.required) {
                    throw Violation.missing(property.name);
                }
                continue;
            }
            try {
                values[index] = CodecKind.read(property.kind, property.codec, parser);
            } catch (Violation v) {
                throw v.at(property.name);
            }
        }
        if ((seen & requiredMask) != requiredMask) {
            throw Violation.missing(names[Long.numberOfTrailingZeros(requiredMask & ~seen)]);
        }
        if (extensionsSlot >= 0 && values[extensionsSlot] != null) {
            values[extensionsSlot] = new RawJson(values[extensionsSlot] + "}");
        }
        return constructor.apply(values);
    }

    @Override
    public void write(JsonGenerator generator, T value) throws IOException {
        generator.writeStartObject(value);
        for (Property<T> property : properties) {
            if (property.intGetter != null) {
                generator.writeFieldName(property.wireName);
                generator.writeNumber(property.intGetter.applyAsInt(value));
                continue;
            }
            Object v = property.getter.apply(value);
            if (v != null) {
                generator.writeFieldName(property.wireName);
                CodecKind.write(property.kind, property.codec, generator, v);
            }
        }
        if (extensionsSlot >= 0) {
            Extensions.write(generator, (RawJson) extensionsGetter.apply(value));
        }
        generator.writeEndObject();
    }

    private int indexOf(String name) {
        String[] table = names;
        for (int i = 0; i < table.length; i++) {
            if (table[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < table.length; i++) {
            if (table[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static final class Property<T> {
        final String name;
        final SerializableString wireName;
        final JsonCodec<Object> codec;
        final int kind;
        final Function<T, ?> getter;
        final ToIntFunction<T> intGetter;
        final boolean required;

        @SuppressWarnings("unchecked")
        Property(String name, JsonCodec<?> codec, Function<T, ?> getter, ToIntFunction<T> intGetter,
                 boolean required) {
            this.name = name.intern();
            this.wireName = new SerializedString(name);
            this.codec = (JsonCodec<Object>) codec;
            this.kind = CodecKind.of(codec);
            this.getter = getter;
            this.intGetter = intGetter;
            this.required = required;
        }
    }

    /** Collects the properties of one record type, in the order of the record's components. */
    public static final class Builder<T> {
        private final Function<Object[], T> constructor;
        private final List<Property<T>> properties = new ArrayList<>();
        private Function<T, RawJson> extensions;

        private Builder(Function<Object[], T> constructor) {
            this.constructor = constructor;
        }

        /** A required property. */
        public <V> Builder<T> required(String name, JsonCodec<V> codec, Function<T, V> getter) {
            properties.add(new Property<>(name, codec, getter, null, true));
            return this;
        }

        /** A required 32-bit integer, written without boxing. */
        public Builder<T> requiredInt(String name, ToIntFunction<T> getter) {
            properties.add(new Property<T>(name, ValueCodecs.INTEGER, null, getter, true));
            return this;
        }

        /** An optional property: absent when the accessor returns {@code null}. */
        public <V> Builder<T> optional(String name, JsonCodec<V> codec, Function<T, V> getter) {
            properties.add(new Property<>(name, codec, getter, null, false));
            return this;
        }

        /**
         * Keeps properties the table does not name, as a JSON object passed to the constructor after the
         * declared ones; for schemas that allow additional properties (OCPP 2.0.1 {@code customData}).
         */
        public Builder<T> extensions(Function<T, RawJson> getter) {
            this.extensions = getter;
            return this;
        }

        public ObjectCodec<T> build() {
            return new ObjectCodec<>(properties, constructor, extensions);
        }
    }

    /** Additional properties collected as the text of a JSON object, built up while reading. */
    private static final class Extensions {
        static String add(String sofar, String name, JsonParser parser) throws IOException {
            StringBuilder text = new StringBuilder(sofar == null ? "{" : sofar + ",");
            text.append(Json.write((generator, n) -> generator.writeString(n), name)).append(':');
            text.append(Json.write((generator, p) -> generator.copyCurrentStructure(p), parser));
            return text.toString();
        }

        static void write(JsonGenerator generator, RawJson extensions) throws IOException {
            if (extensions == null || extensions.json().equals("{}")) {
                return;
            }
            try (JsonParser parser = Json.FACTORY.createParser(extensions.json())) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    generator.writeFieldName(parser.currentName());
                    parser.nextToken();
                    generator.copyCurrentStructure(parser);
                }
            }
        }
    }
}
