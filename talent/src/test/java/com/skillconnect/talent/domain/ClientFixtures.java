package com.skillconnect.talent.domain;

import java.util.EnumMap;
import java.util.Map;

/** Drafts and files the client tests share. */
final class ClientFixtures {

    static final long TEN_MB = 10L * 1024 * 1024;
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P'};
    static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};

    private ClientFixtures() {
    }

    /** The API document's create example. */
    static ClientDraft documentExample() {
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        values.put(ClientField.ACCOUNT_TYPE, "business");
        values.put(ClientField.FIRST_NAME, "Jane");
        values.put(ClientField.LAST_NAME, "Smith");
        values.put(ClientField.COMPANY_NAME, "TechStart Inc");
        values.put(ClientField.COMPANY_DESCRIPTION, "We build innovative software solutions");
        values.put(ClientField.COUNTRY, "India");
        values.put(ClientField.LOCATION, "Bangalore");
        values.put(ClientField.INDUSTRY, "Technology");
        values.put(ClientField.COMPANY_SIZE, "10-50");
        values.put(ClientField.WEBSITE, "https://techstart.com");
        values.put(ClientField.PROJECT_TYPES, "Web Development, Mobile Apps");
        values.put(ClientField.BUDGET_RANGE, "$10,000 - $50,000");
        values.put(ClientField.PROJECT_FREQUENCY, "Monthly");
        values.put(ClientField.PREFERRED_COMMUNICATIONS, "Email, Slack");
        values.put(ClientField.WORKING_HOURS, "9 AM - 6 PM IST");
        values.put(ClientField.BUSINESS_GOALS, "Scale our platform to 10k users");
        values.put(ClientField.CURRENT_CHALLENGES, "Need faster development cycles");
        values.put(ClientField.PREVIOUS_EXPERIENCES, "Worked with 5 freelancers before");
        values.put(ClientField.EXPECTED_TIMELINE, "3-6 months");
        values.put(ClientField.QUALITY_IMPORTANCE, "High");
        values.put(ClientField.PAYMENT_METHOD, "Bank Transfer");
        values.put(ClientField.MONTHLY_BUDGET, "50000");
        values.put(ClientField.PROJECT_BUDGET, "200000");
        values.put(ClientField.PAYMENT_TIMING, "Milestone-based");
        return ClientDraft.of(values);
    }

    /** The least an individual must send. */
    static ClientDraft minimalIndividual() {
        return ClientDraft.of(Map.of(ClientField.ACCOUNT_TYPE, "individual", ClientField.FIRST_NAME, "Ravi",
                ClientField.LAST_NAME, "Kumar", ClientField.LOCATION, "Pune"));
    }

    static ClientDetails details(ClientDraft draft) {
        return ClientRules.check(draft, null, TEN_MB);
    }
}
