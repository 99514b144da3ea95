package com.skillconnect.app.test;

import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Expected JSON written the short way in tests: single quotes allowed. */
public final class LenientJson {

    private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

    private LenientJson() {
    }

    public static JsonNode read(String lenientJson) {
        return LENIENT.readTree(lenientJson);
    }
}
