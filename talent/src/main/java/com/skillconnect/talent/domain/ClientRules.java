package com.skillconnect.talent.domain;

import static com.skillconnect.talent.domain.ClientField.*;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.Service;

/**
 * The rules of a client profile. {@link #check} looks at every field (and the picture) and either
 * answers the checked {@link ClientDetails} or throws one {@link TalentRuleViolation} with all the
 * messages, keyed by field as DRF does, so that nothing is stored when anything is wrong.
 */
@Service
public final class ClientRules {

    public static final String REQUIRED = "This field is required.";
    public static final String BLANK = "This field may not be blank.";
    public static final String INVALID_NAME = "Enter a valid name: letters, with single spaces, hyphens or apostrophes between them.";
    public static final String NAME_TOO_SHORT = "Ensure this field has at least 2 characters.";
    public static final String INVALID_URL = "Enter a valid URL.";
    public static final String UNKNOWN_COUNTRY = "Enter a known country name.";
    public static final String INVALID_NUMBER = "A valid number is required.";
    public static final String NEGATIVE = "Ensure this value is greater than or equal to 0.";
    public static final String TOO_MANY_DECIMALS = "Ensure that there are no more than 2 decimal places.";
    public static final String TOO_MANY_DIGITS = "Ensure that there are no more than 12 digits in total.";
    public static final String NOT_AN_IMAGE = "Upload a valid image: a PNG, JPEG or WebP file.";
    public static final String EMPTY_FILE = "The submitted file is empty.";

    /** The messages of the business-account rule, as the API document words them. */
    public static final Map<ClientField, String> BUSINESS_REQUIRED = Map.of(
            COMPANY_NAME, "Company name is required for business accounts.",
            INDUSTRY, "Industry is required for business accounts.",
            COMPANY_SIZE, "Company size is required for business accounts.",
            COMPANY_DESCRIPTION, "Company description is required for business accounts.");

    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[ '\\-\u2019]\\p{L}[\\p{L}\\p{M}]*)*");
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("10000000000"); // numeric(12, 2)

    private ClientRules() {
    }

    public static String tooLong(int max) {
        return "Ensure this field has no more than " + max + " characters.";
    }

    public static String notAChoice(String value) {
        return "\"" + value + "\" is not a valid choice.";
    }

    public static String pictureTooLarge(long maxBytes) {
        return "The file is too large: at most " + readable(maxBytes) + ".";
    }

    /**
     * Checks a complete draft (create, full update, or a partial update laid over the stored details).
     * Required fields must be present and not blank; the picture, when one was sent, must be an image
     * within {@code maxPictureBytes}.
     */
    public static ClientDetails check(ClientDraft draft, UploadedFile picture, long maxPictureBytes) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (ClientField field : ClientField.values()) {
            String value = draft.get(field);
            if (value == null) {
                if (field.required()) {
                    add(errors, field, REQUIRED);
                }
                continue;
            }
            String trimmed = value.trim();
            if (trimmed.isEmpty()) {
                if (field.required()) {
                    add(errors, field, BLANK);
                }
                continue;
            }
            if (trimmed.length() > field.maxLength()) {
                add(errors, field, tooLong(field.maxLength()));
                continue;
            }
            switch (field) {
                case ACCOUNT_TYPE -> {
                    if (AccountType.parse(trimmed).isEmpty()) {
                        add(errors, field, notAChoice(trimmed));
                    }
                }
                case FIRST_NAME, LAST_NAME -> {
                    if (trimmed.length() < 2) {
                        add(errors, field, NAME_TOO_SHORT);
                    } else if (!isValidName(trimmed)) {
                        add(errors, field, INVALID_NAME);
                    }
                }
                case COUNTRY -> {
                    if (!Countries.isKnown(trimmed)) {
                        add(errors, field, UNKNOWN_COUNTRY);
                    }
                }
                case WEBSITE -> {
                    if (!isWebUrl(trimmed)) {
                        add(errors, field, INVALID_URL);
                    }
                }
                case MONTHLY_BUDGET, PROJECT_BUDGET -> moneyViolation(trimmed).ifPresent(message -> add(errors, field, message));
                default -> { }
            }
        }
        boolean business = AccountType.parse(draft.get(ACCOUNT_TYPE)).orElse(null) == AccountType.BUSINESS;
        if (business) {
            for (ClientField field : ClientField.values()) {
                if (field.requiredForBusiness() && text(draft, field).isEmpty() && !errors.containsKey(field.wireName())) {
                    add(errors, field, BUSINESS_REQUIRED.get(field));
                }
            }
        }
        if (picture != null) {
            errors.putAll(pictureViolations(picture, maxPictureBytes));
        }
        if (!errors.isEmpty()) {
            throw new TalentRuleViolation(errors);
        }
        return new ClientDetails(AccountType.parse(draft.get(ACCOUNT_TYPE)).orElseThrow(),
                text(draft, FIRST_NAME), text(draft, LAST_NAME), text(draft, COMPANY_NAME),
                text(draft, COMPANY_DESCRIPTION), canonicalCountry(text(draft, COUNTRY)), text(draft, LOCATION),
                text(draft, INDUSTRY), text(draft, COMPANY_SIZE), nullIfEmpty(text(draft, WEBSITE)),
                ClientDetails.items(text(draft, PROJECT_TYPES)), text(draft, BUDGET_RANGE), text(draft, PROJECT_FREQUENCY),
                ClientDetails.items(text(draft, PREFERRED_COMMUNICATIONS)), text(draft, WORKING_HOURS),
                ClientDetails.items(text(draft, BUSINESS_GOALS)), ClientDetails.items(text(draft, CURRENT_CHALLENGES)), text(draft, PREVIOUS_EXPERIENCES), text(draft, EXPECTED_TIMELINE),
                text(draft, QUALITY_IMPORTANCE), text(draft, PAYMENT_METHOD), money(text(draft, MONTHLY_BUDGET)),
                money(text(draft, PROJECT_BUDGET)), text(draft, PAYMENT_TIMING));
    }

    /** The messages for a profile picture, keyed {@code profile_picture}; empty when it is acceptable. */
    public static Map<String, List<String>> pictureViolations(UploadedFile picture, long maxBytes) {
        List<String> messages = new ArrayList<>();
        if (picture.size() == 0) {
            messages.add(EMPTY_FILE);
        } else if (picture.size() > maxBytes) {
            messages.add(pictureTooLarge(maxBytes));
        } else if (picture.kind().filter(FileKind.PICTURES::contains).isEmpty()) {
            messages.add(NOT_AN_IMAGE);
        }
        return messages.isEmpty() ? Map.of() : Map.of("profile_picture", messages);
    }

    /** Letters, with single spaces, hyphens or apostrophes between them. */
    public static boolean isValidName(String name) {
        return name != null && name.length() >= 2 && NAME.matcher(name).matches();
    }

    /** An absolute http(s) URL with a host name that has a dot (or is localhost). */
    public static boolean isWebUrl(String value) {
        if (value == null || value.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            return (scheme.equals("http") || scheme.equals("https")) && host != null
                    && (host.equalsIgnoreCase("localhost") || (host.contains(".") && !host.endsWith(".") && !host.startsWith(".")));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static java.util.Optional<String> moneyViolation(String value) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return java.util.Optional.of(INVALID_NUMBER);
        }
        if (amount.signum() < 0) {
            return java.util.Optional.of(NEGATIVE);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return java.util.Optional.of(TOO_MANY_DECIMALS);
        }
        if (amount.compareTo(MONEY_LIMIT) >= 0) {
            return java.util.Optional.of(TOO_MANY_DIGITS);
        }
        return java.util.Optional.empty();
    }

    private static BigDecimal money(String value) {
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(value).stripTrailingZeros();
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    private static String canonicalCountry(String name) {
        return name.isEmpty() ? name : Countries.canonical(name);
    }

    private static String text(ClientDraft draft, ClientField field) {
        String value = draft.get(field);
        return value == null ? "" : value.trim();
    }

    private static String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }

    private static void add(Map<String, List<String>> errors, ClientField field, String message) {
        errors.computeIfAbsent(field.wireName(), f -> new ArrayList<>()).add(message);
    }

    private static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
