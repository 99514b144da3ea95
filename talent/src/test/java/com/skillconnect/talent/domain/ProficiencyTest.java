package com.skillconnect.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProficiencyTest {

    @ParameterizedTest
    @CsvSource({"beginner,beginner", "INTERMEDIATE,intermediate", "Advanced,advanced", "advanced,advanced",
            "fluent,fluent", "Fluent,fluent", "native,native", "' Native ',native", "advanced/fluent,fluent"})
    void matchesCaseInsensitivelyAndAnswersInLowerCaseAsSent(String sent, String answered) {
        assertThat(Proficiency.parse(sent)).get().extracting(Proficiency::label).isEqualTo(answered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"expert", "", "natives"})
    void anythingElseIsNotAProficiency(String sent) {
        assertThat(Proficiency.parse(sent)).isEmpty();
    }
}
