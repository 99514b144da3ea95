package com.skillconnect.talent.domain;

import java.util.Locale;

/**
 * The fields a client writes on their profile, with their length limits (the web adapter knows their
 * names on the wire). The profile picture is a file and travels separately.
 */
public enum ClientField {
    ACCOUNT_TYPE(16),
    FIRST_NAME(64),
    LAST_NAME(64),
    COMPANY_NAME(128),
    COMPANY_DESCRIPTION(2000),
    COUNTRY(64),
    LOCATION(128),
    INDUSTRY(128),
    COMPANY_SIZE(64),
    WEBSITE(200),
    PROJECT_TYPES(500),
    BUDGET_RANGE(64),
    PROJECT_FREQUENCY(64),
    PREFERRED_COMMUNICATIONS(500),
    WORKING_HOURS(64),
    BUSINESS_GOALS(1000),
    CURRENT_CHALLENGES(1000),
    PREVIOUS_EXPERIENCES(500),
    EXPECTED_TIMELINE(64),
    QUALITY_IMPORTANCE(64),
    PAYMENT_METHOD(64),
    MONTHLY_BUDGET(32),
    PROJECT_BUDGET(32),
    PAYMENT_TIMING(64);

    private final int maxLength;

    ClientField(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The domain's name of the field, the path of its violations: {@code FIRST_NAME} → {@code firstName}. */
    public String key() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    public int maxLength() {
        return maxLength;
    }

    /** Required on create and full update: the profile is meaningless without them. */
    public boolean required() {
        return this == ACCOUNT_TYPE || this == FIRST_NAME || this == LAST_NAME || this == LOCATION;
    }

    /** Required, in addition, on business accounts. */
    public boolean requiredForBusiness() {
        return this == COMPANY_NAME || this == INDUSTRY || this == COMPANY_SIZE || this == COMPANY_DESCRIPTION;
    }

    public boolean isMoney() {
        return this == MONTHLY_BUDGET || this == PROJECT_BUDGET;
    }
}
