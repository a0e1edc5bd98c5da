package cn.gongkai.kiosk.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void readsStandardJson() {
        var o = StrictJson.parse("{\"a\": [1, 2.5, \"x\", true, null], \"b\": {\"c\": \"石鼻\"}}").getAsJsonObject();
        assertThat(o.getAsJsonArray("a")).hasSize(5);
        assertThat(o.getAsJsonArray("a").get(1).getAsBigDecimal()).isEqualByComparingTo("2.5");
        assertThat(o.getAsJsonObject("b").get("c").getAsString()).isEqualTo("石鼻");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{siteName: \"x\"}",
        "{'siteName': 'x'}",
        "{\"a\": 1 /* comment */}",
        "{\"a\": 1} trailing",
        "{\"a\": 1, \"a\": 2}",
        "{\"a\": {\"b\": 1, \"b\": 1}}",
        "[1, 2,]",
        "{\"a\": NaN}",
        "",
    })
    void refusesWhatALenientParserWouldGuessAt(String text) {
        assertThatThrownBy(() -> StrictJson.parse(text)).isInstanceOf(JsonParseException.class);
    }

    @Test
    void namesTheDuplicateKey() {
        assertThatThrownBy(() -> StrictJson.parse("{\"version\": 1, \"version\": 9}"))
                .hasMessageContaining("duplicate key 'version'");
    }
}
