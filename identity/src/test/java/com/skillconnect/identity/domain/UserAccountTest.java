package com.skillconnect.identity.domain;

import static com.skillconnect.identity.domain.OneTimePasswordTest.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserActivated;
import com.skillconnect.identity.UserId;
import com.skillconnect.identity.domain.OneTimePassword.Check;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final UserId ID = new UserId(42);
    static final EmailAddress EMAIL = EmailAddress.parse("ana@example.com");
    static final String PASSWORD = "Tr0ub4dor&Zebra";
    static final String NEW_PASSWORD = "N3w&Better#Pass";

    private final FakeSecretHasher hasher = new FakeSecretHasher();

    private UserAccount.Registration register() {
        return UserAccount.registerPending(ID, EMAIL, hasher.hash(PASSWORD), Role.FREELANCER, T0, hasher);
    }

    /** A registered and verified account, its events already pulled. */
    private UserAccount activeAccount() {
        UserAccount.Registration registration = register();
        UserAccount account = registration.account();
        assertThat(account.verifyRegistration(registration.otpCode(), T0.plusSeconds(30), hasher)).isEqualTo(Check.VALID);
        account.takeEvents();
        return account;
    }

    @Nested
    class Registering {

        @Test
        void aNewAccountIsPendingWithFirstLoginAndAnOtp() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();

            assertThat(account.id()).isEqualTo(ID);
            assertThat(account.email()).isEqualTo(EMAIL);
            assertThat(account.role()).isEqualTo(Role.FREELANCER);
            assertThat(account.createdAt()).isEqualTo(T0);
            assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
            assertThat(account.isActive()).isFalse();
            assertThat(account.firstLogin()).isTrue();
            assertThat(account.activatedAt()).isNull();
            assertThat(account.passwordHash()).isEqualTo(hasher.hash(PASSWORD)).isNotEqualTo(PASSWORD);
            assertThat(registration.otpCode()).matches("[0-9]{6}");
            assertThat(account.registrationOtp().hash()).isEqualTo(hasher.hash(registration.otpCode()));
            assertThat(account.registrationOtp().expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
            assertThat(account.otpMailQuota()).isEqualTo(new OtpMailQuota(T0, 1));
            assertThat(account.passwordResetOtp()).isNull();
            assertThat(account.loginThrottle()).isEqualTo(LoginThrottle.clear());
            assertThat(account.takeEvents()).isEmpty();
        }

        @Test
        void theRightCodeActivatesTheAccountAndRaisesExactlyOneUserActivated() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            Instant at = T0.plus(Duration.ofMinutes(2));

            assertThat(account.verifyRegistration(registration.otpCode(), at, hasher)).isEqualTo(Check.VALID);

            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(account.isActive()).isTrue();
            assertThat(account.activatedAt()).isEqualTo(at);
            assertThat(account.registrationOtp()).as("used up").isNull();
            assertThat(account.takeEvents()).containsExactly(new UserActivated(ID, "ana@example.com", Role.FREELANCER, at));
            assertThat(account.takeEvents()).as("events are handed out once").isEmpty();
        }

        @Test
        void aWrongCodeIsCountedAndLeavesTheAccountPending() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();

            assertThat(account.verifyRegistration(wrong(registration.otpCode()), T0, hasher)).isEqualTo(Check.INVALID);
            assertThat(account.verifyRegistration("abc", T0, hasher)).isEqualTo(Check.INVALID);

            assertThat(account.registrationOtp().failedAttempts()).isEqualTo(2);
            assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
            assertThat(account.takeEvents()).isEmpty();
        }

        @Test
        void afterFourWrongCodesTheFifthAttemptMaySucceed() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            for (int i = 0; i < 4; i++) {
                account.verifyRegistration(wrong(registration.otpCode()), T0, hasher);
            }
            assertThat(account.verifyRegistration(registration.otpCode(), T0, hasher)).isEqualTo(Check.VALID);
        }

        @Test
        void theSixthAttemptIsExhaustedEvenWithTheRightCode() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            for (int i = 0; i < 5; i++) {
                assertThat(account.verifyRegistration(wrong(registration.otpCode()), T0, hasher)).isEqualTo(Check.INVALID);
            }

            assertThat(account.verifyRegistration(registration.otpCode(), T0, hasher)).isEqualTo(Check.EXHAUSTED);
            assertThat(account.registrationOtp().failedAttempts()).as("exhausted attempts are not counted further")
                    .isEqualTo(5);
            assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
            assertThat(account.takeEvents()).isEmpty();
        }

        @Test
        void anExpiredCodeDoesNotActivateAndIsNotCounted() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();

            assertThat(account.verifyRegistration(registration.otpCode(), T0.plus(Duration.ofMinutes(5)), hasher))
                    .isEqualTo(Check.EXPIRED);
            assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
            assertThat(account.registrationOtp().failedAttempts()).isZero();
        }

        @Test
        void aCodeWorksOnlyOnce() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            account.verifyRegistration(registration.otpCode(), T0, hasher);
            account.takeEvents();

            assertThatExceptionOfType(AccountAlreadyVerified.class)
                    .isThrownBy(() -> account.verifyRegistration(registration.otpCode(), T0.plusSeconds(1), hasher));
            assertThat(account.takeEvents()).isEmpty();
        }

        @Test
        void anActiveAccountCannotRestartOrBeSentARegistrationCode() {
            UserAccount account = activeAccount();

            assertThatExceptionOfType(AccountAlreadyVerified.class)
                    .isThrownBy(() -> account.registerAgain(hasher.hash(NEW_PASSWORD), Role.CLIENT, T0, hasher));
            assertThatExceptionOfType(AccountAlreadyVerified.class)
                    .isThrownBy(() -> account.issueRegistrationOtp(T0, hasher));
            assertThat(account.passwordHash()).isEqualTo(hasher.hash(PASSWORD));
            assertThat(account.role()).isEqualTo(Role.FREELANCER);
        }

        @Test
        void registeringAgainOnlyAddsARegistrationWithItsOwnCode() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            account.verifyRegistration(wrong(registration.otpCode()), T0, hasher);
            Instant later = T0.plus(Duration.ofMinutes(3));

            String newCode = account.registerAgain(hasher.hash(NEW_PASSWORD), Role.CLIENT, later, hasher);

            assertThat(account.passwordHash()).as("the first registration's until a code decides").isEqualTo(hasher.hash(PASSWORD));
            assertThat(account.role()).isEqualTo(Role.FREELANCER);
            assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
            assertThat(account.pendingRegistrations()).containsExactly(
                    new PendingRegistration(hasher.hash(PASSWORD), Role.FREELANCER,
                            new OneTimePassword(hasher.hash(registration.otpCode()), T0.plus(Duration.ofMinutes(5)), 1)),
                    new PendingRegistration(hasher.hash(NEW_PASSWORD), Role.CLIENT,
                            new OneTimePassword(hasher.hash(newCode), later.plus(Duration.ofMinutes(5)), 0)));
            assertThat(account.otpMailQuota()).isEqualTo(new OtpMailQuota(T0, 2));
        }

        @Test
        void theFirstCodeActivatesWithTheFirstRegistrationsPasswordAndRole() {
            UserAccount.Registration victim = register();
            UserAccount account = victim.account();
            String attackersCode = account.registerAgain(hasher.hash(NEW_PASSWORD), Role.CLIENT, T0.plusSeconds(10), hasher);
            assertThat(attackersCode).isNotNull();

            assertThat(account.verifyRegistration(victim.otpCode(), T0.plusSeconds(20), hasher)).isEqualTo(Check.VALID);

            assertThat(account.passwordHash()).isEqualTo(hasher.hash(PASSWORD));
            assertThat(account.role()).isEqualTo(Role.FREELANCER);
            assertThat(account.pendingRegistrations()).isEmpty();
            assertThat(account.takeEvents()).containsExactly(new UserActivated(ID, "ana@example.com", Role.FREELANCER, T0.plusSeconds(20)));
        }

        @Test
        void theSecondCodeActivatesWithTheSecondRegistrationsPasswordAndRole() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            String newCode = account.registerAgain(hasher.hash(NEW_PASSWORD), Role.CLIENT, T0, hasher);
            // one chance in a million that the random codes coincide: draw again (the quota allows it)
            while (newCode.equals(registration.otpCode())) {
                newCode = account.issueRegistrationOtp(T0, hasher);
            }

            assertThat(account.verifyRegistration(newCode, T0, hasher)).isEqualTo(Check.VALID);

            assertThat(account.passwordHash()).isEqualTo(hasher.hash(NEW_PASSWORD));
            assertThat(account.takeEvents()).containsExactly(new UserActivated(ID, "ana@example.com", Role.CLIENT, T0));
        }

        @Test
        void aWrongCodeCountsAgainstEveryCodeItWasCheckedAgainst() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            account.registerAgain(hasher.hash(NEW_PASSWORD), Role.CLIENT, T0, hasher);

            assertThat(account.verifyRegistration("abcdef", T0, hasher)).isEqualTo(Check.INVALID);

            assertThat(account.pendingRegistrations()).extracting(r -> r.otp().failedAttempts()).containsExactly(1, 1);
        }

        @Test
        void expiredRegistrationsAreDroppedWhenAnotherIsAdded() {
            UserAccount account = register().account();

            account.registerAgain(hasher.hash(NEW_PASSWORD), Role.CLIENT, T0.plus(Duration.ofMinutes(6)), hasher);

            assertThat(account.pendingRegistrations()).extracting(PendingRegistration::role).containsExactly(Role.CLIENT);
        }

        @Test
        void resendingReplacesTheCode() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            String resent = account.issueRegistrationOtp(T0.plusSeconds(60), hasher);

            assertThat(account.registrationOtp().hash()).isEqualTo(hasher.hash(resent));
            assertThat(account.registrationOtp().expiresAt()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(5)));
            assertThat(account.canSendOtpAt(T0.plusSeconds(60))).isTrue();
        }

        @Test
        void theSixthCodeWithinAnHourIsRefused() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            for (int i = 1; i <= 4; i++) {
                account.issueRegistrationOtp(T0.plus(Duration.ofMinutes(i)), hasher);
            }
            OneTimePassword fifth = account.registrationOtp();
            Instant at = T0.plus(Duration.ofMinutes(20));

            assertThat(account.canSendOtpAt(at)).isFalse();
            assertThatExceptionOfType(TooManyAttempts.class).isThrownBy(() -> account.issueRegistrationOtp(at, hasher))
                    .satisfies(e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(40)))
                    .satisfies(e -> assertThat(e.limit()).isEqualTo(TooManyAttempts.Limit.OTP_MAIL_QUOTA));
            assertThat(account.registrationOtp()).as("the last code still stands").isEqualTo(fifth);

            Instant anHourLater = T0.plus(Duration.ofHours(1));
            assertThat(account.canSendOtpAt(anHourLater)).isTrue();
            String code = account.issueRegistrationOtp(anHourLater, hasher);
            assertThat(account.registrationOtp().hash()).isEqualTo(hasher.hash(code));
        }

        @Test
        void aRestartRefusedByTheMailQuotaChangesNothing() {
            UserAccount.Registration registration = register();
            UserAccount account = registration.account();
            for (int i = 1; i <= 4; i++) {
                account.issueRegistrationOtp(T0.plus(Duration.ofMinutes(i)), hasher);
            }
            OneTimePassword current = account.registrationOtp();

            assertThatExceptionOfType(TooManyAttempts.class).isThrownBy(() -> account.registerAgain(
                    hasher.hash(NEW_PASSWORD), Role.CLIENT, T0.plus(Duration.ofMinutes(10)), hasher));

            assertThat(account.passwordHash()).isEqualTo(hasher.hash(PASSWORD));
            assertThat(account.role()).isEqualTo(Role.FREELANCER);
            assertThat(account.registrationOtp()).isEqualTo(current);
            assertThat(account.pendingRegistrations()).hasSize(1);
            assertThat(account.otpMailQuota()).isEqualTo(new OtpMailQuota(T0, 5));
        }
    }

    @Nested
    class LoggingIn {

        @Test
        void theRightPasswordSucceeds() {
            UserAccount account = activeAccount();
            assertThat(account.logIn(PASSWORD, T0, hasher)).isEqualTo(LoginOutcome.SUCCESS);
        }

        @Test
        void aWrongPasswordIsCounted() {
            UserAccount account = activeAccount();

            assertThat(account.logIn("Wrong&Pass123", T0, hasher)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
            assertThat(account.logIn(null, T0, hasher)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
            assertThat(account.loginThrottle().consecutiveFailures()).isEqualTo(2);
        }

        @Test
        void aSuccessClearsTheThrottle() {
            UserAccount account = activeAccount();
            for (int i = 0; i < 3; i++) {
                account.logIn("Wrong&Pass123", T0, hasher);
            }

            assertThat(account.logIn(PASSWORD, T0, hasher)).isEqualTo(LoginOutcome.SUCCESS);
            assertThat(account.loginThrottle()).isEqualTo(LoginThrottle.clear());
        }

        @Test
        void fiveFailuresLockEvenTheRightPasswordOutUntilTheLockEnds() {
            UserAccount account = activeAccount();
            for (int i = 0; i < 5; i++) {
                assertThat(account.logIn("Wrong&Pass123", T0, hasher)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
            }

            assertThat(account.logIn(PASSWORD, T0.plusSeconds(30), hasher)).isEqualTo(LoginOutcome.LOCKED);
            assertThat(account.logIn("Wrong&Pass123", T0.plusSeconds(40), hasher)).isEqualTo(LoginOutcome.LOCKED);
            assertThat(account.loginThrottle().consecutiveFailures()).as("locked attempts are not counted")
                    .isEqualTo(5);
            assertThat(account.loginThrottle().lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(1)));

            assertThat(account.logIn(PASSWORD, T0.plus(Duration.ofMinutes(1)), hasher)).isEqualTo(LoginOutcome.SUCCESS);
            assertThat(account.loginThrottle()).isEqualTo(LoginThrottle.clear());
        }

        @Test
        void aPendingAccountWithTheRightPasswordIsNotVerified() {
            UserAccount account = register().account();
            assertThat(account.logIn(PASSWORD, T0, hasher)).isEqualTo(LoginOutcome.NOT_VERIFIED);
        }

        @Test
        void aPendingAccountWithAWrongPasswordIsJustAWrongPassword() {
            UserAccount account = register().account();

            assertThat(account.logIn("Wrong&Pass123", T0, hasher)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
            assertThat(account.loginThrottle().consecutiveFailures()).isEqualTo(1);
        }

        @Test
        void anAccountWithoutPasswordNeverLogsInWithOne() {
            UserAccount account = UserAccount.activatedByGoogle(ID, EMAIL, Role.CLIENT, T0);

            assertThat(account.logIn(PASSWORD, T0, hasher)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
            assertThat(account.logIn("", T0, hasher)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
        }
    }

    @Nested
    class ResettingThePassword {

        @Test
        void onlyAnActiveAccountGetsAResetCode() {
            UserAccount pending = register().account();
            assertThatIllegalStateException().isThrownBy(() -> pending.issuePasswordResetOtp(T0, hasher));
            assertThat(pending.passwordResetOtp()).isNull();
        }

        @Test
        void checkingTheCodeDoesNotUseItUp() {
            UserAccount account = activeAccount();
            String code = account.issuePasswordResetOtp(T0, hasher);

            assertThat(account.checkPasswordResetOtp(code, T0, hasher)).isEqualTo(Check.VALID);
            assertThat(account.checkPasswordResetOtp(code, T0.plusSeconds(10), hasher)).isEqualTo(Check.VALID);
            assertThat(account.passwordResetOtp().hash()).isEqualTo(hasher.hash(code));
            assertThat(account.passwordHash()).isEqualTo(hasher.hash(PASSWORD));
        }

        @Test
        void aWrongCodeIsCountedAndExhaustsAfterFive() {
            UserAccount account = activeAccount();
            String code = account.issuePasswordResetOtp(T0, hasher);
            for (int i = 0; i < 5; i++) {
                assertThat(account.checkPasswordResetOtp(wrong(code), T0, hasher)).isEqualTo(Check.INVALID);
            }

            assertThat(account.passwordResetOtp().failedAttempts()).isEqualTo(5);
            assertThat(account.checkPasswordResetOtp(code, T0, hasher)).isEqualTo(Check.EXHAUSTED);
            assertThat(account.resetPassword(code, hasher.hash(NEW_PASSWORD), T0, hasher)).isEqualTo(Check.EXHAUSTED);
            assertThat(account.passwordHash()).isEqualTo(hasher.hash(PASSWORD));
        }

        @Test
        void withoutARequestedCodeThereIsNothingToCheck() {
            UserAccount account = activeAccount();
            assertThat(account.checkPasswordResetOtp("123456", T0, hasher)).isEqualTo(Check.INVALID);
            assertThat(account.resetPassword("123456", hasher.hash(NEW_PASSWORD), T0, hasher)).isEqualTo(Check.INVALID);
            assertThat(account.passwordHash()).isEqualTo(hasher.hash(PASSWORD));
        }

        @Test
        void aResetWithAWrongCodeChangesNothingButCounts() {
            UserAccount account = activeAccount();
            String code = account.issuePasswordResetOtp(T0, hasher);

            assertThat(account.resetPassword(wrong(code), hasher.hash(NEW_PASSWORD), T0, hasher)).isEqualTo(Check.INVALID);
            assertThat(account.passwordHash()).isEqualTo(hasher.hash(PASSWORD));
            assertThat(account.passwordResetOtp().failedAttempts()).isEqualTo(1);
        }

        @Test
        void aResetWithAnExpiredCodeChangesNothing() {
            UserAccount account = activeAccount();
            String code = account.issuePasswordResetOtp(T0, hasher);

            assertThat(account.resetPassword(code, hasher.hash(NEW_PASSWORD), T0.plus(Duration.ofMinutes(5)), hasher))
                    .isEqualTo(Check.EXPIRED);
            assertThat(account.passwordHash()).isEqualTo(hasher.hash(PASSWORD));
        }

        @Test
        void aResetWithTheRightCodeChangesThePasswordUsesTheCodeAndClearsTheThrottle() {
            UserAccount account = activeAccount();
            for (int i = 0; i < 5; i++) {
                account.logIn("Wrong&Pass123", T0, hasher);
            }
            assertThat(account.loginThrottle().isLockedAt(T0.plusSeconds(1))).isTrue();
            String code = account.issuePasswordResetOtp(T0, hasher);
            account.checkPasswordResetOtp(code, T0, hasher);

            assertThat(account.resetPassword(code, hasher.hash(NEW_PASSWORD), T0.plusSeconds(1), hasher))
                    .isEqualTo(Check.VALID);

            assertThat(account.passwordHash()).isEqualTo(hasher.hash(NEW_PASSWORD));
            assertThat(account.passwordResetOtp()).isNull();
            assertThat(account.loginThrottle()).isEqualTo(LoginThrottle.clear());
            assertThat(account.logIn(NEW_PASSWORD, T0.plusSeconds(2), hasher)).isEqualTo(LoginOutcome.SUCCESS);
            assertThat(account.logIn(PASSWORD, T0.plusSeconds(3), hasher)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
            assertThat(account.resetPassword(code, hasher.hash("Third&Pass123"), T0.plusSeconds(4), hasher))
                    .as("the code is used up").isEqualTo(Check.INVALID);
            assertThat(account.takeEvents()).isEmpty();
        }

        @Test
        void resetCodesShareTheMailQuotaWithRegistrationCodes() {
            UserAccount account = activeAccount();
            for (int i = 1; i <= 4; i++) {
                account.issuePasswordResetOtp(T0.plus(Duration.ofMinutes(i)), hasher);
            }
            assertThatExceptionOfType(TooManyAttempts.class)
                    .isThrownBy(() -> account.issuePasswordResetOtp(T0.plus(Duration.ofMinutes(5)), hasher));
        }
    }

    @Nested
    class SigningInWithGoogle {

        @Test
        void aNewGoogleAccountIsActiveWithoutPasswordAndRaisesUserActivated() {
            UserAccount account = UserAccount.activatedByGoogle(ID, EMAIL, Role.CLIENT, T0);

            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(account.passwordHash()).isNull();
            assertThat(account.firstLogin()).isTrue();
            assertThat(account.createdAt()).isEqualTo(T0);
            assertThat(account.activatedAt()).isEqualTo(T0);
            assertThat(account.registrationOtp()).isNull();
            assertThat(account.takeEvents()).containsExactly(new UserActivated(ID, "ana@example.com", Role.CLIENT, T0));
        }

        @Test
        void completingAPendingRegistrationDropsThePasswordAndTakesTheChosenRole() {
            UserAccount account = register().account();
            Instant at = T0.plusSeconds(90);

            account.completeRegistrationWithGoogle(Role.CLIENT, at);

            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(account.role()).isEqualTo(Role.CLIENT);
            assertThat(account.passwordHash()).as("the unverified password is dropped").isNull();
            assertThat(account.registrationOtp()).isNull();
            assertThat(account.activatedAt()).isEqualTo(at);
            assertThat(account.takeEvents()).containsExactly(new UserActivated(ID, "ana@example.com", Role.CLIENT, at));
            assertThat(account.logIn(PASSWORD, at, hasher)).isEqualTo(LoginOutcome.WRONG_PASSWORD);
        }

        @Test
        void completingWithoutARoleKeepsTheRegisteredOne() {
            UserAccount account = register().account();

            account.completeRegistrationWithGoogle(null, T0);

            assertThat(account.role()).isEqualTo(Role.FREELANCER);
            assertThat(account.takeEvents()).containsExactly(new UserActivated(ID, "ana@example.com", Role.FREELANCER, T0));
        }

        @Test
        void anActiveAccountCannotBeCompletedAgain() {
            UserAccount account = activeAccount();
            assertThatExceptionOfType(AccountAlreadyVerified.class)
                    .isThrownBy(() -> account.completeRegistrationWithGoogle(Role.CLIENT, T0));
            assertThat(account.role()).isEqualTo(Role.FREELANCER);
            assertThat(account.takeEvents()).isEmpty();
        }
    }

    @Test
    void firstLoginCanBeMarkedBothWays() {
        UserAccount account = activeAccount();

        account.markFirstLogin(false);
        assertThat(account.firstLogin()).isFalse();
        account.markFirstLogin(true);
        assertThat(account.firstLogin()).isTrue();
    }

    @Test
    void rebuildingFromStorageChecksNothingAndRaisesNothing() {
        UserAccount account = new UserAccount(ID, EMAIL, T0, Role.CLIENT, "stored-hash", AccountStatus.ACTIVE, false,
                T0, null, null, null, null, null);

        assertThat(account.otpMailQuota()).isEqualTo(OtpMailQuota.none());
        assertThat(account.loginThrottle()).isEqualTo(LoginThrottle.clear());
        assertThat(account.firstLogin()).isFalse();
        assertThat(account.takeEvents()).isEmpty();
    }

    @Nested
    class AccessTokens {

        @Test
        void endingThemSetsTheLimitToTheNextWholeSecond() {
            UserAccount account = activeAccount();
            Instant logout = T0.plusMillis(1_400);

            assertThat(account.endAccessTokens(logout)).isEqualTo(T0.plusSeconds(2));
            assertThat(account.accessTokensValidAfter()).isEqualTo(T0.plusSeconds(2));
        }

        @Test
        void aTokenIssuedInTheSameSecondAfterTheLogoutIsStampedWithTheLimit() {
            UserAccount account = activeAccount();
            account.endAccessTokens(T0.plusMillis(1_400));

            assertThat(account.accessTokenIssueTime(T0.plusMillis(1_600))).isEqualTo(T0.plusSeconds(2));
            assertThat(account.accessTokenIssueTime(T0.plusSeconds(3))).isEqualTo(T0.plusSeconds(3));
        }

        @Test
        void aPasswordResetEndsThem() {
            UserAccount account = activeAccount();
            String code = account.issuePasswordResetOtp(T0, hasher);

            account.resetPassword(code, hasher.hash(NEW_PASSWORD), T0.plusMillis(500), hasher);

            assertThat(account.accessTokensValidAfter()).isEqualTo(T0.plusSeconds(1));
        }
    }
}
