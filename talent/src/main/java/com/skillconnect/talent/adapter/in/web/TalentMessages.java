package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.spring.CommonMessages;
import com.skillconnect.talent.domain.Code;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The English messages of talent's {@linkplain Code violation codes}, as the API has always worded them;
 * the codes every form shares are worded by the kernel's {@link CommonMessages}. A few were worded
 * differently by the freelancer and the client profile APIs, and stay so ({@link Resource}): the client
 * profile overrides two common wordings.
 */
final class TalentMessages {

    /** The resource whose wording a message takes. */
    enum Resource { FREELANCER, CLIENT }

    static final String FREELANCER_INVALID_NAME =
            "Enter a valid name: at least 2 letters, with single spaces, hyphens or apostrophes between them.";
    static final String CLIENT_INVALID_NAME =
            "Enter a valid name: letters, with single spaces, hyphens or apostrophes between them.";

    private static final Map<String, Function<Violation, String>> COMMON = new HashMap<>();
    private static final Map<String, Function<Violation, String>> FREELANCER = new HashMap<>();
    private static final Map<String, Function<Violation, String>> CLIENT = new HashMap<>();

    static {
        fixed(COMMON, Code.END_YEAR_BEFORE_START, "End year must be greater than or equal to start year.");
        fixed(COMMON, Code.END_DATE_BEFORE_START, "End date must not be before start date.");
        fixed(COMMON, Code.ONGOING_WITH_END_DATE, "An ongoing experience has no end date.");
        fixed(COMMON, Code.DUPLICATE_LANGUAGE, "This language is listed twice.");
        fixed(COMMON, Code.NO_SKILL, "At least one skill is required.");
        fixed(COMMON, Code.NO_LANGUAGE, "At least one language is required.");
        COMMON.put(Code.REQUIRED_FOR_BUSINESS, violation -> TalentErrors.label(violation) + " is required for business accounts.");
        fixed(COMMON, Code.NOT_A_CERTIFICATE, "Unsupported file type: upload a pdf, png or jpg file.");
        COMMON.put(Code.NO_ITEM_AT_POSITION, violation -> "There is no " + TalentErrors.itemName(violation)
                + " at position " + violation.arg(0) + ".");
        fixed(COMMON, Code.PROFILE_EXISTS, "Profile already exists for this user");

        fixed(FREELANCER, Code.NAME_TOO_SHORT, FREELANCER_INVALID_NAME);
        fixed(FREELANCER, Code.NAME_INVALID, FREELANCER_INVALID_NAME);
        withArg(FREELANCER, Code.COUNTRY_UNKNOWN, "\"%s\" is not a known country.");

        fixed(CLIENT, Code.NAME_TOO_SHORT, "Ensure this field has at least 2 characters.");
        fixed(CLIENT, Code.NAME_INVALID, CLIENT_INVALID_NAME);
        fixed(CLIENT, Code.COUNTRY_UNKNOWN, "Enter a known country name.");
        CLIENT.put(CommonCode.FILE_TOO_LARGE, violation -> "The file is too large: at most " + size(violation) + ".");
        fixed(CLIENT, CommonCode.NOT_A_PICTURE, "Upload a valid image: a PNG, JPEG or WebP file.");
    }

    private TalentMessages() {
    }

    /** The message of a violation; an unknown code (a bug) is answered as itself rather than failing the answer. */
    static String of(Violation violation, Resource resource) {
        Function<Violation, String> message = (resource == Resource.CLIENT ? CLIENT : FREELANCER).get(violation.code());
        if (message == null) {
            message = COMMON.get(violation.code());
        }
        if (message == null) {
            return CommonMessages.of(violation).orElse(violation.code());
        }
        return message.apply(violation);
    }

    /** Whether the code has a message for the resource. */
    static boolean knows(String code, Resource resource) {
        return COMMON.containsKey(code) || (resource == Resource.CLIENT ? CLIENT : FREELANCER).containsKey(code)
                || CommonMessages.knows(code);
    }

    private static String size(Violation violation) {
        return CommonMessages.readableSize(((Number) violation.arg(0)).longValue());
    }

    private static void fixed(Map<String, Function<Violation, String>> messages, String code, String message) {
        messages.put(code, violation -> message);
    }

    private static void withArg(Map<String, Function<Violation, String>> messages, String code, String format) {
        messages.put(code, violation -> String.format(Locale.ROOT, format, violation.arg(0)));
    }
}
