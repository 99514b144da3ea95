package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where notifications are kept: at most one per recipient, order and status. */
@Repository
@SecondaryPort
public interface Notifications {

    /**
     * Stores a new notification unless the same one (recipient, order type and id, status) is already stored.
     *
     * @return the stored notification with its id, or empty when it was known (a replayed event)
     */
    Optional<Notification> addUnlessKnown(Notification notification);

    /** The user's own notification by its id; another user's is as good as missing. */
    Optional<Notification> findOwn(NotificationId id, UserId recipient);

    /** Saves the read flag of a stored notification. */
    Notification save(Notification notification);

    /** Marks every unread notification of the user read; answers how many changed. */
    int markAllRead(UserId recipient);
}
