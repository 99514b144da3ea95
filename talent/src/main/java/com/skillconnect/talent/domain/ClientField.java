package com.skillconnect.talent.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields a client writes on their profile, with their names on the wire (which are also the keys
 * of field errors) and their length limits. The profile picture is a file and travels separately.
 */
public enum ClientField {
    ACCOUNT_TYPE("account_type", 16),
    FIRST_NAME("first_name", 64),
    LAST_NAME("last_name", 64),
    COMPANY_NAME("company_name", 128),
    COMPANY_DESCRIPTION("company_description", 2000),
    COUNTRY("country", 64),
    LOCATION("location", 128),
    INDUSTRY("industry", 128),
    COMPANY_SIZE("company_size", 64),
    WEBSITE("website", 200),
    PROJECT_TYPES("project_types", 500),
    BUDGET_RANGE("budget_range", 64),
    PROJECT_FREQUENCY("project_frequency", 64),
    PREFERRED_COMMUNICATIONS("preferred_communications", 500),
    WORKING_HOURS("working_hours", 64),
    BUSINESS_GOALS("business_goals", 1000),
    CURRENT_CHALLENGES("current_challenges", 1000),
    PREVIOUS_EXPERIENCES("previous_experiences", 500),
    EXPECTED_TIMELINE("expected_timeline", 64),
    QUALITY_IMPORTANCE("quality_importance", 64),
    PAYMENT_METHOD("payment_method", 64),
    MONTHLY_BUDGET("monthly_budget", 32),
    PROJECT_BUDGET("project_budget", 32),
    PAYMENT_TIMING("payment_timing", 64);

    private final String wireName;
    private final int maxLength;

    ClientField(String wireName, int maxLength) {
        this.wireName = wireName;
        this.maxLength = maxLength;
    }

    public String wireName() {
        return wireName;
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

    public static Optional<ClientField> byWireName(String name) {
        return Arrays.stream(values()).filter(field -> field.wireName.equals(name)).findFirst();
    }
}
