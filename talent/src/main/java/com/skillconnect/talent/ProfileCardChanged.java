package com.skillconnect.talent;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The public card of a profile was created or changed: what other modules show of a user next to
 * their gigs, proposals, orders and messages.
 *
 * @param profileId   the freelancer's or client's profile id
 * @param pictureUrl  the profile picture's URL path ({@code /media/...}), or null
 * @param skills      skill names (freelancers; empty for clients)
 * @param available   whether the freelancer takes work (always true for clients)
 */
@DomainEvent
public record ProfileCardChanged(UserId userId, Role role, long profileId, String firstName, String lastName,
        String pictureUrl, String location, List<String> skills, boolean available) {

    public ProfileCardChanged {
        skills = List.copyOf(skills);
    }

    public String displayName() {
        return (firstName + " " + lastName).trim();
    }
}
