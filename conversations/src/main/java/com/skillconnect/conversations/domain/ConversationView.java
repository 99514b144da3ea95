package com.skillconnect.conversations.domain;

import com.skillconnect.marketplace.OrderType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A conversation as its party lists it: the parties' profile ids, names and picture paths ({@code /media/…} or
 * null), the order and what it was about, the newest message and the reader's unread count.
 *
 * @param metadata the metadata's JSON text
 */
public record ConversationView(long id, long clientId, String clientName, String clientPicture, long freelancerId,
        String freelancerName, String freelancerPicture, OrderType orderType, long orderId, boolean active,
        Instant createdAt, Instant updatedAt, String metadata, LastMessage lastMessage, int unreadCount, String title,
        BigDecimal priceMin, BigDecimal priceMax, int days) {

    /** The newest message, as the list shows it. */
    public record LastMessage(long id, String content, Instant createdAt, long senderId) {
    }
}
