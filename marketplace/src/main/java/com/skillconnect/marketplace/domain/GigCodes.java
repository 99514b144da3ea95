package com.skillconnect.marketplace.domain;

/** The codes of the rules only gigs have ({@code gig.}); the shared ones are {@link ListingCodes} and {@code CommonCode}. */
public final class GigCodes {

    /** Only a freelancer with a freelancer profile offers gigs (answered 403). */
    public static final String NOT_A_FREELANCER = "gig.not_a_freelancer";

    private GigCodes() {
    }
}
