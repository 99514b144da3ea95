package com.skillconnect.identity.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Verifies Google ID tokens. */
@SecondaryPort
public interface GoogleIdentities {

    /**
     * The identity a valid ID token vouches for.
     *
     * @throws InvalidGoogleToken          for a token that is forged, expired, for another audience or
     *                                     whose e-mail Google has not verified
     * @throws GoogleSignInUnavailable     when sign-in is not configured or Google cannot be reached
     */
    GoogleIdentity verify(String idToken);

    record GoogleIdentity(String subject, EmailAddress email) {
    }
}
