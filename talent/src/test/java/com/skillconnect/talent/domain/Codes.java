package com.skillconnect.talent.domain;

import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Parsed;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skillconnect.kernel.Violation.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Violations as tests read them: path segments joined with dots (an item position as its index, e.g.
 * {@code educations.1.endYear}) mapped to codes, each followed by its arguments ({@code too_long:50}).
 */
final class Codes {

    private Codes() {
    }

    static Map<String, List<String>> of(List<Violation> violations) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (Violation violation : violations) {
            String path = violation.path().stream()
                    .map(segment -> segment instanceof Item position ? String.valueOf(position.index()) : segment.toString())
                    .collect(Collectors.joining("."));
            codes.computeIfAbsent(path, p -> new ArrayList<>()).add(code(violation.code(), violation.args().toArray()));
        }
        return codes;
    }

    /** The codes of the violation the call throws (which it must). */
    static Map<String, List<String>> thrownBy(ThrowingCallable call) {
        RuleViolationException violation = catchThrowableOfType(RuleViolationException.class, call);
        assertThat(violation).as("refused").isNotNull();
        return of(violation.violations());
    }

    /** The code of a refused parse. */
    static String of(Parsed<?> parsed) {
        assertThat(parsed.ok()).as("refused").isFalse();
        return code(parsed.code(), parsed.args().toArray());
    }

    static String code(String code, Object... args) {
        return args.length == 0 ? code
                : code + ":" + java.util.Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(","));
    }

    static Map<String, List<String>> field(String path, String code) {
        return Map.of(path, List.of(code));
    }
}
