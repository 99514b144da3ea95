package com.skillconnect.kernel;

/**
 * The violation codes every module's forms share ("any field", "any upload"): what is wrong, never how
 * to say it. Arguments, where a code has any, are named in its comment. A module keeps its own business
 * codes beside these (talent's {@code Code}); the English words for these are written once, in
 * {@code kernel.spring.CommonMessages}. The strings are part of the modules' contracts: never change one.
 */
public final class CommonCode {

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
    /** Not an absolute http(s) URL with a host name ({@link WebUrl}). */
    public static final String URL_INVALID = "url.invalid";

    // ---- any upload ---------------------------------------------------------------------------
    /** An uploaded file with no bytes. */
    public static final String FILE_EMPTY = "file.empty";
    /** An uploaded file over args[0] bytes (a long). */
    public static final String FILE_TOO_LARGE = "file.too_large";
    /** A picture that is not png, jpeg or webp ({@link FileKind#PICTURES}). */
    public static final String NOT_A_PICTURE = "file.not_a_picture";

    private CommonCode() {
    }
}
