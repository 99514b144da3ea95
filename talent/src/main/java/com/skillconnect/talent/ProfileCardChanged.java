package com.skillconnect.talent;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The public card of a profile was created or changed: what other modules show of a user next to
 * their gigs, proposals, orders and messages. Exactly one of {@code freelancerId} and {@code clientId}
 * is set, the one of {@code role}.
 *
 * @param freelancerId the freelancer profile's id (role {@code FREELANCER}), else null
 * @param clientId     the client profile's id (role {@code CLIENT}), else null
 * @param pictureUrl   the profile picture's URL path ({@code /media/...}), or null
 * @param skills       skill names (freelancers; empty for clients)
 * @param available    whether the freelancer takes work (always true for clients)
 * @param accountType  a client's account type as the API spells it ({@code individual}, {@code business}…); null for freelancers
 * @param companyName  a client's company name (may be empty); null for freelancers
 * @param country      the profile's country
 * @param industry     a client's industry (may be empty); null for freelancers
 * @param changedAt    when the profile was last changed: a consumer keeps the card with the latest
 *                     {@code changedAt}, as events may arrive out of order or twice
 */
@DomainEvent
public record ProfileCardChanged(UserId userId, Role role, FreelancerId freelancerId, ClientId clientId,
        String firstName, String lastName, String pictureUrl, String location, List<String> skills, boolean available,
        String accountType, String companyName, String country, String industry, Instant changedAt) {

    public ProfileCardChanged {
        Objects.requireNonNull(userId);
        boolean freelancer = role == Role.FREELANCER && freelancerId != null && clientId == null;
        boolean client = role == Role.CLIENT && clientId != null && freelancerId == null;
        if (!freelancer && !client) {
            throw new IllegalArgumentException("A card is a freelancer's (with its FreelancerId) or a client's (with its ClientId)");
        }
        skills = List.copyOf(skills);
        Objects.requireNonNull(changedAt);
    }

    public static ProfileCardChanged ofFreelancer(UserId userId, FreelancerId id, String firstName, String lastName,
            String pictureUrl, String location, String country, List<String> skills, boolean available, Instant changedAt) {
        return new ProfileCardChanged(userId, Role.FREELANCER, id, null, firstName, lastName, pictureUrl, location,
                skills, available, null, null, country, null, changedAt);
    }

    public static ProfileCardChanged ofClient(UserId userId, ClientId id, String firstName, String lastName,
            String pictureUrl, String location, String accountType, String companyName, String country, String industry,
            Instant changedAt) {
        return new ProfileCardChanged(userId, Role.CLIENT, null, id, firstName, lastName, pictureUrl, location,
                List.of(), true, accountType, companyName, country, industry, changedAt);
    }

    /** The profile's id, whichever kind it is. */
    public long profileId() {
        return role == Role.FREELANCER ? freelancerId.value() : clientId.value();
    }

    public String displayName() {
        return (firstName + " " + lastName).trim();
    }
}
