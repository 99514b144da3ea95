package com.skillconnect.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProficiencyTest {

    @ParameterizedTest
    @CsvSource({"beginner,Beginner", "INTERMEDIATE,Intermediate", "Advanced,Fluent", "fluent,Fluent",
            "Fluent,Fluent", "native,Native", "' Native ',Native", "advanced/fluent,Fluent"})
    void matchesCaseInsensitivelyAndAnswersOneCanonicalForm(String sent, String answered) {
        assertThat(Proficiency.parse(sent)).get().extracting(Proficiency::label).isEqualTo(answered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"expert", "", "natives"})
    void anythingElseIsNotAProficiency(String sent) {
        assertThat(Proficiency.parse(sent)).isEmpty();
    }
}
