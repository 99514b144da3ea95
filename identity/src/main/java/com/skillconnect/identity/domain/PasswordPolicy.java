package com.skillconnect.identity.domain;

import com.skillconnect.kernel.Violations;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.Service;

/**
 * The original system's password rules: at least 12 characters, no whitespace, an upper-case letter,
 * a lower-case letter, a digit and a special character; not a common password, not a palindrome,
 * and no character repeated four or more times in a row.
 */
@Service
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MAX_REPEAT = 3;

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        // compared case-insensitively, whatever case the caller's list uses
        this.commonPasswords = commonPasswords.stream().map(entry -> entry.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the common passwords shipped in {@code common-passwords.txt}. */
    public static PasswordPolicy withShippedCommonPasswords() {
        return new PasswordPolicy(EmailPolicy.readLines("common-passwords.txt"));
    }

    /**
     * Records the code of every rule the password breaks, in a fixed order, at {@code violations}' path:
     * only {@link IdentityCode#REQUIRED} when there is no password.
     */
    public void check(String password, Violations violations) {
        if (password == null || password.isEmpty()) {
            violations.add(IdentityCode.REQUIRED);
            return;
        }
        if (password.length() < MIN_LENGTH) {
            violations.add(IdentityCode.PASSWORD_TOO_SHORT, MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            violations.add(IdentityCode.PASSWORD_TOO_LONG, MAX_LENGTH);
        }
        if (password.chars().anyMatch(Character::isWhitespace)) {
            violations.add(IdentityCode.PASSWORD_WHITESPACE);
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            violations.add(IdentityCode.PASSWORD_NO_UPPER);
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            violations.add(IdentityCode.PASSWORD_NO_LOWER);
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            violations.add(IdentityCode.PASSWORD_NO_DIGIT);
        }
        if (password.chars().noneMatch(PasswordPolicy::isSpecial)) {
            violations.add(IdentityCode.PASSWORD_NO_SPECIAL);
        }
        if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            violations.add(IdentityCode.PASSWORD_COMMON);
        }
        if (password.length() > 1 && new StringBuilder(password).reverse().toString().equalsIgnoreCase(password)) {
            violations.add(IdentityCode.PASSWORD_PALINDROME);
        }
        if (hasRunLongerThan(password, MAX_REPEAT)) {
            violations.add(IdentityCode.PASSWORD_REPEATS, MAX_REPEAT);
        }
    }

    /** Neither a letter, a digit nor whitespace (a space is refused on its own, not counted as special). */
    private static boolean isSpecial(int c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    private static boolean hasRunLongerThan(String password, int limit) {
        int run = 1;
        for (int i = 1; i < password.length(); i++) {
            run = password.charAt(i) == password.charAt(i - 1) ? run + 1 : 1;
            if (run > limit) {
                return true;
            }
        }
        return false;
    }
}
