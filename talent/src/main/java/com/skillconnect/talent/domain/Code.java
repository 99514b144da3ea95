package com.skillconnect.talent.domain;

/**
 * The codes of talent's broken rules: what is wrong, never how to say it. Arguments, where a code has
 * any, are named in its comment. The web adapter owns the English messages.
 */
public final class Code {

    // ---- any field ----------------------------------------------------------------------------
    /** Not sent, and needed. */
    public static final String REQUIRED = "required";
    /** Sent empty or as spaces. */
    public static final String BLANK = "blank";
    /** Longer than args[0] characters. */
    public static final String TOO_LONG = "too_long";
    /** Shorter than args[0] characters. */
    public static final String TOO_SHORT = "too_short";
    /** Not a whole number. */
    public static final String NOT_AN_INTEGER = "not_an_integer";
    /** Not a number. */
    public static final String NOT_A_NUMBER = "not_a_number";
    /** Below args[0]. */
    public static final String TOO_SMALL = "too_small";
    /** Above args[0]. */
    public static final String TOO_BIG = "too_big";
    /** More than args[0] decimal places. */
    public static final String TOO_MANY_DECIMALS = "too_many_decimals";
    /** More than args[0] digits in total. */
    public static final String TOO_MANY_DIGITS = "too_many_digits";
    /** Not a yes/no value. */
    public static final String NOT_A_BOOLEAN = "not_a_boolean";
    /** Not an ISO {@code YYYY-MM-DD} date. */
    public static final String NOT_A_DATE = "not_a_date";
    /** args[0] (the text sent) is none of the choices. */
    public static final String NOT_A_CHOICE = "not_a_choice";
    /** More than args[0] items. */
    public static final String TOO_MANY_ITEMS = "too_many_items";
    /** An item of a list that is not an object. */
    public static final String NOT_AN_ITEM = "not_an_item";
    /** A field that could not be read as text. */
    public static final String NOT_A_STRING = "not_a_string";
    /** A field that should be a list is of JSON type args[0]. */
    public static final String NOT_A_LIST = "not_a_list";
    /** A field (or the input) that should be an object is of JSON type args[0]. */
    public static final String NOT_AN_OBJECT = "not_an_object";

    // ---- values -------------------------------------------------------------------------------
    /** A person's name shorter than 2 characters. */
    public static final String NAME_TOO_SHORT = "name.too_short";
    /** A person's name that is not letters with single spaces, hyphens or apostrophes between them. */
    public static final String NAME_INVALID = "name.invalid";
    /** args[0] (the text sent) is no known country. */
    public static final String COUNTRY_UNKNOWN = "country.unknown";
    /** Not an absolute http(s) URL with a host name. */
    public static final String URL_INVALID = "url.invalid";
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
    /** An uploaded file with no bytes. */
    public static final String FILE_EMPTY = "file.empty";
    /** An uploaded file over args[0] bytes (a long). */
    public static final String FILE_TOO_LARGE = "file.too_large";
    /** A picture that is not png, jpeg or webp. */
    public static final String NOT_A_PICTURE = "file.not_a_picture";
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
