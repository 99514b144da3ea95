package com.skillconnect.conversations.adapter.out.realtime;

import com.skillconnect.conversations.PaymentRequestRef;
import com.skillconnect.conversations.PaymentMessageStatus;
import com.skillconnect.conversations.domain.ChatPush;
import com.skillconnect.conversations.domain.Conversation;
import com.skillconnect.conversations.domain.MessageView;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.RealtimeDelivery;
import com.skillconnect.kernel.spring.MediaUrls;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * {@link ChatPush} over the kernel's {@link RealtimeDelivery} on {@code /ws/messaging/chat/<id>}: a message is the
 * message object itself with {@code "type": "chat_message"} (the frontend takes a frame with {@code id} and that type
 * as a message), to both parties; typing, presence and read frames to the other party; payment status updates to both.
 * The frames are built at once (file URLs absolute while the request is at hand: the request's base, else
 * {@code skillconnect.public-base-url}) and leave when the transaction commits.
 */
@Component
class SocketChatPush implements ChatPush {

    private final RealtimeDelivery delivery;
    private final String publicBaseUrl;

    SocketChatPush(RealtimeDelivery delivery, @Value("${skillconnect.public-base-url:}") String publicBaseUrl) {
        this.delivery = delivery;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    @Override
    public void message(Conversation conversation, MessageView message) {
        toBoth(conversation, MessageFrame.of(message, this::absolute));
    }

    @Override
    public void read(Conversation conversation, UserId reader, Instant at) {
        toOther(conversation, reader, new ReadFrame("read", conversation.id().value(), reader.value(), at));
    }

    @Override
    public void typing(Conversation conversation, UserId user, boolean typing) {
        toOther(conversation, user, new TypingFrame("typing", conversation.id().value(), user.value(), typing));
    }

    @Override
    public void presence(Conversation conversation, UserId user, boolean online) {
        toOther(conversation, user, new PresenceFrame("presence", conversation.id().value(), user.value(),
                online ? "online" : "offline"));
    }

    @Override
    public void paymentStatus(Conversation conversation, PaymentRequestRef request, PaymentMessageStatus status) {
        toBoth(conversation, new PaymentStatusFrame("payment_status_update", conversation.id().value(), request.value(),
                status.name().toLowerCase(Locale.ROOT)));
    }

    private void toBoth(Conversation conversation, Object frame) {
        String endpoint = ChatPush.endpoint(conversation.id().value());
        delivery.send(conversation.clientUser().value(), endpoint, frame);
        delivery.send(conversation.freelancerUser().value(), endpoint, frame);
    }

    private void toOther(Conversation conversation, UserId user, Object frame) {
        delivery.send(conversation.otherParty(user).value(), ChatPush.endpoint(conversation.id().value()), frame);
    }

    private String absolute(String path) {
        if (path == null || RequestContextHolder.getRequestAttributes() != null) {
            return MediaUrls.absolute(path);
        }
        return publicBaseUrl + path;
    }

    record ReadFrame(String type, long conversationId, long userId, Instant readAt) {
    }

    record TypingFrame(String type, long conversationId, long userId, boolean typing) {
    }

    record PresenceFrame(String type, long conversationId, long userId, String status) {
    }

    record PaymentStatusFrame(String type, long conversationId, long paymentId, String status) {
    }

    /** The message object as the REST API answers it, marked {@code chat_message}. */
    record MessageFrame(String type, long id, long conversation, long senderId, String messageType, String content,
            AttachmentFrame attachment, Integer voiceDuration, BigDecimal paymentAmount, String paymentStatus,
            Long paymentRequest, Instant createdAt, Instant updatedAt, Instant deliveredAt, Instant readAt,
            String status, boolean isEdited, boolean isActive, Map<String, Integer> reactions) {

        static MessageFrame of(MessageView message, UnaryOperator<String> absolute) {
            return new MessageFrame("chat_message", message.id(), message.conversationId(), message.senderId(),
                    message.type().wire(), message.content(), attachment(message.attachment(), absolute),
                    message.voiceDuration(), message.paymentAmount(), message.paymentStatus(), message.paymentRequest(),
                    message.createdAt(), message.updatedAt(), null, message.readAt(), message.status(), message.edited(),
                    message.active(), message.reactions());
        }

        private static AttachmentFrame attachment(MessageView.AttachmentView file, UnaryOperator<String> absolute) {
            if (file == null) {
                return null;
            }
            String url = absolute.apply(file.path());
            return new AttachmentFrame(file.id(), url, file.fileName(), file.fileType(), file.fileSize(),
                    file.isImage() ? url : null, file.uploadedAt());
        }
    }

    record AttachmentFrame(long id, String file, String fileName, String fileType, long fileSize, String thumbnailUrl,
            Instant uploadedAt) {
    }
}
