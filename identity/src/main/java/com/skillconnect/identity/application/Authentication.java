package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.EmailAddress;
import com.skillconnect.identity.domain.IdentityMetrics;
import com.skillconnect.identity.domain.IdentityMetrics.LoginRefusal;
import com.skillconnect.identity.domain.IdentityCode;
import com.skillconnect.identity.domain.LoginOutcome;
import com.skillconnect.identity.domain.RefreshToken;
import com.skillconnect.identity.domain.RefreshTokens;
import com.skillconnect.identity.domain.SecretHasher;
import com.skillconnect.identity.domain.TokenIssuer;
import com.skillconnect.identity.domain.TooManyAttempts;
import com.skillconnect.identity.domain.UserAccount;
import com.skillconnect.identity.domain.UserAccounts;
import com.skillconnect.kernel.RuleViolationException;
import com.skillconnect.kernel.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Password login, access-token refresh and logout. */
@Service
public class Authentication {

    private final UserAccounts accounts;
    private final RefreshTokens refreshTokens;
    private final TokenIssuer tokens;
    private final SecretHasher hasher;
    private final SessionIssuer sessions;
    private final ClientLoginLimiter clientLimiter;
    private final LoginFailuresByClient clientFailures;
    private final AccessTokenValidity accessTokens;
    private final IdentityMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String unknownUserHash;

    Authentication(UserAccounts accounts, RefreshTokens refreshTokens, TokenIssuer tokens, SecretHasher hasher,
            SessionIssuer sessions, ClientLoginLimiter clientLimiter, LoginFailuresByClient clientFailures,
            AccessTokenValidity accessTokens, IdentityMetrics metrics, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clientLimiter = clientLimiter;
        this.clientFailures = clientFailures;
        this.accessTokens = accessTokens;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        // checked against for unknown e-mails, so that they take as long as known ones
        this.unknownUserHash = hasher.hash("unknown-user-" + System.nanoTime());
    }

    /**
     * Signs a user in with e-mail and password. Failures are counted per account (which then locks for a
     * growing time, for clients that failed on it) and per client; both answer {@link TooManyAttempts}
     * once exceeded. The attempt is counted in one short transaction before the password is checked and
     * its outcome stored in another: the costly check holds neither a lock nor a connection.
     */
    public AuthenticatedSession logIn(String rawEmail, String password, String client) {
        Required.fields("email", rawEmail, "password", password);
        Duration clientBlock = clientLimiter.blockedFor(client);
        if (!clientBlock.isZero()) {
            metrics.loginRefused(LoginRefusal.CLIENT_LIMITED);
            throw tooManyFailures(clientBlock);
        }
        Optional<UserAccount> found = account(rawEmail);
        if (found.isEmpty()) {
            hasher.matches(password, unknownUserHash);
            throw wrongPassword(client);
        }
        Instant admittedAt = clock.instant();
        UserAccount admitted = transactions.execute(status -> {
            UserAccount account = accounts.findByIdForUpdate(found.get().id()).orElseThrow();
            // marked under the account's lock: attempts are admitted in the order they are marked
            boolean withoutRecentFailures = clientFailures.startAttempt(account.id(), client);
            if (!account.admitLogin(admittedAt, withoutRecentFailures)) {
                return null;
            }
            return accounts.save(account);
        });
        if (admitted == null) {
            metrics.loginRefused(LoginRefusal.LOCKED);
            throw tooManyFailures(lockOf(found.get(), admittedAt));
        }
        if (!admitted.passwordMatches(password, hasher)) {
            // counted (and locked, if it was the fifth) when admitted: nothing left to store
            throw wrongPassword(client);
        }
        record Finished(LoginOutcome outcome, AuthenticatedSession session) {
        }
        Finished finished = transactions.execute(status -> {
            Instant now = clock.instant();
            UserAccount account = accounts.findByIdForUpdate(admitted.id()).orElseThrow();
            LoginOutcome outcome = account.finishLogin(true, now);
            accounts.save(account);
            return new Finished(outcome, outcome == LoginOutcome.SUCCESS ? sessions.open(account, now) : null);
        });
        return switch (finished.outcome()) {
            case SUCCESS -> {
                clientFailures.succeeded(admitted.id(), client);
                yield finished.session();
            }
            case NOT_VERIFIED -> {
                clientFailures.succeeded(admitted.id(), client);
                metrics.loginRefused(LoginRefusal.NOT_VERIFIED);
                throw new RuleViolationException(Violation.whole(IdentityCode.NOT_VERIFIED));
            }
            case WRONG_PASSWORD, LOCKED -> throw wrongPassword(client);
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

    /**
     * Revokes the presented refresh token and ends the account's access tokens issued until now (those
     * of its other sessions too: they get new ones with their refresh tokens).
     */
    @Transactional
    public void logOut(String refreshToken) {
        Required.fields("refresh", refreshToken);
        Instant now = clock.instant();
        RefreshToken token = usableRefreshToken(refreshToken, now)
                .orElseThrow(() -> new RuleViolationException(Violation.of("refresh", IdentityCode.REFRESH_TOKEN_INVALID)));
        token.revoke(now);
        refreshTokens.save(token);
        accounts.findById(token.userId()).ifPresent(account -> {
            Instant limit = account.endAccessTokens(now);
            accounts.save(account);
            accessTokens.ended(account.id(), limit);
        });
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

    private RuleViolationException wrongPassword(String client) {
        clientLimiter.recordFailure(client);
        metrics.loginRefused(LoginRefusal.INVALID_CREDENTIALS);
        return new RuleViolationException(Violation.whole(IdentityCode.INVALID_CREDENTIALS));
    }

    /** The lock that refused an attempt, as stored now (it may have been set by a parallel attempt). */
    private Duration lockOf(UserAccount account, Instant now) {
        return accounts.findById(account.id()).map(fresh -> fresh.loginThrottle().remainingLockAt(now)).orElse(Duration.ZERO);
    }

    private static TooManyAttempts tooManyFailures(Duration wait) {
        return new TooManyAttempts(TooManyAttempts.Limit.LOGIN_FAILURES, wait);
    }
}
