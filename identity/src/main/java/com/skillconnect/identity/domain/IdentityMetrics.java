package com.skillconnect.identity.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What identity counts for operations: registrations, refused logins (by reason), mailed codes. */
@SecondaryPort
public interface IdentityMetrics {

    enum LoginRefusal { INVALID_CREDENTIALS, LOCKED, CLIENT_LIMITED, NOT_VERIFIED }

    void registered();

    void loginRefused(LoginRefusal reason);

    void otpMailed();
}
