package com.skillconnect.talent.domain;

import com.skillconnect.identity.UserId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Reads of freelancer profiles straight from storage, bypassing the aggregate (read models for the
 * Profiles API). Each method runs a constant number of statements whatever the page size: nothing
 * is fetched per listed profile.
 */
@SecondaryPort
public interface FreelancerQueries {

    Optional<FreelancerProfileView> byId(long id);

    /** The public detail of a profile: {@link #byId} with what the profile page shows in its header. */
    Optional<FreelancerDetail> detail(long id);

    Optional<FreelancerProfileView> byUser(UserId userId);

    /** The cards of one page (skipping {@code offset}, at most {@code limit}) and the number matching in all. */
    Slice browse(FreelancerBrowseFilter filter, long offset, int limit);

    record Slice(List<FreelancerCard> cards, long total) {

        public Slice {
            cards = List.copyOf(cards);
        }
    }
}
