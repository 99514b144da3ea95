package com.skillconnect.talent.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Everything a client says about themselves, checked by {@link ClientRules}: text fields are trimmed
 * and never null (empty when not given); {@code website} and the budgets are null when not given. The
 * four list fields (project types, preferred communications, business goals, current challenges) are
 * lists of trimmed, non-blank items, empty when not given.
 */
@ValueObject
public record ClientDetails(AccountType accountType, String firstName, String lastName, String companyName,
        String companyDescription, String country, String location, String industry, String companySize,
        String website, List<String> projectTypes, String budgetRange, String projectFrequency,
        List<String> preferredCommunications, String workingHours, List<String> businessGoals, List<String> currentChallenges,
        String previousExperiences, String expectedTimeline, String qualityImportance, String paymentMethod,
        BigDecimal monthlyBudget, BigDecimal projectBudget, String paymentTiming) {

    public ClientDetails {
        Objects.requireNonNull(accountType);
        Objects.requireNonNull(firstName);
        Objects.requireNonNull(lastName);
        Objects.requireNonNull(companyName);
        Objects.requireNonNull(companyDescription);
        Objects.requireNonNull(country);
        Objects.requireNonNull(location);
        Objects.requireNonNull(industry);
        Objects.requireNonNull(companySize);
        projectTypes = List.copyOf(projectTypes);
        Objects.requireNonNull(budgetRange);
        Objects.requireNonNull(projectFrequency);
        preferredCommunications = List.copyOf(preferredCommunications);
        Objects.requireNonNull(workingHours);
        businessGoals = List.copyOf(businessGoals);
        currentChallenges = List.copyOf(currentChallenges);
        Objects.requireNonNull(previousExperiences);
        Objects.requireNonNull(expectedTimeline);
        Objects.requireNonNull(qualityImportance);
        Objects.requireNonNull(paymentMethod);
        Objects.requireNonNull(paymentTiming);
    }

    /**
     * The items of a list field sent as text: separated by commas (the API document's form; the web
     * adapter joins items sent as a JSON array the same way), trimmed, blanks dropped.
     */
    public static List<String> items(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static String text(List<String> items) {
        return String.join(", ", items);
    }

    public String displayName() {
        return (firstName + " " + lastName).trim();
    }

    /** These details as a draft with every field present: the base a partial update is laid over. */
    public ClientDraft asDraft() {
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        values.put(ClientField.ACCOUNT_TYPE, accountType.wireValue());
        values.put(ClientField.FIRST_NAME, firstName);
        values.put(ClientField.LAST_NAME, lastName);
        values.put(ClientField.COMPANY_NAME, companyName);
        values.put(ClientField.COMPANY_DESCRIPTION, companyDescription);
        values.put(ClientField.COUNTRY, country);
        values.put(ClientField.LOCATION, location);
        values.put(ClientField.INDUSTRY, industry);
        values.put(ClientField.COMPANY_SIZE, companySize);
        values.put(ClientField.WEBSITE, website == null ? "" : website);
        values.put(ClientField.PROJECT_TYPES, text(projectTypes));
        values.put(ClientField.BUDGET_RANGE, budgetRange);
        values.put(ClientField.PROJECT_FREQUENCY, projectFrequency);
        values.put(ClientField.PREFERRED_COMMUNICATIONS, text(preferredCommunications));
        values.put(ClientField.WORKING_HOURS, workingHours);
        values.put(ClientField.BUSINESS_GOALS, text(businessGoals));
        values.put(ClientField.CURRENT_CHALLENGES, text(currentChallenges));
        values.put(ClientField.PREVIOUS_EXPERIENCES, previousExperiences);
        values.put(ClientField.EXPECTED_TIMELINE, expectedTimeline);
        values.put(ClientField.QUALITY_IMPORTANCE, qualityImportance);
        values.put(ClientField.PAYMENT_METHOD, paymentMethod);
        values.put(ClientField.MONTHLY_BUDGET, monthlyBudget == null ? "" : monthlyBudget.toPlainString());
        values.put(ClientField.PROJECT_BUDGET, projectBudget == null ? "" : projectBudget.toPlainString());
        values.put(ClientField.PAYMENT_TIMING, paymentTiming);
        return ClientDraft.of(values);
    }
}
