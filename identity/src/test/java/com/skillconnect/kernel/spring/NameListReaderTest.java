package com.skillconnect.kernel.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A list of names as the frontend sends it: an array (of names or {name} objects), JSON text, or comma-separated text. */
class NameListReaderTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private NameListReader.Names read(String body) {
        JsonNode field = json.readTree(body).get("skills_input");
        return NameListReader.read(json, field);
    }

    @Test
    void anArrayOfNamesOrObjectsGivesTheirNames() {
        assertThat(read("{\"skills_input\": [\"React\", {\"id\": 3, \"name\": \"Django\"}]}").names())
                .containsExactly("React", "Django");
        assertThat(read("{\"skills_input\": [{\"id\": 3}, null, [1]]}").names()).containsExactly(null, null, null);
    }

    @Test
    void multipartTextIsReadAsTheJsonItHoldsOrSplitAtCommas() {
        assertThat(NameListReader.read(json, "[{\"name\":\"React\"},\"Vue\"]").names()).containsExactly("React", "Vue");
        assertThat(NameListReader.read(json, "Python, Django").names()).containsExactly("Python", " Django");
        assertThat(NameListReader.read(json, "  ")).isNull();
    }

    @Test
    void absentOrNullIsNothingAndOtherValuesAreUnreadable() {
        assertThat(read("{}")).isNull();
        assertThat(read("{\"skills_input\": null}")).isNull();
        NameListReader.Names number = read("{\"skills_input\": 42}");
        assertThat(number.readable()).isFalse();
        assertThat(number.wrongType()).isEqualTo("int");
        assertThat(read("{\"skills_input\": {\"name\": \"React\"}}").wrongType()).isEqualTo("dict");
    }
}
