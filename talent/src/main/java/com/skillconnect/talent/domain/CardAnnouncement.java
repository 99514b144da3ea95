package com.skillconnect.talent.domain;

import com.skillconnect.talent.ProfileCardChanged;
import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How far the announcement of every profile's card has come in one {@link CardEditions edition}: freelancers first,
 * then clients, each in the order of their ids, so that a run that stopped resumes after the last profile announced.
 *
 * @param edition          the edition announced
 * @param lastFreelancerId the id of the last freelancer announced (0: none yet)
 * @param lastClientId     the id of the last client announced (0: none yet)
 * @param finished         whether every profile has been announced
 */
@ValueObject
public record CardAnnouncement(int edition, long lastFreelancerId, long lastClientId, boolean finished) {

    public CardAnnouncement {
        if (lastFreelancerId < 0 || lastClientId < 0) {
            throw new IllegalArgumentException("Profile ids are positive");
        }
    }

    /** An edition nothing of which has been announced yet. */
    public static CardAnnouncement start(int edition) {
        return new CardAnnouncement(edition, 0, 0, false);
    }

    /** The progress once these cards (in the order of their ids, freelancers before clients) are announced too. */
    public CardAnnouncement after(List<ProfileCardChanged> announced) {
        long freelancer = lastFreelancerId;
        long client = lastClientId;
        for (ProfileCardChanged card : announced) {
            if (card.freelancerId() != null) {
                freelancer = Math.max(freelancer, card.freelancerId().value());
            } else {
                client = Math.max(client, card.clientId().value());
            }
        }
        return new CardAnnouncement(edition, freelancer, client, finished);
    }

    /** The same progress, every profile announced. */
    public CardAnnouncement finish() {
        return new CardAnnouncement(edition, lastFreelancerId, lastClientId, true);
    }
}
