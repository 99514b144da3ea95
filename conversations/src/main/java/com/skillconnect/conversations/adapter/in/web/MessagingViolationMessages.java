package com.skillconnect.conversations.adapter.in.web;

import com.skillconnect.conversations.domain.ConversationCodes;
import com.skillconnect.kernel.Violation;
import com.skillconnect.kernel.ViolationMessages;
import com.skillconnect.kernel.spring.CommonMessages;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * conversations' words for its rule violations (codes {@code conversation.}, {@code message.}, {@code reaction.}),
 * and the kernel's common ones (empty or too large files) where a conversations request breaks them. The fields are
 * the API's already ({@code order_id}, {@code attachment_file}).
 */
@Component
class MessagingViolationMessages implements ViolationMessages {

    @Override
    public Optional<Worded> word(Violation violation) {
        String code = violation.code();
        String message = switch (code) {
            case ConversationCodes.ORDER_TYPE_UNKNOWN -> "Must be 'serviceorder' or 'proposalorder'.";
            case ConversationCodes.ORDER_NOT_FOUND -> "Order not found.";
            case ConversationCodes.METADATA_NOT_AN_OBJECT -> "Must be a JSON object.";
            case ConversationCodes.METADATA_TOO_LARGE -> "Ensure this field has no more than " + violation.arg(0) + " bytes.";
            case ConversationCodes.MESSAGE_TYPE_UNKNOWN -> "\"" + violation.arg(0) + "\" is not a valid choice.";
            case ConversationCodes.PAYMENT_NOT_POSTED -> "Payment messages are created by payment requests only.";
            case ConversationCodes.CONTENT_REQUIRED -> "required when message_type is 'text'.";
            case ConversationCodes.CONTENT_TOO_LONG -> "Ensure this field has no more than " + violation.arg(0) + " characters.";
            case ConversationCodes.ATTACHMENT_REQUIRED -> "required when message_type is '" + violation.arg(0) + "'.";
            case ConversationCodes.ATTACHMENT_KIND -> "File type not allowed: send an image, a pdf, an audio file, a text "
                    + "file or an office document.";
            case ConversationCodes.VOICE_NOT_AUDIO -> "A voice message must be an audio file.";
            case ConversationCodes.VOICE_DURATION_INVALID -> "A valid number of seconds is required.";
            case ConversationCodes.EMOJI_REQUIRED -> "emoji field is required";
            case ConversationCodes.EMOJI_TOO_LONG -> "Ensure this field has no more than " + violation.arg(0) + " characters.";
            default -> null;
        };
        if (message != null) {
            return Optional.of(new Worded(violation.path(), message));
        }
        if (isMessagingField(violation.path())) {
            return CommonMessages.of(violation).map(words -> new Worded(violation.path(), words));
        }
        return Optional.empty();
    }

    private static boolean isMessagingField(List<Object> path) {
        return !path.isEmpty() && List.of("attachment_file", "order_id", "order_type", "metadata", "content",
                "message_type", "voice_duration").contains(path.getFirst());
    }
}
