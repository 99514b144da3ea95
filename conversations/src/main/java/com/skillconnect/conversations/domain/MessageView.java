package com.skillconnect.conversations.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored message as its conversation's parties read it. {@code readAt} is when the recipient (the sender's other
 * party) last read the conversation, once that covers this message; null while unread.
 *
 * @param reactions how many users reacted with each emoji (in order of first use)
 */
public record MessageView(long id, long conversationId, long senderId, MessageType type, String content,
        AttachmentView attachment, Integer voiceDuration, BigDecimal paymentAmount, String paymentStatus,
        Long paymentRequest, Instant createdAt, Instant updatedAt, Instant readAt, boolean edited, boolean active,
        Map<String, Integer> reactions) {

    public MessageView {
        reactions = Collections.unmodifiableMap(new LinkedHashMap<>(reactions));
    }

    /** "read" once the recipient read it, else "sent". */
    public String status() {
        return readAt == null ? "sent" : "read";
    }

    /** A message's file: {@code path} is its {@code /media/…} path. */
    public record AttachmentView(long id, String path, String fileName, String fileType, long fileSize,
            Instant uploadedAt) {

        public boolean isImage() {
            return fileType.startsWith("image/");
        }
    }
}
