package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.EnumCodec;
import io.reactiveocpp.codec.json.SpecEnum;

/**
 * Message_ Content. Format. Message_ Format_ Code urn:x-enexis:ecdm:uid:1:570848 Format of the message.
 */
public enum PncMessageFormatEnum implements SpecEnum {
    ASCII("ASCII"),
    HTML("HTML"),
    URI("URI"),
    UTF8("UTF8");

    /** Reads and writes the literal. */
    public static final EnumCodec<PncMessageFormatEnum> CODEC = EnumCodec.of(values());

    private final String literal;

    PncMessageFormatEnum(String literal) {
        this.literal = literal;
    }

    @Override
    public String literal() {
        return literal;
    }

    /** The constant with that literal, or {@code null}. */
    public static PncMessageFormatEnum fromLiteral(String literal) {
        return CODEC.fromLiteral(literal);
    }
}
