package com.skillconnect.talent.domain;

import com.skillconnect.talent.ProfileCardChanged;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The current cards of stored profiles, read in pages by id without loading the aggregates: the values
 * {@link Freelancer#card()} and {@link Client} raise, for announcing every profile again ({@link CardAnnouncement}).
 */
@SecondaryPort
public interface ProfileCards {

    /** The cards of at most {@code limit} freelancers with an id above {@code afterId}, by id. */
    List<ProfileCardChanged> freelancersAfter(long afterId, int limit);

    /** The cards of at most {@code limit} clients with an id above {@code afterId}, by id. */
    List<ProfileCardChanged> clientsAfter(long afterId, int limit);
}
