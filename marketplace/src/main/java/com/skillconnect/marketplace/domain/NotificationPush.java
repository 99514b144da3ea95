package com.skillconnect.marketplace.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Tells the recipient of a notification at once, on the sockets they have open, once the notification is stored
 * (after the transaction that stored it commits; never if it rolls back).
 */
@SecondaryPort
public interface NotificationPush {

    void push(Notification stored);
}
