package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.kernel.CommonCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.talent.adapter.in.web.TalentMessages.Resource;
import com.skillconnect.talent.domain.ClientField;
import com.skillconnect.talent.domain.ClientRules;
import com.skillconnect.talent.domain.Code;
import com.skillconnect.talent.domain.FreelancerForm;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violation.Item;
import com.skillconnect.kernel.spring.CommonMessages;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The web adapter words the domain's codes under the wire's field names, in DRF's shapes. */
class TalentErrorsTest {

    private static Violation at(String code, List<Object> path, Object... args) {
        return new Violation(path, code, List.of(args));
    }

    private static Map<String, Object> freelancer(Violation... violations) {
        return TalentErrors.body(List.of(violations), Resource.FREELANCER);
    }

    private static Map<String, Object> client(Violation... violations) {
        return TalentErrors.body(List.of(violations), Resource.CLIENT);
    }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void everyCodeHasAMessageForEveryResource(Resource resource) {
        List<String> codes = Stream.of(Code.class, CommonCode.class).flatMap(type -> Arrays.stream(type.getFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(TalentErrorsTest::value).toList();

        assertThat(codes).hasSizeGreaterThan(30).allSatisfy(code -> assertThat(TalentMessages.knows(code, resource))
                .as(code).isTrue());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void topLevelFieldsTakeTheirWireNamesAndDrfsWords() {
        assertThat(freelancer(at(CommonCode.REQUIRED, List.of(FreelancerForm.FIRST_NAME)),
                at(CommonCode.TOO_LONG, List.of(FreelancerForm.LOCATION), 100),
                at(CommonCode.TOO_SMALL, List.of(FreelancerForm.AGE), 16),
                at(CommonCode.NOT_A_BOOLEAN, List.of(FreelancerForm.AVAILABLE)),
                at(Code.NO_SKILL, List.of(FreelancerForm.SKILLS)),
                at(CommonCode.TOO_MANY_ITEMS, List.of(FreelancerForm.LANGUAGES), 20),
                at(CommonCode.NOT_A_LIST, List.of(FreelancerForm.EDUCATIONS), "str"))).isEqualTo(Map.of(
                        "first_name", List.of("This field is required."),
                        "location", List.of("Ensure this field has no more than 100 characters."),
                        "age", List.of("Ensure this value is greater than or equal to 16."),
                        "is_available", List.of("Must be a valid boolean."),
                        "skills_input", List.of("At least one skill is required."),
                        "languages_input", List.of("Ensure this field has no more than 20 elements."),
                        "educations_input", List.of("Expected a list of items but got type \"str\".")));
    }

    @Test
    void anItemsMessagesLandAtItsPositionWithOneMapPerItem() {
        assertThat(freelancer(
                at(Code.END_YEAR_BEFORE_START, List.of("educations", new Item(1, 3), "endYear")),
                at(CommonCode.TOO_SMALL, List.of("educations", new Item(2, 3), "startYear"), 1900),
                at(CommonCode.NOT_AN_ITEM, List.of("languages", new Item(0, 1))),
                at(CommonCode.NOT_A_CHOICE, List.of("languages", new Item(0, 1), "proficiency"), "Expert")))
                .isEqualTo(Map.of(
                        "educations_input", List.of(Map.of(),
                                Map.of("end_year", List.of("End year must be greater than or equal to start year.")),
                                Map.of("start_year", List.of("Ensure this value is greater than or equal to 1900."))),
                        "languages_input", List.of(Map.of(
                                "non_field_errors", List.of("Invalid data. Expected a dictionary."),
                                "proficiency", List.of("\"Expert\" is not a valid choice.")))));
    }

    @Test
    void nestedObjectsCertificatesAndTheWholeInput() {
        assertThat(freelancer(at(CommonCode.URL_INVALID, List.of(FreelancerForm.SOCIAL_LINKS, "githubUrl")),
                at(Code.NO_ITEM_AT_POSITION, List.of("experiences", new Item(1, 1), FreelancerForm.CERTIFICATE), 1),
                at(Code.NOT_A_CERTIFICATE, List.of("educations", new Item(0, 1), FreelancerForm.CERTIFICATE)),
                at(CommonCode.FILE_TOO_LARGE, List.of(FreelancerForm.PICTURE), 10L * 1024 * 1024),
                at(Code.PROFILE_EXISTS, List.of()))).isEqualTo(Map.of(
                        "social_links_input", Map.of("github_url", List.of("Enter a valid URL.")),
                        "experience_certificate_1", List.of("There is no experience at position 1."),
                        "education_certificate_0", List.of("Unsupported file type: upload a pdf, png or jpg file."),
                        "profile_picture", List.of("The file is too large: at most 10 MB are allowed."),
                        "non_field_errors", List.of("Profile already exists for this user")));
    }

    @Test
    void theFreelancerAndClientApisKeepTheirOwnWordingOfAFewCodes() {
        assertThat(freelancer(at(Code.NAME_TOO_SHORT, List.of("firstName")), at(Code.NAME_INVALID, List.of("lastName")),
                at(Code.COUNTRY_UNKNOWN, List.of("country"), "Atlantis"), at(CommonCode.NOT_A_PICTURE, List.of("picture"))))
                .isEqualTo(Map.of(
                        "first_name", List.of(TalentMessages.FREELANCER_INVALID_NAME),
                        "last_name", List.of(TalentMessages.FREELANCER_INVALID_NAME),
                        "country", List.of("\"Atlantis\" is not a known country."),
                        "profile_picture", List.of("Upload a valid image: png, jpeg or webp.")));
        assertThat(client(at(Code.NAME_TOO_SHORT, List.of("firstName")), at(Code.NAME_INVALID, List.of("lastName")),
                at(Code.COUNTRY_UNKNOWN, List.of("country"), "Narnia"), at(CommonCode.NOT_A_PICTURE, List.of(ClientRules.PICTURE)),
                at(CommonCode.FILE_TOO_LARGE, List.of(ClientRules.PICTURE), 1024L)))
                .isEqualTo(Map.of(
                        "first_name", List.of("Ensure this field has at least 2 characters."),
                        "last_name", List.of(TalentMessages.CLIENT_INVALID_NAME),
                        "country", List.of("Enter a known country name."),
                        "profile_picture", List.of("Upload a valid image: a PNG, JPEG or WebP file.",
                                "The file is too large: at most 1 KB.")));
    }

    @Test
    void clientFieldsAreTheirKeysInSnakeCaseAndBusinessFieldsNameThemselves() {
        assertThat(client(at(Code.REQUIRED_FOR_BUSINESS, List.of(ClientField.COMPANY_NAME.key())),
                at(Code.REQUIRED_FOR_BUSINESS, List.of(ClientField.INDUSTRY.key())),
                at(CommonCode.TOO_MANY_DIGITS, List.of(ClientField.MONTHLY_BUDGET.key()), 12),
                at(CommonCode.NOT_A_CHOICE, List.of(ClientField.ACCOUNT_TYPE.key()), "agency"),
                at(CommonCode.NOT_AN_OBJECT, List.of(), "list"))).isEqualTo(Map.of(
                        "company_name", List.of("Company name is required for business accounts."),
                        "industry", List.of("Industry is required for business accounts."),
                        "monthly_budget", List.of("Ensure that there are no more than 12 digits in total."),
                        "account_type", List.of("\"agency\" is not a valid choice."),
                        "non_field_errors", List.of("Invalid data. Expected a dictionary, but got list.")));
    }

    @Test
    void sizesReadAsPeopleStateLimits() {
        assertThat(CommonMessages.readableSize(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(CommonMessages.readableSize(512 * 1024)).isEqualTo("512 KB");
        assertThat(CommonMessages.readableSize(1000)).isEqualTo("1000 bytes");
    }

    @Test
    void anUnknownCodeIsAnsweredAsItselfRatherThanFailingTheAnswer() {
        assertThat(freelancer(at("something.new", List.of("about")))).isEqualTo(Map.of("about", List.of("something.new")));
    }
}
