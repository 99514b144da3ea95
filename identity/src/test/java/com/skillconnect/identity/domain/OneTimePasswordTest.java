package com.skillconnect.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.identity.domain.OneTimePassword.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OneTimePasswordTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private final FakeSecretHasher hasher = new FakeSecretHasher();

    @Test
    void anIssuedCodeIsSixDigitsAndOnlyItsHashIsKept() {
        OneTimePassword.Issued issued = OneTimePassword.issue(T0, hasher);

        assertThat(issued.code()).matches("[0-9]{6}");
        assertThat(issued.otp().hash()).isEqualTo(hasher.hash(issued.code())).isNotEqualTo(issued.code());
        assertThat(issued.otp().failedAttempts()).isZero();
    }

    @Test
    void aCodeIsValidForFiveMinutes() {
        assertThat(OneTimePassword.VALIDITY).isEqualTo(Duration.ofMinutes(5));
        assertThat(OneTimePassword.issue(T0, hasher).otp().expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void codesAreRandom() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = OneTimePassword.issue(T0, hasher).code();
            assertThat(code).matches("[0-9]{6}");
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(150);
    }

    @Test
    void codesAreAsciiDigitsWhateverTheDefaultLocale() {
        Locale original = Locale.getDefault();
        Locale originalDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale originalFormat = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (String tag : new String[] {"ar-SA", "fa-IR", "bn-BD", "th-TH-u-nu-thai"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                OneTimePassword.Issued issued = OneTimePassword.issue(T0, hasher);
                assertThat(issued.code()).as(tag).matches("[0-9]{6}");
                assertThat(issued.otp().check(issued.code(), T0, hasher)).as(tag).isEqualTo(Check.VALID);
            }
        } finally {
            Locale.setDefault(original);
            Locale.setDefault(Locale.Category.DISPLAY, originalDisplay);
            Locale.setDefault(Locale.Category.FORMAT, originalFormat);
        }
    }

    @Test
    void theRightCodeIsValidUntilJustBeforeExpiry() {
        OneTimePassword.Issued issued = OneTimePassword.issue(T0, hasher);

        assertThat(issued.otp().check(issued.code(), T0, hasher)).isEqualTo(Check.VALID);
        assertThat(issued.otp().check(issued.code(), T0.plusSeconds(299), hasher)).isEqualTo(Check.VALID);
        assertThat(issued.otp().check(issued.code(), T0.plus(Duration.ofMinutes(5)).minusNanos(1), hasher))
                .isEqualTo(Check.VALID);
    }

    @Test
    void expiresAtExactlyFiveMinutes() {
        OneTimePassword.Issued issued = OneTimePassword.issue(T0, hasher);

        assertThat(issued.otp().check(issued.code(), T0.plus(Duration.ofMinutes(5)), hasher)).isEqualTo(Check.EXPIRED);
        assertThat(issued.otp().check(issued.code(), T0.plus(Duration.ofHours(1)), hasher)).isEqualTo(Check.EXPIRED);
        assertThat(issued.otp().check(wrong(issued.code()), T0.plus(Duration.ofMinutes(6)), hasher))
                .isEqualTo(Check.EXPIRED);
    }

    @Test
    void aWrongCodeIsInvalidAndCheckingDoesNotCountByItself() {
        OneTimePassword.Issued issued = OneTimePassword.issue(T0, hasher);

        assertThat(issued.otp().check(wrong(issued.code()), T0, hasher)).isEqualTo(Check.INVALID);
        assertThat(issued.otp().failedAttempts()).as("a record: the caller records the failure").isZero();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "1234567", "12a456", " 123456", "123456 ", "12 456", "١٢٣٤٥٦", "+12345", "-12345"})
    void inputThatIsNotSixAsciiDigitsIsInvalid(String candidate) {
        OneTimePassword otp = new OneTimePassword(new FakeSecretHasher().hash("123456"), T0.plusSeconds(300), 0);
        assertThat(otp.check(candidate, T0, hasher)).isEqualTo(Check.INVALID);
        assertThat(OneTimePassword.looksLikeACode(candidate)).isFalse();
    }

    @Test
    void nonDigitInputIsInvalidEvenWhenItsHashWouldMatch() {
        OneTimePassword otp = new OneTimePassword(hasher.hash("abcdef"), T0.plusSeconds(300), 0);
        assertThat(otp.check("abcdef", T0, hasher)).isEqualTo(Check.INVALID);
    }

    @Test
    void leadingZerosAreAValidCode() {
        assertThat(OneTimePassword.looksLikeACode("000000")).isTrue();
        OneTimePassword otp = new OneTimePassword(hasher.hash("000042"), T0.plusSeconds(300), 0);
        assertThat(otp.check("000042", T0, hasher)).isEqualTo(Check.VALID);
        assertThat(otp.check("42", T0, hasher)).isEqualTo(Check.INVALID);
    }

    @Test
    void fourFailuresStillAllowTheRightCode() {
        OneTimePassword.Issued issued = OneTimePassword.issue(T0, hasher);
        OneTimePassword otp = issued.otp();
        for (int i = 0; i < OneTimePassword.MAX_FAILED_ATTEMPTS - 1; i++) {
            otp = otp.withFailedAttempt();
        }
        assertThat(otp.failedAttempts()).isEqualTo(4);
        assertThat(otp.check(issued.code(), T0, hasher)).isEqualTo(Check.VALID);
    }

    @Test
    void afterFiveFailuresEvenTheRightCodeIsExhausted() {
        OneTimePassword.Issued issued = OneTimePassword.issue(T0, hasher);
        OneTimePassword otp = issued.otp();
        for (int i = 0; i < 5; i++) {
            otp = otp.withFailedAttempt();
        }

        assertThat(otp.failedAttempts()).isEqualTo(5);
        assertThat(otp.check(issued.code(), T0, hasher)).isEqualTo(Check.EXHAUSTED);
        assertThat(otp.check(wrong(issued.code()), T0, hasher)).isEqualTo(Check.EXHAUSTED);
        assertThat(otp.check(issued.code(), T0.plus(Duration.ofMinutes(10)), hasher))
                .as("exhausted wins over expired").isEqualTo(Check.EXHAUSTED);
    }

    @Test
    void withFailedAttemptKeepsHashAndExpiry() {
        OneTimePassword otp = new OneTimePassword("h", T0, 2);
        assertThat(otp.withFailedAttempt()).isEqualTo(new OneTimePassword("h", T0, 3));
    }

    static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
