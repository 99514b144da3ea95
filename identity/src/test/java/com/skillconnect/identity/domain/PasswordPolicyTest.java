package com.skillconnect.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.Violations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    static final String REQUIRED = IdentityCode.REQUIRED;
    static final String TOO_SHORT = IdentityCode.PASSWORD_TOO_SHORT;
    static final String TOO_LONG = IdentityCode.PASSWORD_TOO_LONG;
    static final String WHITESPACE = IdentityCode.PASSWORD_WHITESPACE;
    static final String NO_UPPER = IdentityCode.PASSWORD_NO_UPPER;
    static final String NO_LOWER = IdentityCode.PASSWORD_NO_LOWER;
    static final String NO_DIGIT = IdentityCode.PASSWORD_NO_DIGIT;
    static final String NO_SPECIAL = IdentityCode.PASSWORD_NO_SPECIAL;
    static final String COMMON = IdentityCode.PASSWORD_COMMON;
    static final String PALINDROME = IdentityCode.PASSWORD_PALINDROME;
    static final String REPEATED = IdentityCode.PASSWORD_REPEATS;

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("correcthorse1!", "Summer@2024xy"));

    @Test
    void aStrongPasswordHasNoViolations() {
        assertThat(codes(policy, "Tr0ub4dor&Zebra")).isEmpty();
        assertThat(codes(PasswordPolicy.withShippedCommonPasswords(), "Tr0ub4dor&Zebra")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aMissingPasswordIsRequiredAndNothingElse(String missing) {
        assertThat(codes(policy, missing)).containsExactly(REQUIRED);
    }

    @Test
    void needsAtLeastTwelveCharacters() {
        assertThat(codes(policy, "Ab1!efghijk")).as("11 characters").containsExactly(TOO_SHORT);
        assertThat(codes(policy, "Ab1!efghijkl")).as("12 characters").isEmpty();
    }

    @Test
    void acceptsAtMostOneHundredAndTwentyEightCharacters() {
        assertThat(codes(policy, strongOfLength(PasswordPolicy.MAX_LENGTH))).isEmpty();
        assertThat(codes(policy, strongOfLength(PasswordPolicy.MAX_LENGTH + 1))).containsExactly(TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ab1!efgh ijkl", "Ab1!efgh\tijkl", "Ab1!efghijkl\n", " Ab1!efghijkl"})
    void refusesWhitespace(String password) {
        assertThat(codes(policy, password)).containsExactly(WHITESPACE);
    }

    @Test
    void aSpaceDoesNotCountAsTheSpecialCharacter() {
        assertThat(codes(policy, "Abcdefgh 1234")).containsExactly(WHITESPACE, NO_SPECIAL);
    }

    @Test
    void needsAnUpperCaseLetter() {
        assertThat(codes(policy, "ab1!efghijkl")).containsExactly(NO_UPPER);
    }

    @Test
    void needsALowerCaseLetter() {
        assertThat(codes(policy, "AB1!EFGHIJKL")).containsExactly(NO_LOWER);
    }

    @Test
    void needsADigit() {
        assertThat(codes(policy, "Abc!efghijkl")).containsExactly(NO_DIGIT);
    }

    @Test
    void needsASpecialCharacter() {
        assertThat(codes(policy, "Ab1defghijkl")).containsExactly(NO_SPECIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ab1-efghijkl", "Ab1_efghijkl", "Ab1.efghijkl", "Ab1€efghijkl", "Ab1~efghijkl"})
    void anyNonAlphanumericNonSpaceCharacterIsSpecial(String password) {
        assertThat(codes(policy, password)).isEmpty();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(codes(policy, "CorrectHorse1!")).containsExactly(COMMON);
        assertThat(codes(policy, "cORRECThORSE1!")).containsExactly(COMMON);
    }

    @Test
    void aCommonListGivenInMixedCaseIsStillComparedCaseInsensitively() {
        assertThat(codes(policy, "summer@2024XY")).containsExactly(COMMON);
        assertThat(codes(policy, "Summer@2024xy")).containsExactly(COMMON);
    }

    @Test
    void theShippedListRefusesTypicalPasswordsThatPassTheCharacterRules() {
        PasswordPolicy shipped = PasswordPolicy.withShippedCommonPasswords();
        assertThat(codes(shipped, "Password@12345")).containsExactly(COMMON);
        assertThat(codes(shipped, "Qwerty@123456")).containsExactly(COMMON);
        assertThat(codes(shipped, "P@ssw0rd1234")).containsExactly(COMMON);
        assertThat(codes(shipped, "Welcome@12345")).containsExactly(COMMON);
        assertThat(codes(shipped, "1qaz@WSX#edc")).containsExactly(COMMON);
        assertThat(codes(shipped, "Michael@2024")).containsExactly(COMMON);
    }

    @Test
    void refusesPalindromesIgnoringCase() {
        assertThat(codes(policy, "Ab1!xyzzyx!1bA")).containsExactly(PALINDROME);
        assertThat(codes(policy, "Ab1!xyYX!1bA")).containsExactly(PALINDROME);
        assertThat(codes(policy, "Ab1!xyYX!1bB")).as("not quite a palindrome").isEmpty();
    }

    @Test
    void refusesAnyCharacterRepeatedFourTimesInARow() {
        assertThat(codes(policy, "Ab1!xyzzzwvu")).as("three in a row").isEmpty();
        assertThat(codes(policy, "Ab1!xyzzzzwv")).containsExactly(REPEATED);
        assertThat(codes(policy, "Ab1!!!!xyzwv")).containsExactly(REPEATED);
        assertThat(codes(policy, "Ab11111xyzw!")).containsExactly(REPEATED);
    }

    @Test
    void repetitionIsCaseSensitive() {
        assertThat(codes(policy, "Ab1!xyzZzZwv")).isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleInOrder() {
        assertThat(codes(policy, "abc")).containsExactly(TOO_SHORT, NO_UPPER, NO_DIGIT, NO_SPECIAL);
        assertThat(codes(policy, "aaaa aaaa")).containsExactly(TOO_SHORT, WHITESPACE, NO_UPPER, NO_DIGIT,
                NO_SPECIAL, PALINDROME, REPEATED);
    }

    @Test
    void limitsTravelWithTheirCodes() {
        assertThat(violations(policy, "Ab1!efghijk")).containsExactly(
                new Violation(List.of(), TOO_SHORT, List.of(PasswordPolicy.MIN_LENGTH)));
        assertThat(violations(policy, strongOfLength(PasswordPolicy.MAX_LENGTH + 1))).containsExactly(
                new Violation(List.of(), TOO_LONG, List.of(PasswordPolicy.MAX_LENGTH)));
        assertThat(violations(policy, "Ab1!xyzzzzwv")).containsExactly(
                new Violation(List.of(), REPEATED, List.of(3)));
    }

    @Test
    void recordsAtThePathItIsGiven() {
        Violations violations = new Violations();
        policy.check("abc", violations.at("newPassword"));
        assertThat(violations.list()).extracting(Violation::path).containsOnly(List.of("newPassword"));
    }

    private static List<Violation> violations(PasswordPolicy policy, String password) {
        Violations violations = new Violations();
        policy.check(password, violations);
        return violations.list();
    }

    private static List<String> codes(PasswordPolicy policy, String password) {
        return violations(policy, password).stream().map(Violation::code).toList();
    }

    /** Upper, lower, digit and special up front, then a cycle of letters that repeats nothing and mirrors nothing. */
    private static String strongOfLength(int length) {
        StringBuilder password = new StringBuilder("Ab1!");
        String cycle = "cdefghijklmnopqrstuvwxyz";
        for (int i = 0; password.length() < length; i++) {
            password.append(cycle.charAt(i % cycle.length()));
        }
        return password.toString();
    }
}
