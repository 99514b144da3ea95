package com.skillconnect.talent.domain;

import com.skillconnect.talent.ProfileCardChanged;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where the announcement of each {@link CardEditions edition} stands, and the announcing itself. Every method runs
 * in the caller's transaction: {@link #claim} holds the edition until it commits, so that instances starting together
 * announce each profile once; {@link #announce} publishes the cards and records the progress in that transaction, so
 * that the event publication registry keeps the events exactly when the progress is committed.
 */
@SecondaryPort
public interface CardAnnouncements {

    /**
     * Holds the edition for the current transaction (waiting while another instance holds it) and answers its
     * progress, starting it if it never started; empty once it is finished.
     */
    Optional<CardAnnouncement> claim(int edition);

    /** Publishes these cards and records the progress after them. */
    void announce(List<ProfileCardChanged> cards, CardAnnouncement progress);

    /** Records that every profile of the edition has been announced. */
    void finish(CardAnnouncement progress);
}
