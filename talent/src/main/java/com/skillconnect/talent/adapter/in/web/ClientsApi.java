package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.talent.domain.ClientCard;
import com.skillconnect.talent.domain.ClientDetails;
import com.skillconnect.talent.domain.ClientView;
import com.skillconnect.talent.domain.Place;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Response bodies of the client profile endpoints and the look-ups (snake_case on the wire). */
final class ClientsApi {

    static final String BASE = "/api/v1/profiles";

    private ClientsApi() {
    }

    /**
     * The whole profile, as the document shows it for create, me and the public detail; the four list
     * fields are JSON arrays (the frontend calls {@code .map} on them), file URLs absolute.
     */
    record ClientProfile(long id, long user, String accountType, String firstName, String lastName,
            String companyName, String profilePicture, String companyDescription, String country, String location,
            String industry, String companySize, String website, List<String> projectTypes, String budgetRange,
            String projectFrequency, List<String> preferredCommunications, String workingHours, List<String> businessGoals,
            List<String> currentChallenges, String previousExperiences, String expectedTimeline, String qualityImportance,
            String paymentMethod, BigDecimal monthlyBudget, BigDecimal projectBudget, String paymentTiming,
            Instant createdAt, Instant updatedAt) {

        static ClientProfile of(ClientView view) {
            ClientDetails d = view.details();
            return new ClientProfile(view.id(), view.userId(), d.accountType().wireValue(), d.firstName(),
                    d.lastName(), d.companyName(), MediaUrls.absolute(view.pictureUrl()), d.companyDescription(), d.country(),
                    d.location(), d.industry(), d.companySize(), d.website(), d.projectTypes(), d.budgetRange(),
                    d.projectFrequency(), d.preferredCommunications(), d.workingHours(), d.businessGoals(),
                    d.currentChallenges(), d.previousExperiences(), d.expectedTimeline(), d.qualityImportance(),
                    d.paymentMethod(), plain(d.monthlyBudget()), plain(d.projectBudget()), d.paymentTiming(),
                    view.createdAt(), view.updatedAt());
        }
    }

    /** A browse item. */
    record ClientItem(long id, String name, String accountType, String companyName, String profilePicture,
            String companyDescription, String country, String location, String industry) {

        static ClientItem of(ClientCard card) {
            return new ClientItem(card.id(), card.name(), card.accountType(), card.companyName(), MediaUrls.absolute(card.pictureUrl()),
                    card.companyDescription(), card.country(), card.location(), card.industry());
        }
    }

    /** A look-up suggestion. */
    record PlaceItem(long id, String name) {

        static PlaceItem of(Place place) {
            return new PlaceItem(place.id(), place.name());
        }
    }

    /** 50000.00 is answered as 50000, 12.50 as 12.5: the document shows whole amounts as plain numbers. */
    static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
