package com.skillconnect.conversations.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.skillconnect.conversations.domain.ConversationView;
import com.skillconnect.conversations.domain.MessageView;
import com.skillconnect.kernel.spring.MediaUrls;
import com.skillconnect.marketplace.OrderType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Messaging API's objects as the frontend reads them (snake_case on the wire; file URLs absolute). */
final class MessagingItems {

    private MessagingItems() {
    }

    /**
     * A conversation: {@code client_id}/{@code freelancer_id} are PROFILE ids, {@code last_message.sender_id} a USER id.
     * {@code metadata} is the stored JSON object's text, written as it is (ADR 27: no tree per row).
     */
    record ConversationItem(long id, long clientId, String clientName, String clientProfilePic, long freelancerId,
            String freelancerName, String freelancerProfilePic, String orderType, long orderId, Long serviceOrderId,
            Long proposalOrderId, boolean isActive, Instant createdAt, Instant updatedAt,
            @JsonRawValue @Schema(implementation = JsonNode.class) String metadata,
            LastMessageItem lastMessage, int unreadCount, String serviceTitle, String servicePrice,
            String serviceDeadline) {

        static ConversationItem of(ConversationView view, JsonMapper json) {
            boolean service = view.orderType() == OrderType.SERVICE;
            ConversationView.LastMessage last = view.lastMessage();
            return new ConversationItem(view.id(), view.clientId(), view.clientName(),
                    MediaUrls.absolute(view.clientPicture()), view.freelancerId(), view.freelancerName(),
                    MediaUrls.absolute(view.freelancerPicture()), orderType(view.orderType()), view.orderId(),
                    service ? view.orderId() : null, service ? null : view.orderId(), view.active(), view.createdAt(),
                    view.updatedAt(), StoredJson.compact(view.metadata(), json),
                    last == null ? null : new LastMessageItem(last.id(), last.content(), last.createdAt(), last.senderId()),
                    view.unreadCount(), view.title(), price(view.priceMin(), view.priceMax()),
                    view.days() + " days");
        }

        static String orderType(OrderType type) {
            return type == OrderType.SERVICE ? "serviceorder" : "proposalorder";
        }

        /** "$25000.00", or "$10000.00 - $30000.00" for a range; null when the order named no price. */
        static String price(BigDecimal min, BigDecimal max) {
            if (min == null && max == null) {
                return null;
            }
            BigDecimal low = (min == null ? max : min).setScale(2, RoundingMode.HALF_UP);
            BigDecimal high = (max == null ? min : max).setScale(2, RoundingMode.HALF_UP);
            return low.compareTo(high) == 0 ? "$" + low.toPlainString()
                    : "$" + low.toPlainString() + " - $" + high.toPlainString();
        }
    }

    record LastMessageItem(long id, String content, Instant createdAt, long senderId) {
    }

    /** A message: {@code sender_id} is a USER id; {@code status} "read" once the recipient read it, else "sent". */
    record MessageItem(long id, long conversation, long senderId, String messageType, String content,
            AttachmentItem attachment, Integer voiceDuration, BigDecimal paymentAmount, String paymentStatus,
            Long paymentRequest, Instant createdAt, Instant updatedAt, Instant deliveredAt, Instant readAt,
            String status, boolean isEdited, boolean isActive, Map<String, Integer> reactions) {

        static MessageItem of(MessageView message) {
            MessageView.AttachmentView file = message.attachment();
            AttachmentItem attachment = null;
            if (file != null) {
                String url = MediaUrls.absolute(file.path());
                attachment = new AttachmentItem(file.id(), url, file.fileName(), file.fileType(), file.fileSize(),
                        file.isImage() ? url : null, file.uploadedAt());
            }
            return new MessageItem(message.id(), message.conversationId(), message.senderId(), message.type().wire(),
                    message.content(), attachment, message.voiceDuration(), message.paymentAmount(),
                    message.paymentStatus(), message.paymentRequest(), message.createdAt(), message.updatedAt(), null,
                    message.readAt(), message.status(), message.edited(), message.active(), message.reactions());
        }
    }

    /** {@code file_type} is the MIME type its content shows; {@code thumbnail_url} is a picture's own URL, else null. */
    record AttachmentItem(long id, String file, String fileName, String fileType, long fileSize, String thumbnailUrl,
            Instant uploadedAt) {
    }
}
