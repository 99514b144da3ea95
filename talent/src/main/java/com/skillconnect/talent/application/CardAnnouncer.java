package com.skillconnect.talent.application;

import com.skillconnect.talent.ProfileCardChanged;
import com.skillconnect.talent.domain.CardAnnouncement;
import com.skillconnect.talent.domain.CardAnnouncements;
import com.skillconnect.talent.domain.CardEditions;
import com.skillconnect.talent.domain.ProfileCards;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces every stored profile's card once per {@link CardEditions edition}, so that consumers of
 * {@link ProfileCardChanged} that came (or whose card grew) after a profile last changed learn of it too. One page
 * of profiles per transaction, freelancers then clients by id: the page is read, published and the progress
 * advanced together, so a run that stops resumes after the last page committed. Consumers keep the card with the
 * latest {@code changedAt}, so a card announced again changes nothing.
 */
@Service
public class CardAnnouncer {

    /** Profiles announced per transaction. */
    public static final int PAGE = 500;

    private final CardAnnouncements announcements;
    private final ProfileCards cards;

    CardAnnouncer(CardAnnouncements announcements, ProfileCards cards) {
        this.announcements = announcements;
        this.cards = cards;
    }

    /**
     * Announces the next page of at most {@code size} profiles of the edition (marking it finished when none is
     * left), waiting while another instance announces one.
     *
     * @return the number of cards announced: 0 once the edition is finished
     */
    @Transactional
    public int announceNextPage(int edition, int size) {
        Optional<CardAnnouncement> claimed = announcements.claim(edition);
        if (claimed.isEmpty()) {
            return 0;
        }
        CardAnnouncement progress = claimed.get();
        List<ProfileCardChanged> page = cards.freelancersAfter(progress.lastFreelancerId(), size);
        if (page.isEmpty()) {
            page = cards.clientsAfter(progress.lastClientId(), size);
        }
        if (page.isEmpty()) {
            announcements.finish(progress.finish());
            return 0;
        }
        announcements.announce(page, progress.after(page));
        return page.size();
    }
}
