package io.reactiveocpp.app.ocpplog;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OCPP log's plain JSON values: read and written back as jackson-databind's tree did it. */
class JsonValuesTest {

    private static final ObjectMapper DATABIND = new ObjectMapper();

    @Test
    void writesBackWhatItReadAsDatabindsTreeWroteIt() throws Exception {
        for (String text : List.of(
                "[2,\"a\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":{\"n\":[1,-2,1.50,1e3,2.5E-7,0.0,-0]}}]",
                "[3,\"b\",{\"big\":12345678901,\"bigger\":123456789012345678901234567890,\"x\":1.0E20}]",
                "[2,\"c\",\"X\",{\"t\":true,\"f\":false,\"n\":null,\"e\":{},\"a\":[],\"s\":\"\"}]",
                "[2,\"d\",\"X\",{\"u\":\"\\u00e9t\\u00e9 \\u2603 \\ud83d\\ude00\",\"esc\":\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\"}]",
                "[2,\"e\",\"X\",{\"k\":1,\"other\":2,\"k\":3}]",
                "  [2 , \"f\" ,\"X\", { \"spaced\" : [ 1 , 2 ] } ]  ",
                "\"just a string\"", "42", "null")) {
            assertThat(JsonValues.write(JsonValues.read(text))).as(text)
                    .isEqualTo(DATABIND.readTree(text).toString());
        }
    }

    @Test
    void readsNumbersAsTheSmallestTypeThatHoldsThemAndOtherNumbersAsDoubles() {
        Object read = JsonValues.read("[1,12345678901,123456789012345678901234567890,1.5,2e2]");
        assertThat(read).asList().extracting(value -> value.getClass().getSimpleName())
                .containsExactly("Integer", "Long", "BigInteger", "Double", "Double");
        assertThat(JsonValues.read("{\"a\":1,\"a\":2,\"b\":3}")).isEqualTo(Map.of("a", 2, "b", 3));
    }

    @Test
    void textThatIsNotJsonOrEmptyHasNoValue() {
        assertThat(JsonValues.read("")).isSameAs(JsonValues.NONE);
        assertThat(JsonValues.read("   ")).isSameAs(JsonValues.NONE);
        assertThat(JsonValues.read("[2,\"a\",")).isSameAs(JsonValues.NONE);
        assertThat(JsonValues.read("{\"a\" 1}")).isSameAs(JsonValues.NONE);
        assertThat(JsonValues.read("nope")).isSameAs(JsonValues.NONE);
        assertThat(JsonValues.read("null")).isNull();
    }
}
