package com.skillconnect.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    static final String REQUIRED = "This field is required.";
    static final String TOO_SHORT = "Password must be at least 12 characters long.";
    static final String TOO_LONG = "Password must be at most 128 characters long.";
    static final String WHITESPACE = "Password must not contain whitespace.";
    static final String NO_UPPER = "Password must contain at least one uppercase letter.";
    static final String NO_LOWER = "Password must contain at least one lowercase letter.";
    static final String NO_DIGIT = "Password must contain at least one digit.";
    static final String NO_SPECIAL = "Password must contain at least one special character.";
    static final String COMMON = "This password is too common.";
    static final String PALINDROME = "Password must not be a palindrome.";
    static final String REPEATED = "Password must not repeat a character more than 3 times in a row.";

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("correcthorse1!", "Summer@2024xy"));

    @Test
    void aStrongPasswordHasNoViolations() {
        assertThat(policy.violations("Tr0ub4dor&Zebra")).isEmpty();
        assertThat(PasswordPolicy.withShippedCommonPasswords().violations("Tr0ub4dor&Zebra")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aMissingPasswordIsRequiredAndNothingElse(String missing) {
        assertThat(policy.violations(missing)).containsExactly(REQUIRED);
    }

    @Test
    void needsAtLeastTwelveCharacters() {
        assertThat(policy.violations("Ab1!efghijk")).as("11 characters").containsExactly(TOO_SHORT);
        assertThat(policy.violations("Ab1!efghijkl")).as("12 characters").isEmpty();
    }

    @Test
    void acceptsAtMostOneHundredAndTwentyEightCharacters() {
        assertThat(policy.violations(strongOfLength(PasswordPolicy.MAX_LENGTH))).isEmpty();
        assertThat(policy.violations(strongOfLength(PasswordPolicy.MAX_LENGTH + 1))).containsExactly(TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ab1!efgh ijkl", "Ab1!efgh\tijkl", "Ab1!efghijkl\n", " Ab1!efghijkl"})
    void refusesWhitespace(String password) {
        assertThat(policy.violations(password)).containsExactly(WHITESPACE);
    }

    @Test
    void aSpaceDoesNotCountAsTheSpecialCharacter() {
        assertThat(policy.violations("Abcdefgh 1234")).containsExactly(WHITESPACE, NO_SPECIAL);
    }

    @Test
    void needsAnUpperCaseLetter() {
        assertThat(policy.violations("ab1!efghijkl")).containsExactly(NO_UPPER);
    }

    @Test
    void needsALowerCaseLetter() {
        assertThat(policy.violations("AB1!EFGHIJKL")).containsExactly(NO_LOWER);
    }

    @Test
    void needsADigit() {
        assertThat(policy.violations("Abc!efghijkl")).containsExactly(NO_DIGIT);
    }

    @Test
    void needsASpecialCharacter() {
        assertThat(policy.violations("Ab1defghijkl")).containsExactly(NO_SPECIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ab1-efghijkl", "Ab1_efghijkl", "Ab1.efghijkl", "Ab1€efghijkl", "Ab1~efghijkl"})
    void anyNonAlphanumericNonSpaceCharacterIsSpecial(String password) {
        assertThat(policy.violations(password)).isEmpty();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.violations("CorrectHorse1!")).containsExactly(COMMON);
        assertThat(policy.violations("cORRECThORSE1!")).containsExactly(COMMON);
    }

    @Test
    void aCommonListGivenInMixedCaseIsStillComparedCaseInsensitively() {
        assertThat(policy.violations("summer@2024XY")).containsExactly(COMMON);
        assertThat(policy.violations("Summer@2024xy")).containsExactly(COMMON);
    }

    @Test
    void theShippedListRefusesTypicalPasswordsThatPassTheCharacterRules() {
        PasswordPolicy shipped = PasswordPolicy.withShippedCommonPasswords();
        assertThat(shipped.violations("Password@12345")).containsExactly(COMMON);
        assertThat(shipped.violations("Qwerty@123456")).containsExactly(COMMON);
        assertThat(shipped.violations("P@ssw0rd1234")).containsExactly(COMMON);
        assertThat(shipped.violations("Welcome@12345")).containsExactly(COMMON);
        assertThat(shipped.violations("1qaz@WSX#edc")).containsExactly(COMMON);
        assertThat(shipped.violations("Michael@2024")).containsExactly(COMMON);
    }

    @Test
    void refusesPalindromesIgnoringCase() {
        assertThat(policy.violations("Ab1!xyzzyx!1bA")).containsExactly(PALINDROME);
        assertThat(policy.violations("Ab1!xyYX!1bA")).containsExactly(PALINDROME);
        assertThat(policy.violations("Ab1!xyYX!1bB")).as("not quite a palindrome").isEmpty();
    }

    @Test
    void refusesAnyCharacterRepeatedFourTimesInARow() {
        assertThat(policy.violations("Ab1!xyzzzwvu")).as("three in a row").isEmpty();
        assertThat(policy.violations("Ab1!xyzzzzwv")).containsExactly(REPEATED);
        assertThat(policy.violations("Ab1!!!!xyzwv")).containsExactly(REPEATED);
        assertThat(policy.violations("Ab11111xyzw!")).containsExactly(REPEATED);
    }

    @Test
    void repetitionIsCaseSensitive() {
        assertThat(policy.violations("Ab1!xyzZzZwv")).isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleInOrder() {
        assertThat(policy.violations("abc")).containsExactly(TOO_SHORT, NO_UPPER, NO_DIGIT, NO_SPECIAL);
        assertThat(policy.violations("aaaa aaaa")).containsExactly(TOO_SHORT, WHITESPACE, NO_UPPER, NO_DIGIT,
                NO_SPECIAL, PALINDROME, REPEATED);
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
