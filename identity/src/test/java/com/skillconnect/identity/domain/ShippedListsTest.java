package com.skillconnect.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShippedListsTest {

    static final String COMMON_PASSWORDS = "common-passwords.txt";
    static final String DISPOSABLE_DOMAINS = "disposable-email-domains.txt";

    @Test
    void theCommonPasswordListLoadsAndIsNonTrivial() {
        Set<String> passwords = EmailPolicy.readLines(COMMON_PASSWORDS);

        assertThat(passwords).hasSizeGreaterThanOrEqualTo(300)
                .contains("password@12345", "qwerty@123456", "p@ssw0rd1234", "1qaz@wsx#edc");
    }

    @Test
    void everyCommonPasswordWouldOtherwisePassTheCharacterRules() {
        for (String entry : EmailPolicy.readLines(COMMON_PASSWORDS)) {
            assertThat(entry).as(entry)
                    .hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH)
                    .doesNotContainPattern("\\s")
                    .containsPattern("\\p{L}")
                    .containsPattern("\\d")
                    .containsPattern("[^\\p{L}\\d\\s]");
        }
    }

    @Test
    void everyCommonPasswordIsRefusedInItsCapitalisedForm() {
        PasswordPolicy policy = PasswordPolicy.withShippedCommonPasswords();
        for (String entry : EmailPolicy.readLines(COMMON_PASSWORDS)) {
            String capitalised = entry.toUpperCase(Locale.ROOT).charAt(0) + entry.substring(1);
            Violations violations = new Violations();
            policy.check(capitalised, violations);
            assertThat(violations.list()).as(capitalised).extracting(Violation::code).contains(IdentityCode.PASSWORD_COMMON);
        }
    }

    @Test
    void theDisposableDomainListLoadsAndIsNonTrivial() {
        Set<String> domains = EmailPolicy.readLines(DISPOSABLE_DOMAINS);

        assertThat(domains).hasSizeGreaterThanOrEqualTo(300)
                .contains("mailinator.com", "guerrillamail.com", "yopmail.com", "10minutemail.com", "temp-mail.org")
                .doesNotContain("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me",
                        "protonmail.com", "aol.com", "gmx.com", "gmx.de", "zoho.com", "mail.ru", "yandex.ru",
                        "qq.com", "163.com", "rediffmail.com", "fastmail.com", "tutanota.com");
    }

    @Test
    void everyDisposableDomainIsAWellFormedDomain() {
        for (String domain : EmailPolicy.readLines(DISPOSABLE_DOMAINS)) {
            assertThat(EmailAddress.isValid("someone@" + domain)).as(domain).isTrue();
        }
    }

    @Test
    void theFilesArePlainSortedLowerCaseListsWithAHeaderAndNoDuplicates() throws IOException {
        for (String resource : List.of(COMMON_PASSWORDS, DISPOSABLE_DOMAINS)) {
            List<String> lines = rawLines(resource);
            assertThat(lines.getFirst()).as(resource + " header").startsWith("# ");
            List<String> entries = lines.stream().filter(line -> !line.startsWith("#")).toList();
            assertThat(entries).as(resource).doesNotHaveDuplicates().allSatisfy(entry -> {
                assertThat(entry).isNotBlank().isEqualTo(entry.trim()).isEqualTo(entry.toLowerCase(Locale.ROOT));
            });
        }
        List<String> domains = rawLines(DISPOSABLE_DOMAINS).stream().filter(line -> !line.startsWith("#")).toList();
        assertThat(domains).isSorted();
    }

    private static List<String> rawLines(String resource) throws IOException {
        try (InputStream in = EmailPolicy.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
