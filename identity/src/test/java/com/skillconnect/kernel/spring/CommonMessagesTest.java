package com.skillconnect.kernel.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Violation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every common code has its English words, and they take the code's arguments. */
class CommonMessagesTest {

    @Test
    void everyCommonCodeIsWorded() {
        List<String> codes = Arrays.stream(CommonCode.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(CommonMessagesTest::value).toList();

        assertThat(codes).hasSizeGreaterThan(20);
        assertThat(CommonMessages.codes()).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void messagesTakeTheirArguments() {
        assertThat(CommonMessages.of(Violation.of("title", CommonCode.TOO_LONG, 100)))
                .contains("Ensure this field has no more than 100 characters.");
        assertThat(CommonMessages.of(Violation.of("image", CommonCode.FILE_TOO_LARGE, 5L * 1024 * 1024)))
                .contains("The file is too large: at most 5 MB are allowed.");
        assertThat(CommonMessages.of(Violation.of("title", "gig.unknown"))).isEmpty();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
