package com.skillconnect.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/** Finds the HMAC key that signs and verifies tokens: configured, or generated once for development. */
final class JwtSigningKeyResolver {

    static final int MIN_SECRET_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(JwtSigningKeyResolver.class);

    private JwtSigningKeyResolver() {
    }

    static SecretKey resolve(JwtProperties properties) {
        byte[] secret = StringUtils.hasText(properties.secret())
                ? properties.secret().getBytes(StandardCharsets.UTF_8)
                : developmentSecret(Path.of(properties.devSecretFile()));
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("skillconnect.security.jwt.secret must be at least "
                    + MIN_SECRET_BYTES + " bytes long");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    private static byte[] developmentSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[48];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(random));
                restrictToOwner(file);
            }
            log.warn("skillconnect.security.jwt.secret is not set: signing tokens with the development secret "
                    + "kept in {}. Set one shared secret for every instance in production.", file.toAbsolutePath());
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development JWT secret " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // best effort on file systems without POSIX permissions
        }
    }
}
