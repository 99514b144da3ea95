package com.skillconnect.identity.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** One-way hashing of secrets (passwords and one-time passwords): only hashes are ever stored. */
@SecondaryPort
public interface SecretHasher {

    String hash(String secret);

    boolean matches(String secret, String hash);
}
