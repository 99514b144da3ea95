package com.skillconnect.talent.domain;

import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.kernel.CommonCode;
import static com.skillconnect.talent.domain.ClientFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client profile's rules, as codes by field key (the web adapter's test covers the wording). */
class ClientRulesTest {

    /** The codes of a refused draft, by field key. */
    static Map<String, List<String>> violations(ClientDraft draft, UploadedFile picture) {
        return Codes.thrownBy(() -> ClientRules.check(draft, picture, TEN_MB));
    }

    static Map<String, List<String>> violations(ClientDraft draft) {
        return violations(draft, null);
    }

    @Test
    void theDocumentExampleIsAcceptedAsItIs() {
        ClientDetails details = details(documentExample());

        assertThat(details.accountType()).isEqualTo(AccountType.BUSINESS);
        assertThat(details.firstName()).isEqualTo("Jane");
        assertThat(details.lastName()).isEqualTo("Smith");
        assertThat(details.companyName()).isEqualTo("TechStart Inc");
        assertThat(details.country()).isEqualTo("India");
        assertThat(details.location()).isEqualTo("Bangalore");
        assertThat(details.website()).isEqualTo("https://techstart.com");
        assertThat(details.projectTypes()).containsExactly("Web Development", "Mobile Apps");
        assertThat(details.monthlyBudget()).isEqualByComparingTo("50000");
        assertThat(details.projectBudget()).isEqualByComparingTo("200000");
        assertThat(details.paymentTiming()).isEqualTo("Milestone-based");
        assertThat(details.displayName()).isEqualTo("Jane Smith");
    }

    @Test
    void anIndividualNeedsOnlyAccountTypeNamesAndLocation() {
        ClientDetails details = details(minimalIndividual());

        assertThat(details.accountType()).isEqualTo(AccountType.INDIVIDUAL);
        assertThat(details.companyName()).isEmpty();
        assertThat(details.country()).isEmpty();
        assertThat(details.website()).isNull();
        assertThat(details.monthlyBudget()).isNull();
        assertThat(details.projectBudget()).isNull();
    }

    @Test
    void missingRequiredFieldsAreAllReportedAtOnce() {
        assertThat(violations(ClientDraft.empty())).containsOnly(
                Map.entry("accountType", List.of(CommonCode.REQUIRED)),
                Map.entry("firstName", List.of(CommonCode.REQUIRED)),
                Map.entry("lastName", List.of(CommonCode.REQUIRED)),
                Map.entry("location", List.of(CommonCode.REQUIRED)));
    }

    @Test
    void blankRequiredFieldsAreRefused() {
        ClientDraft draft = minimalIndividual().with(ClientField.FIRST_NAME, "  ").with(ClientField.LOCATION, "");

        assertThat(violations(draft)).containsOnly(
                Map.entry("firstName", List.of(CommonCode.BLANK)),
                Map.entry("location", List.of(CommonCode.BLANK)));
    }

    @Test
    void textIsTrimmed() {
        ClientDetails details = details(minimalIndividual().with(ClientField.FIRST_NAME, "  Ravi ")
                .with(ClientField.INDUSTRY, " Finance "));

        assertThat(details.firstName()).isEqualTo("Ravi");
        assertThat(details.industry()).isEqualTo("Finance");
    }

    @Nested
    class AccountTypes {

        @ParameterizedTest
        @ValueSource(strings = {"individual", "INDIVIDUAL", "Individual", " individual ", "personal", "Personal"})
        void individualInAnyCaseAndTheOriginalsPersonal(String value) {
            assertThat(details(minimalIndividual().with(ClientField.ACCOUNT_TYPE, value)).accountType())
                    .isEqualTo(AccountType.INDIVIDUAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"business", "BUSINESS", "Business"})
        void businessInAnyCase(String value) {
            assertThat(details(documentExample().with(ClientField.ACCOUNT_TYPE, value)).accountType())
                    .isEqualTo(AccountType.BUSINESS);
        }

        @Test
        void theCanonicalFormIsLowerCase() {
            assertThat(AccountType.BUSINESS.wireValue()).isEqualTo("business");
            assertThat(AccountType.INDIVIDUAL.wireValue()).isEqualTo("individual");
        }

        @Test
        void anythingElseIsNotAChoice() {
            assertThat(violations(minimalIndividual().with(ClientField.ACCOUNT_TYPE, "agency")))
                    .containsOnly(Map.entry("accountType", List.of("not_a_choice:agency")));
        }
    }

    @Nested
    class BusinessAccounts {

        @Test
        void requireCompanyNameIndustrySizeAndDescription() {
            ClientDraft draft = minimalIndividual().with(ClientField.ACCOUNT_TYPE, "business");

            assertThat(violations(draft)).containsOnly(
                    Map.entry("companyName", List.of(Code.REQUIRED_FOR_BUSINESS)),
                    Map.entry("industry", List.of(Code.REQUIRED_FOR_BUSINESS)),
                    Map.entry("companySize", List.of(Code.REQUIRED_FOR_BUSINESS)),
                    Map.entry("companyDescription", List.of(Code.REQUIRED_FOR_BUSINESS)));
        }

        @Test
        void aBlankCompanyNameCountsAsMissing() {
            assertThat(violations(documentExample().with(ClientField.COMPANY_NAME, "   ")))
                    .containsOnly(Map.entry("companyName", List.of(Code.REQUIRED_FOR_BUSINESS)));
        }

        @Test
        void individualsMayLeaveThemOut() {
            assertThat(details(minimalIndividual()).companyName()).isEmpty();
        }
    }

    @Nested
    class Names {

        @ParameterizedTest
        @ValueSource(strings = {"Jo", "Mary Ann", "Jean-Luc", "O'Brien", "Zoë", "José María", "Ананд", "अनिल"})
        void lettersWithSingleSpacesHyphensOrApostrophes(String name) {
            assertThat(details(minimalIndividual().with(ClientField.FIRST_NAME, name)).firstName()).isEqualTo(name);
            assertThat(details(minimalIndividual().with(ClientField.LAST_NAME, name)).lastName()).isEqualTo(name);
        }

        @ParameterizedTest
        @ValueSource(strings = {"J4ne", "Mary  Ann", "-Jane", "Jane-", "Jean--Luc", "Jane!", "O' Brien", "Jane_Doe"})
        void refuseAnythingElse(String name) {
            assertThat(violations(minimalIndividual().with(ClientField.FIRST_NAME, name)))
                    .containsOnly(Map.entry("firstName", List.of(Code.NAME_INVALID)));
            assertThat(violations(minimalIndividual().with(ClientField.LAST_NAME, name)))
                    .containsOnly(Map.entry("lastName", List.of(Code.NAME_INVALID)));
        }

        @Test
        void needAtLeastTwoCharacters() {
            assertThat(violations(minimalIndividual().with(ClientField.FIRST_NAME, "J")))
                    .containsOnly(Map.entry("firstName", List.of(Code.NAME_TOO_SHORT)));
        }

        @Test
        void haveALengthLimit() {
            assertThat(violations(minimalIndividual().with(ClientField.LAST_NAME, "a".repeat(65))))
                    .containsOnly(Map.entry("lastName", List.of("too_long:64")));
        }
    }

    @Nested
    class CountryNames {

        @ParameterizedTest
        @ValueSource(strings = {"India", "india", "INDIA", " India "})
        void aKnownCountryInAnyCaseIsKeptInItsCanonicalForm(String country) {
            assertThat(details(minimalIndividual().with(ClientField.COUNTRY, country)).country()).isEqualTo("India");
        }

        @Test
        void anUnknownCountryIsRefused() {
            assertThat(violations(minimalIndividual().with(ClientField.COUNTRY, "Narnia")))
                    .containsOnly(Map.entry("country", List.of("country.unknown:Narnia")));
        }

        @Test
        void noCountryIsAllowed() {
            assertThat(details(minimalIndividual().with(ClientField.COUNTRY, "")).country()).isEmpty();
        }
    }

    @Nested
    class Websites {

        @ParameterizedTest
        @ValueSource(strings = {"https://techstart.com", "http://techstart.com", "https://www.techstart.co.in/about?x=1",
                "HTTPS://TECHSTART.COM", "http://localhost:8080"})
        void httpAndHttpsUrlsAreAccepted(String url) {
            assertThat(details(minimalIndividual().with(ClientField.WEBSITE, url)).website()).isEqualTo(url);
        }

        @ParameterizedTest
        @ValueSource(strings = {"techstart.com", "ftp://techstart.com", "javascript:alert(1)", "https://", "https://techstart",
                "http://tech start.com", "https://.com", "mailto:a@b.com"})
        void anythingElseIsRefused(String url) {
            assertThat(violations(minimalIndividual().with(ClientField.WEBSITE, url)))
                    .containsOnly(Map.entry("website", List.of(CommonCode.URL_INVALID)));
        }

        @Test
        void anEmptyWebsiteIsNone() {
            assertThat(details(minimalIndividual().with(ClientField.WEBSITE, " ")).website()).isNull();
        }
    }

    @Nested
    class Amounts {

        @Test
        void amountsAreDecimalsOfAtMostTwoPlaces() {
            ClientDetails details = details(minimalIndividual().with(ClientField.MONTHLY_BUDGET, "75000.50")
                    .with(ClientField.PROJECT_BUDGET, "0"));

            assertThat(details.monthlyBudget()).isEqualByComparingTo(new BigDecimal("75000.5"));
            assertThat(details.projectBudget()).isEqualByComparingTo(BigDecimal.ZERO);
        }

        @Test
        void negativeAmountsAreRefused() {
            assertThat(violations(minimalIndividual().with(ClientField.MONTHLY_BUDGET, "-1")
                    .with(ClientField.PROJECT_BUDGET, "-0.01"))).containsOnly(
                    Map.entry("monthlyBudget", List.of("too_small:0")),
                    Map.entry("projectBudget", List.of("too_small:0")));
        }

        @Test
        void textIsNotAnAmount() {
            assertThat(violations(minimalIndividual().with(ClientField.PROJECT_BUDGET, "lots")))
                    .containsOnly(Map.entry("projectBudget", List.of(CommonCode.NOT_A_NUMBER)));
        }

        @Test
        void moreThanTwoDecimalPlacesOrTwelveDigitsAreRefused() {
            assertThat(violations(minimalIndividual().with(ClientField.MONTHLY_BUDGET, "1.005")))
                    .containsOnly(Map.entry("monthlyBudget", List.of("too_many_decimals:2")));
            assertThat(violations(minimalIndividual().with(ClientField.MONTHLY_BUDGET, "10000000000")))
                    .containsOnly(Map.entry("monthlyBudget", List.of("too_many_digits:12")));
            assertThat(details(minimalIndividual().with(ClientField.MONTHLY_BUDGET, "9999999999.99")).monthlyBudget())
                    .isEqualByComparingTo("9999999999.99");
        }

        @Test
        void anEmptyAmountIsNone() {
            assertThat(details(minimalIndividual().with(ClientField.MONTHLY_BUDGET, "")).monthlyBudget()).isNull();
        }
    }

    @Nested
    class Lengths {

        @Test
        void everyTextFieldHasALimit() {
            for (ClientField field : ClientField.values()) {
                ClientDraft draft = documentExample().with(field, "a".repeat(field.maxLength() + 1));
                assertThat(violations(draft)).as(field.key())
                        .containsEntry(field.key(), List.of("too_long:" + field.maxLength()));
            }
        }

        @Test
        void aDescriptionOfTheLimitIsAccepted() {
            String description = "x".repeat(ClientField.COMPANY_DESCRIPTION.maxLength());
            assertThat(details(documentExample().with(ClientField.COMPANY_DESCRIPTION, description)).companyDescription())
                    .isEqualTo(description);
        }
    }

    @Nested
    class Pictures {

        @Test
        void pngJpegAndWebpAreAccepted() {
            for (byte[] content : List.of(PNG, JPEG, WEBP)) {
                assertThat(ClientRules.check(minimalIndividual(), new UploadedFile("me.img", content), TEN_MB)).isNotNull();
            }
        }

        @Test
        void otherContentIsRefusedWhateverItsName() {
            assertThat(violations(minimalIndividual(), new UploadedFile("me.png", PDF)))
                    .containsOnly(Map.entry("picture", List.of(CommonCode.NOT_A_PICTURE)));
            assertThat(violations(minimalIndividual(), new UploadedFile("me.png", "<svg/>".getBytes())))
                    .containsOnly(Map.entry("picture", List.of(CommonCode.NOT_A_PICTURE)));
        }

        @Test
        void aPictureOverTheLimitIsRefused() {
            byte[] big = new byte[1025];
            System.arraycopy(PNG, 0, big, 0, PNG.length);
            assertThat(Codes.thrownBy(() -> ClientRules.check(minimalIndividual(), new UploadedFile("big.png", big), 1024)))
                    .containsOnly(Map.entry("picture", List.of("file.too_large:1024")));
        }

        @Test
        void anEmptyFileIsRefused() {
            assertThat(violations(minimalIndividual(), new UploadedFile("empty.png", new byte[0])))
                    .containsOnly(Map.entry("picture", List.of(CommonCode.FILE_EMPTY)));
        }

        @Test
        void pictureErrorsComeWithTheFieldErrors() {
            assertThat(violations(minimalIndividual().with(ClientField.WEBSITE, "nope"), new UploadedFile("x", PDF)))
                    .containsOnlyKeys("website", "picture");
        }
    }

    @Nested
    class Drafts {

        @Test
        void aPartialDraftOverlaidOnStoredDetailsChangesOnlyWhatWasSent() {
            ClientDetails stored = details(documentExample());
            ClientDraft patch = ClientDraft.of(Map.of(ClientField.COMPANY_DESCRIPTION, "Updated description",
                    ClientField.MONTHLY_BUDGET, "75000"));

            ClientDetails changed = details(stored.asDraft().overlaidWith(patch));

            assertThat(changed.companyDescription()).isEqualTo("Updated description");
            assertThat(changed.monthlyBudget()).isEqualByComparingTo("75000");
            assertThat(changed).usingRecursiveComparison()
                    .ignoringFields("companyDescription", "monthlyBudget").isEqualTo(stored);
        }

        @Test
        void storedDetailsAsADraftCheckToTheSameDetails() {
            ClientDetails stored = details(documentExample());
            assertThat(details(stored.asDraft())).isEqualTo(stored);
            ClientDetails individual = details(minimalIndividual());
            assertThat(details(individual.asDraft())).isEqualTo(individual);
        }

        @Test
        void aPatchThatBreaksARuleIsRefused() {
            ClientDetails stored = details(minimalIndividual());
            ClientDraft patch = ClientDraft.of(Map.of(ClientField.ACCOUNT_TYPE, "business"));

            assertThat(violations(stored.asDraft().overlaidWith(patch)))
                    .containsOnlyKeys("companyName", "industry", "companySize", "companyDescription");
        }

        @Test
        void absentAndSentEmptyAreDifferent() {
            ClientDraft draft = ClientDraft.of(Map.of(ClientField.WEBSITE, ""));
            assertThat(draft.has(ClientField.WEBSITE)).isTrue();
            assertThat(draft.get(ClientField.WEBSITE)).isEmpty();
            assertThat(draft.has(ClientField.INDUSTRY)).isFalse();
            assertThat(draft.get(ClientField.INDUSTRY)).isNull();
        }
    }
}
