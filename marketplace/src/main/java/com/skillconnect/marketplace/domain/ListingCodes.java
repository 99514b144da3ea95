package com.skillconnect.marketplace.domain;

/**
 * The codes of the rules gigs and proposals share (their category, their skills): what is wrong, never how to
 * say it. Every code starts with {@code listing.}, so no other module's words claim it; the field codes every form
 * shares are the kernel's {@code CommonCode}.
 */
public final class ListingCodes {

    /** No category has the id sent (args[0]: the id as sent). */
    public static final String CATEGORY_UNKNOWN = "listing.category.unknown";
    /** The skills were sent in a shape that is no list of names ({@code 42}, {@code {"a": 1}}). */
    public static final String SKILLS_FORMAT = "listing.skills.format";

    private ListingCodes() {
    }
}
