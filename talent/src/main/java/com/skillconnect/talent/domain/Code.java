package com.skillconnect.talent.domain;

/**
 * The codes of talent's own broken rules: what is wrong, never how to say it. Arguments, where a code has
 * any, are named in its comment. The web adapter owns the English messages. The codes every form shares
 * (required, too_long, not_a_number, file.empty, …) are the kernel's {@link com.skillconnect.kernel.CommonCode}.
 */
public final class Code {

    // ---- values -------------------------------------------------------------------------------
    /** A person's name shorter than 2 characters. */
    public static final String NAME_TOO_SHORT = "name.too_short";
    /** A person's name that is not letters with single spaces, hyphens or apostrophes between them. */
    public static final String NAME_INVALID = "name.invalid";
    /** args[0] (the text sent) is no known country. */
    public static final String COUNTRY_UNKNOWN = "country.unknown";
    /** A year range whose end is before its start. */
    public static final String END_YEAR_BEFORE_START = "years.end_before_start";
    /** A date range whose end is before its start. */
    public static final String END_DATE_BEFORE_START = "dates.end_before_start";
    /** An ongoing experience with an end date. */
    public static final String ONGOING_WITH_END_DATE = "experience.ongoing_with_end";
    /** A language listed twice. */
    public static final String DUPLICATE_LANGUAGE = "language.duplicate";
    /** No skill. */
    public static final String NO_SKILL = "skills.none";
    /** No language. */
    public static final String NO_LANGUAGE = "languages.none";
    /** Required on a business account. */
    public static final String REQUIRED_FOR_BUSINESS = "business.required";

    // ---- files --------------------------------------------------------------------------------
    /** A certificate that is not pdf, png or jpeg. */
    public static final String NOT_A_CERTIFICATE = "file.not_a_certificate";
    /** A certificate for a list position that has no item. */
    public static final String NO_ITEM_AT_POSITION = "certificate.no_item";

    // ---- profiles -----------------------------------------------------------------------------
    /** The user already has a profile. */
    public static final String PROFILE_EXISTS = "profile.exists";

    private Code() {
    }
}
