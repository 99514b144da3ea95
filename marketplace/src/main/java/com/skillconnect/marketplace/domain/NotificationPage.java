package com.skillconnect.marketplace.domain;

import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;

/** A page of a user's notifications (newest first) and how many the user has in all. */
@ValueObject
public record NotificationPage(List<Notification> notifications, long total) {

    public NotificationPage {
        notifications = List.copyOf(notifications);
    }
}
