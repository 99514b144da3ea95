package com.skillconnect.marketplace.domain;

import com.skillconnect.identity.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The read side of a user's notifications: pages of them, newest first, and how many are unread. */
@SecondaryPort
public interface NotificationInbox {

    /** One page (offset, limit) of the user's notifications, newest first, with the user's total. */
    NotificationPage page(UserId recipient, long offset, int limit);

    long unread(UserId recipient);
}
