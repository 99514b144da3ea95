package com.skillconnect.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SafeJsonModuleTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new SafeJsonModule()).build();

    record Request(String name, double rate, Double share, float weight, BigDecimal amount) {
    }

    @Test
    void goodValuesPass() {
        Request read = json.readValue("{\"name\": \"Zoë 𝄞\", \"rate\": 1.5, \"share\": null, \"weight\": 2, \"amount\": 1e300}", Request.class);

        assertThat(read.name()).isEqualTo("Zoë 𝄞");
        assertThat(json.readTree("{\"a\": [\"𝄞\", 1e308, 12345678901234567890]}").get("a").size()).isEqualTo(3);
    }

    @Test
    void typedValuesAreCheckedWithTheirPath() {
        assertRefused("{\"name\": \"a\\u0000\"}", Request.class, "name", TextChecks.NULL_CHARACTERS);
        assertRefused("{\"name\": \"\\udc00\"}", Request.class, "name", "Surrogate characters are not allowed: U+DC00.");
        assertRefused("{\"rate\": 1e400}", Request.class, "rate", SafeJsonModule.INVALID_NUMBER);
        assertRefused("{\"share\": -1e400}", Request.class, "share", SafeJsonModule.INVALID_NUMBER);
        assertRefused("{\"weight\": 1e39}", Request.class, "weight", SafeJsonModule.INVALID_NUMBER);
        assertRefused("{\"amount\": 1e999999999}", Request.class, "amount", SafeJsonModule.INVALID_NUMBER);
    }

    @Test
    void treesAreCheckedWithTheirPath() {
        assertRefused("{\"skills\": [{\"name\": \"ok\"}, {\"name\": \"\\ud800\"}]}", JsonNode.class, "skills.1.name",
                "Surrogate characters are not allowed: U+D800.");
        assertRefused("{\"age\": 1e400}", JsonNode.class, "age", SafeJsonModule.INVALID_NUMBER);
        assertRefused("{\"a\\u0000\": 1}", JsonNode.class, "a\u0000", TextChecks.NULL_CHARACTERS);
        // modules parse JSON held in form fields with readTree: checked the same way
        assertThatThrownBy(() -> json.readTree("[{\"name\": \"\\u0000\"}]")).isInstanceOf(InvalidJsonValueException.class);
    }

    private void assertRefused(String body, Class<?> type, String path, String message) {
        assertThatThrownBy(() -> json.readValue(body, type)).isInstanceOfSatisfying(InvalidJsonValueException.class, e -> {
            assertThat(e.drfMessage()).isEqualTo(message);
            assertThat(String.join(".", e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex())).toList())).isEqualTo(path);
        });
    }
}
