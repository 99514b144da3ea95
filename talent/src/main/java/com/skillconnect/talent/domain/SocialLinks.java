package com.skillconnect.talent.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Links to a freelancer's public accounts; each is an http(s) URL or null. */
@ValueObject
public record SocialLinks(String githubUrl, String linkedinUrl, String twitterUrl, String facebookUrl,
        String instagramUrl) {

    public static final SocialLinks NONE = new SocialLinks(null, null, null, null, null);
}
