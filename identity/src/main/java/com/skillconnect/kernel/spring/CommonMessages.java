package com.skillconnect.kernel.spring;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Violation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The English words of the {@linkplain CommonCode codes every form shares}, as the API has always
 * worded them (mostly DRF's own). Written once for every module's web adapter: its
 * {@link com.skillconnect.kernel.ViolationMessages} (or per-resource error body) words its own codes
 * and asks here for the rest, overriding a common wording only where its API has always said it
 * differently (talent's client profile words {@code file.too_large} its own way).
 * <pre>{@code
 * String message = myWords.getOrDefault(violation.code(), () -> CommonMessages.of(violation).orElse(violation.code()));
 * }</pre>
 */
public final class CommonMessages {

    private static final Map<String, Function<Violation, String>> MESSAGES = new HashMap<>();

    static {
        fixed(CommonCode.REQUIRED, "This field is required.");
        fixed(CommonCode.BLANK, "This field may not be blank.");
        withArg(CommonCode.TOO_LONG, "Ensure this field has no more than %s characters.");
        withArg(CommonCode.TOO_SHORT, "Ensure this field has at least %s characters.");
        fixed(CommonCode.NOT_AN_INTEGER, "A valid integer is required.");
        fixed(CommonCode.NOT_A_NUMBER, "A valid number is required.");
        withArg(CommonCode.TOO_SMALL, "Ensure this value is greater than or equal to %s.");
        withArg(CommonCode.TOO_BIG, "Ensure this value is less than or equal to %s.");
        withArg(CommonCode.TOO_MANY_DECIMALS, "Ensure that there are no more than %s decimal places.");
        withArg(CommonCode.TOO_MANY_DIGITS, "Ensure that there are no more than %s digits in total.");
        fixed(CommonCode.NOT_A_BOOLEAN, "Must be a valid boolean.");
        fixed(CommonCode.NOT_A_DATE, "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
        withArg(CommonCode.NOT_A_CHOICE, "\"%s\" is not a valid choice.");
        withArg(CommonCode.TOO_MANY_ITEMS, "Ensure this field has no more than %s elements.");
        fixed(CommonCode.NOT_AN_ITEM, "Invalid data. Expected a dictionary.");
        fixed(CommonCode.NOT_A_STRING, "Not a valid string.");
        withArg(CommonCode.NOT_A_LIST, "Expected a list of items but got type \"%s\".");
        withArg(CommonCode.NOT_AN_OBJECT, "Invalid data. Expected a dictionary, but got %s.");
        fixed(CommonCode.URL_INVALID, "Enter a valid URL.");
        fixed(CommonCode.FILE_EMPTY, "The submitted file is empty.");
        MESSAGES.put(CommonCode.FILE_TOO_LARGE, violation -> "The file is too large: at most "
                + readableSize(((Number) violation.arg(0)).longValue()) + " are allowed.");
        fixed(CommonCode.NOT_A_PICTURE, "Upload a valid image: png, jpeg or webp.");
    }

    private CommonMessages() {
    }

    /** The English message of a common code, or empty when the code is not one of {@link CommonCode}'s. */
    public static Optional<String> of(Violation violation) {
        return Optional.ofNullable(MESSAGES.get(violation.code())).map(message -> message.apply(violation));
    }

    /** Whether the code is a common one (has words here). */
    public static boolean knows(String code) {
        return MESSAGES.containsKey(code);
    }

    /** The common codes worded here. */
    public static Set<String> codes() {
        return Set.copyOf(MESSAGES.keySet());
    }

    /** A byte count as people read limits: {@code 10 MB}, {@code 512 KB}, {@code 1000 bytes}. */
    public static String readableSize(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private static void fixed(String code, String message) {
        MESSAGES.put(code, violation -> message);
    }

    private static void withArg(String code, String format) {
        MESSAGES.put(code, violation -> String.format(Locale.ROOT, format, violation.arg(0)));
    }
}
