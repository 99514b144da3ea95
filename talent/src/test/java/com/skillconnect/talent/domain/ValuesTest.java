package com.skillconnect.talent.domain;

import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.WebUrl;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.Text;
import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each value object owns its rule and says what is wrong as a code. */
class ValuesTest {

    @Nested
    class PersonNames {

        @ParameterizedTest
        @ValueSource(strings = {"Jo", "Anne-Marie", "O'Brien", "Mary Jane", "José", "Łukasz", "D’Angelo", "Zoë", "Ананд",
                "José María", "अनिल"})
        void lettersWithSingleInnerSpacesHyphensOrApostrophes(String name) {
            assertThat(PersonName.parse(name, 50).value()).isEqualTo(new PersonName(name));
        }

        @ParameterizedTest
        @ValueSource(strings = {"John3", "Mary  Jane", "-John", "John-", "Jo--hn", "O''Brien", "John_Doe", "J.", "Ann ' Lee",
                "Jane!", "O' Brien"})
        void anythingElseIsInvalid(String name) {
            assertThat(Codes.of(PersonName.parse(name, 50))).isEqualTo(Code.NAME_INVALID);
            assertThatIllegalArgumentException().isThrownBy(() -> new PersonName(name));
        }

        @Test
        void atLeastTwoCharactersAndAtMostTheProfilesLimit() {
            assertThat(Codes.of(PersonName.parse("J", 50))).isEqualTo(Code.NAME_TOO_SHORT);
            assertThat(PersonName.parse("a".repeat(50), 50).ok()).isTrue();
            assertThat(Codes.of(PersonName.parse("a".repeat(51), 50))).isEqualTo("too_long:50");
            assertThat(Codes.of(PersonName.parse("a".repeat(65), 64))).isEqualTo("too_long:64");
        }
    }

    @Test
    void aboutTextsHaveTenToTwoThousandCharacters() {
        assertThat(AboutText.parse("0123456789").ok()).isTrue();
        assertThat(AboutText.parse("x".repeat(2000)).ok()).isTrue();
        assertThat(Codes.of(AboutText.parse("too short"))).isEqualTo("too_short:10");
        assertThat(Codes.of(AboutText.parse("x".repeat(2001)))).isEqualTo("too_long:2000");
    }

    @Nested
    class Ages {

        @ParameterizedTest
        @ValueSource(strings = {"16", "100", "28", "30.0", "+40"})
        void sixteenToAHundred(String age) {
            assertThat(Age.parse(age).value().years()).isBetween(16, 100);
        }

        @Test
        void outOfRange() {
            assertThat(Codes.of(Age.parse("15"))).isEqualTo("too_small:16");
            assertThat(Codes.of(Age.parse("101"))).isEqualTo("too_big:100");
            assertThatIllegalArgumentException().isThrownBy(() -> new Age(15));
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "28.5", "1e2", "99999999999999"})
        void notAWholeNumber(String age) {
            assertThat(Codes.of(Age.parse(age))).isEqualTo(CommonCode.NOT_AN_INTEGER);
        }
    }

    @Test
    void countriesAreKnownAndKeptInTheirKnownSpelling() {
        assertThat(CountryName.parse("india").value().value()).isEqualTo("India");
        assertThat(CountryName.parse("UNITED STATES").value().value()).isEqualTo("United States");
        assertThat(Codes.of(CountryName.parse("Atlantis"))).isEqualTo("country.unknown:Atlantis");
        assertThatIllegalArgumentException().isThrownBy(() -> new CountryName("Narnia"));
    }

    @Nested
    class WebUrls {

        @ParameterizedTest
        @ValueSource(strings = {"https://techstart.com", "http://techstart.com", "https://www.techstart.co.in/about?x=1",
                "HTTPS://TECHSTART.COM", "http://localhost:8080", "HTTPS://Instagram.com/x"})
        void httpAndHttpsUrlsWithAHostName(String url) {
            assertThat(WebUrl.parse(url).value()).isEqualTo(new WebUrl(url));
        }

        @ParameterizedTest
        @ValueSource(strings = {"techstart.com", "ftp://techstart.com", "javascript:alert(1)", "https://", "https://techstart",
                "http://tech start.com", "https://.com", "mailto:a@b.com", "https://no host", "http://localhost-only"})
        void anythingElseIsInvalid(String url) {
            assertThat(Codes.of(WebUrl.parse(url))).isEqualTo(CommonCode.URL_INVALID);
        }

        @Test
        void atMostFiveHundredCharacters() {
            assertThat(Codes.of(WebUrl.parse("https://x.org/" + "p".repeat(500)))).isEqualTo("too_long:500");
        }
    }

    @Test
    void yearsFrom1900To2100WithTheEndNotBeforeTheStart() {
        assertThat(YearRange.year("1900").value()).isEqualTo(1900);
        assertThat(Codes.of(YearRange.year("1899"))).isEqualTo("too_small:1900");
        assertThat(Codes.of(YearRange.year("2101"))).isEqualTo("too_big:2100");
        assertThat(YearRange.of(2015, null).value()).isEqualTo(new YearRange(2015, null));
        assertThat(YearRange.of(2015, 2015).ok()).isTrue();
        assertThat(Codes.of(YearRange.of(2015, 2014))).isEqualTo(Code.END_YEAR_BEFORE_START);
    }

    @Test
    void periodsEndAfterTheyStartAndOngoingOnesDoNotEnd() {
        LocalDate start = LocalDate.of(2020, 1, 15);
        assertThat(Period.of(start, start, false).ok()).isTrue();
        assertThat(Codes.of(Period.of(start, start.minusDays(1), false))).isEqualTo(Code.END_DATE_BEFORE_START);
        assertThat(Codes.of(Period.of(start, start.plusYears(1), true))).isEqualTo(Code.ONGOING_WITH_END_DATE);
        assertThat(Period.of(start, null, true).value().ongoing()).isTrue();
    }

    @Test
    void datesAreIsoDates() {
        assertThat(Text.date("2020-02-29").value()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(Codes.of(Text.date("15/01/2020"))).isEqualTo(CommonCode.NOT_A_DATE);
        assertThat(Codes.of(Text.date("2021-02-29"))).isEqualTo(CommonCode.NOT_A_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "1", "yes", "on", "false", "False", "0", "no", "off"})
    void yesOrNoInTheSpellingsFormsUse(String value) {
        assertThat(Text.bool(value).ok()).isTrue();
        assertThat(Codes.of(Text.bool("maybe"))).isEqualTo(CommonCode.NOT_A_BOOLEAN);
    }

    @Test
    void presentTextIsStrippedAndMissingOrBlankSaySo() {
        Violations violations = new Violations();
        assertThat(Text.present(violations.at("a"), "  x ", true, true)).isEqualTo("x");
        assertThat(Text.present(violations.at("b"), null, true, true)).isNull();
        assertThat(Text.present(violations.at("c"), " ", false, true)).isNull();
        assertThat(Text.present(violations.at("d"), " ", false, false)).as("optional: blank is not sent").isNull();
        assertThat(Text.present(violations.at("e"), null, false, true)).isNull();
        assertThat(Codes.of(violations.list())).isEqualTo(java.util.Map.of("b", List.of(CommonCode.REQUIRED), "c", List.of(CommonCode.BLANK)));
    }

    @Test
    void skillNamesAtMostFiftyCharactersWithSpacesCollapsed() {
        assertThat(SkillName.parse("  Machine   Learning ").value().value()).isEqualTo("Machine Learning");
        assertThat(Codes.of(SkillName.parse("x".repeat(51)))).isEqualTo("too_long:50");
        assertThat(new SkillName("Python").key()).isEqualTo(new SkillName("PYTHON").key());
    }

    @Test
    void moneyIsNotNegativeWithTwoDecimalPlacesAndTwelveDigits() {
        assertThat(Money.parse("75000.50").value().amount()).isEqualByComparingTo("75000.5");
        assertThat(Money.parse("1E+3").value().amount()).isEqualTo(new BigDecimal("1000"));
        assertThat(Money.parse("9999999999.99").ok()).isTrue();
        assertThat(Codes.of(Money.parse("lots"))).isEqualTo(CommonCode.NOT_A_NUMBER);
        assertThat(Codes.of(Money.parse("-0.01"))).isEqualTo("too_small:0");
        assertThat(Codes.of(Money.parse("1.005"))).isEqualTo("too_many_decimals:2");
        assertThat(Codes.of(Money.parse("10000000000"))).isEqualTo("too_many_digits:12");
    }

    @Nested
    class Uploads {

        private final UploadPolicy policy = new UploadPolicy(1024);

        @Test
        void picturesArePngJpegOrWebpByContentWhateverTheirName() {
            for (byte[] picture : List.of(Forms.PNG, Forms.JPEG, Forms.WEBP)) {
                assertThat(policy.picture(Forms.file(picture)).ok()).isTrue();
            }
            assertThat(Codes.of(policy.picture(new UploadedFile("looks-like.png", Forms.TEXT)))).isEqualTo(CommonCode.NOT_A_PICTURE);
            assertThat(Codes.of(policy.picture(Forms.file(Forms.PDF)))).isEqualTo(CommonCode.NOT_A_PICTURE);
        }

        @Test
        void certificatesArePdfPngOrJpeg() {
            for (byte[] certificate : List.of(Forms.PDF, Forms.PNG, Forms.JPEG)) {
                assertThat(policy.certificate(Forms.file(certificate)).ok()).isTrue();
            }
            assertThat(Codes.of(policy.certificate(Forms.file(Forms.WEBP)))).isEqualTo(Code.NOT_A_CERTIFICATE);
        }

        @Test
        void notEmptyAndAtMostTheLimit() {
            assertThat(policy.picture(Forms.file(Arrays.copyOf(Forms.PNG, 1024))).ok()).isTrue();
            assertThat(Codes.of(policy.picture(Forms.file(Arrays.copyOf(Forms.PNG, 1025))))).isEqualTo("file.too_large:1024");
            assertThat(Codes.of(policy.certificate(Forms.file(new byte[0])))).isEqualTo(CommonCode.FILE_EMPTY);
            assertThatIllegalArgumentException().isThrownBy(() -> new UploadPolicy(0));
        }
    }
}
