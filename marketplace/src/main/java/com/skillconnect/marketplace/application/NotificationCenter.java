package com.skillconnect.marketplace.application;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.marketplace.domain.Notification;
import com.skillconnect.marketplace.domain.NotificationId;
import com.skillconnect.marketplace.domain.NotificationInbox;
import com.skillconnect.marketplace.domain.NotificationPage;
import com.skillconnect.marketplace.domain.Notifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own notifications: the list (newest first), the unread count, marking one or all read. Another user's
 * notification is not found, and nothing changes.
 */
@Service
public class NotificationCenter {

    private final Notifications notifications;
    private final NotificationInbox inbox;

    NotificationCenter(Notifications notifications, NotificationInbox inbox) {
        this.notifications = notifications;
        this.inbox = inbox;
    }

    @Transactional(readOnly = true)
    public NotificationPage page(UserId user, long offset, int limit) {
        return inbox.page(user, offset, limit);
    }

    @Transactional(readOnly = true)
    public long unreadCount(UserId user) {
        return inbox.unread(user);
    }

    @Transactional
    public Notification markRead(UserId user, long id) {
        if (id <= 0) {
            throw new NotFoundException("notification " + id);
        }
        Notification notification = notifications.findOwn(new NotificationId(id), user)
                .orElseThrow(() -> new NotFoundException("notification " + id));
        if (notification.isRead()) {
            return notification;
        }
        notification.markRead();
        return notifications.save(notification);
    }

    /** Answers how many notifications were unread and are read now. */
    @Transactional
    public int markAllRead(UserId user) {
        return notifications.markAllRead(user);
    }
}
