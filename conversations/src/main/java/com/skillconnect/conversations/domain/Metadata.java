package com.skillconnect.conversations.domain;

import com.skillconnect.kernel.Parsed;
import java.nio.charset.StandardCharsets;
import org.jmolecules.ddd.annotation.ValueObject;

/** A conversation's free metadata: a JSON object's text (the web adapter checks it is one), at most 4 KB. */
@ValueObject
public record Metadata(String json) {

    public static final int MAX_BYTES = 4096;

    public static Parsed<Metadata> parse(String json) {
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Parsed.refused(ConversationCodes.METADATA_TOO_LARGE, MAX_BYTES);
        }
        return Parsed.of(new Metadata(json));
    }
}
