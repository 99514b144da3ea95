package com.skillconnect.billing.adapter.out.razorpay;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Razorpay's signatures: the lower-case hex HMAC-SHA256 of a payload under a secret. A presented signature is
 * compared with the expected one by {@link MessageDigest#isEqual}, whose time does not depend on where they differ
 * (ADR 30: razorpay-java is not used for this).
 */
final class HmacSignatures {

    private static final String ALGORITHM = "HmacSHA256";

    private HmacSignatures() {
    }

    /** The hex HMAC-SHA256 of {@code payload} under {@code secret}. */
    static String sign(byte[] payload, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /** Whether {@code signature} is the hex HMAC-SHA256 of {@code payload} under {@code secret} (any hex case). */
    static boolean valid(byte[] payload, String signature, String secret) {
        if (signature == null || signature.isEmpty()) {
            return false;
        }
        byte[] expected = sign(payload, secret).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented);
    }
}
