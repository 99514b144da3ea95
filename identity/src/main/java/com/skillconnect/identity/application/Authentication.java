package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.IdentityRuleViolation;
import com.skillconnect.identity.domain.LoginOutcome;
import com.skillconnect.identity.domain.RefreshToken;
import com.skillconnect.identity.domain.RefreshTokens;
import com.skillconnect.identity.domain.SecretHasher;
import com.skillconnect.identity.domain.TokenIssuer;
import com.skillconnect.identity.domain.TooManyAttempts;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password login, access-token refresh and logout. */
@Service
public class Authentication {

    static final String INVALID_CREDENTIALS = "Invalid email or password";
    static final String NOT_VERIFIED = "Email is not verified. Please verify your email with the OTP sent to you.";

    private final UserAccounts accounts;
    private final RefreshTokens refreshTokens;
    private final TokenIssuer tokens;
    private final SecretHasher hasher;
    private final SessionIssuer sessions;
    private final ClientLoginLimiter clientLimiter;
    private final Clock clock;
    private final String unknownUserHash;

    Authentication(UserAccounts accounts, RefreshTokens refreshTokens, TokenIssuer tokens, SecretHasher hasher,
            SessionIssuer sessions, ClientLoginLimiter clientLimiter, Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clientLimiter = clientLimiter;
        this.clock = clock;
        // checked against for unknown e-mails, so that they take as long as known ones
        this.unknownUserHash = hasher.hash("unknown-user-" + System.nanoTime());
    }

    /**
     * Signs a user in with e-mail and password. Failures are counted per account (which then locks for a
     * growing time) and per client; both answer {@link TooManyAttempts} once exceeded.
     */
    @Transactional(noRollbackFor = {IdentityRuleViolation.class, TooManyAttempts.class})
    public AuthenticatedSession logIn(String rawEmail, String password, String client) {
        new FieldErrors().required("email", rawEmail).required("password", password).throwIfAny();
        Duration clientBlock = clientLimiter.blockedFor(client);
        if (!clientBlock.isZero()) {
            throw tooManyFailures(clientBlock);
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = account(rawEmail);
        if (found.isEmpty()) {
            hasher.matches(password, unknownUserHash);
            clientLimiter.recordFailure(client);
            throw IdentityRuleViolation.nonField(INVALID_CREDENTIALS);
        }
        UserAccount account = found.get();
        LoginOutcome outcome = account.logIn(password, now, hasher);
        accounts.save(account);
        return switch (outcome) {
            case SUCCESS -> sessions.open(account, now);
            case LOCKED -> throw tooManyFailures(account.loginThrottle().remainingLockAt(now));
            case NOT_VERIFIED -> throw IdentityRuleViolation.nonField(NOT_VERIFIED);
            case WRONG_PASSWORD -> {
                clientLimiter.recordFailure(client);
                throw IdentityRuleViolation.nonField(INVALID_CREDENTIALS);
            }
        };
    }

    /** A new access token for a refresh token that is still tracked, unrevoked and unexpired. */
    @Transactional(readOnly = true)
    public String refreshAccess(String refreshToken) {
        Instant now = clock.instant();
        RefreshToken token = usableRefreshToken(refreshToken, now).orElseThrow(InvalidRefreshToken::new);
        UserAccount account = accounts.findById(token.userId()).filter(UserAccount::isActive)
                .orElseThrow(InvalidRefreshToken::new);
        return tokens.accessToken(account, now);
    }

    /** Revokes the presented refresh token. */
    @Transactional
    public void logOut(String refreshToken) {
        new FieldErrors().required("refresh", refreshToken).throwIfAny();
        Instant now = clock.instant();
        RefreshToken token = usableRefreshToken(refreshToken, now)
                .orElseThrow(() -> IdentityRuleViolation.of("refresh", "Token is invalid or expired"));
        token.revoke(now);
        refreshTokens.save(token);
    }

    private Optional<RefreshToken> usableRefreshToken(String refreshToken, Instant now) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Optional.empty();
        }
        return tokens.readRefreshToken(refreshToken).flatMap(refreshTokens::findById).filter(t -> t.isUsableAt(now));
    }

    private Optional<UserAccount> account(String rawEmail) {
        String email = EmailAddress.normalise(rawEmail);
        return EmailAddress.isValid(email) ? accounts.findByEmail(new EmailAddress(email)) : Optional.empty();
    }

    private static TooManyAttempts tooManyFailures(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new TooManyAttempts("Too many failed login attempts. Try again in " + seconds + " seconds.", wait);
    }
}
