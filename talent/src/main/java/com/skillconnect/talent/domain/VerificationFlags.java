package com.skillconnect.talent.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What SkillConnect has verified about a freelancer. Never set by the freelancer: the e-mail flag
 * follows identity's {@code UserActivated}; phone, id and video checks do not exist yet and stay false.
 */
@ValueObject
public record VerificationFlags(boolean emailVerified, boolean phoneVerified, boolean idVerified, boolean videoVerified) {

    public static VerificationFlags emailOnly(boolean emailVerified) {
        return new VerificationFlags(emailVerified, false, false, false);
    }
}
