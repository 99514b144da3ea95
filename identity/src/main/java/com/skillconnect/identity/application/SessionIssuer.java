package com.skillconnect.identity.application;

import com.skillconnect.identity.domain.RefreshToken;
import com.skillconnect.identity.domain.RefreshTokenId;
import com.skillconnect.identity.domain.RefreshTokens;
import com.skillconnect.identity.domain.TokenIssuer;
import com.skillconnect.identity.domain.UserAccount;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Opens a session for an active account: a tracked refresh token and an access token. */
@Component
class SessionIssuer {

    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;

    SessionIssuer(TokenIssuer tokens, RefreshTokens refreshTokens) {
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
    }

    AuthenticatedSession open(UserAccount account, Instant now) {
        RefreshTokenId id = RefreshTokenId.random();
        TokenIssuer.SignedRefreshToken refresh = tokens.refreshToken(account, id, now);
        refreshTokens.save(new RefreshToken(id, account.id(), now, refresh.expiresAt(), null));
        return new AuthenticatedSession(tokens.accessToken(account, now), refresh.value(), AccountView.of(account));
    }
}
