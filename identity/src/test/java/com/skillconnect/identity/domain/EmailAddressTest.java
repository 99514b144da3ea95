package com.skillconnect.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void parsingTrimsAndLowerCases() {
        EmailAddress email = EmailAddress.parse("  John.Doe@Example.COM \t");

        assertThat(email.value()).isEqualTo("john.doe@example.com");
        assertThat(email.domain()).isEqualTo("example.com");
        assertThat(email).hasToString("john.doe@example.com");
        assertThat(email).isEqualTo(new EmailAddress("john.doe@example.com"));
    }

    @Test
    void normaliseLeavesNullAlone() {
        assertThat(EmailAddress.normalise(null)).isNull();
        assertThat(EmailAddress.normalise(" A@B.CO ")).isEqualTo("a@b.co");
    }

    @Test
    void theConstructorTakesOnlyNormalisedAddresses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("John@example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(" john@example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a+tag@sub.example.co.uk", "o'brien@example.ie", "first_last-1@x-y.example.museum",
            "user@123.example.com", "u@ex.io"})
    void acceptsUsualShapes(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
        assertThat(EmailAddress.parse(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plainaddress", "@example.com", "john@", "john@example", "john..doe@example.com",
            ".john@example.com", "john.@example.com", "john@-example.com", "john@example-.com", "john@example.c",
            "john doe@example.com", "john@exa mple.com", "john@@example.com", "john@example..com",
            "john@.example.com", "john@example.com.", "john@example.123", "jöhn@example.com", "john@exämple.com"})
    void refusesOtherShapes(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.parse(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "john@", "john doe@example.com", "jöhn@example.com"})
    void readingWhatAUserTypedAnswersACodeForAMalformedAddress(String address) {
        assertThat(EmailAddress.read(address).code()).isEqualTo(IdentityCode.EMAIL_INVALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void readingNothingAnswersRequired(String missing) {
        assertThat(EmailAddress.read(missing).code()).isEqualTo(IdentityCode.REQUIRED);
    }

    @Test
    void readingAWellFormedAddressNormalisesIt() {
        assertThat(EmailAddress.read("  John.Doe@Example.COM ").value()).isEqualTo(new EmailAddress("john.doe@example.com"));
    }

    @Test
    void atMost254Characters() {
        String domain = ("d".repeat(60) + ".").repeat(4) + "com";
        String longest = "a".repeat(254 - 1 - domain.length()) + "@" + domain;
        assertThat(longest).hasSize(254);

        assertThat(EmailAddress.isValid(longest)).isTrue();
        assertThat(EmailAddress.isValid("a" + longest)).isFalse();
    }

    @Test
    void aDomainLabelHasAtMost63Characters() {
        assertThat(EmailAddress.isValid("a@" + "d".repeat(63) + ".com")).isTrue();
        assertThat(EmailAddress.isValid("a@" + "d".repeat(64) + ".com")).isFalse();
    }

    @Test
    void theDomainIsWhatFollowsTheAt() {
        assertThat(EmailAddress.parse("x@mail.sub.example.org").domain()).isEqualTo("mail.sub.example.org");
    }
}
