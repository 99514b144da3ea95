package com.skillconnect.conversations.domain;

/** Conversations' violation codes (what is wrong; the web adapter words them). */
public final class ConversationCodes {

    /** order_type is neither serviceorder nor proposalorder. */
    public static final String ORDER_TYPE_UNKNOWN = "conversation.order_type_unknown";
    /** No order of the caller's with that id (missing and foreign are the same answer). */
    public static final String ORDER_NOT_FOUND = "conversation.order_not_found";
    /** metadata is not a JSON object. */
    public static final String METADATA_NOT_AN_OBJECT = "conversation.metadata_not_an_object";
    /** metadata over args[0] bytes. */
    public static final String METADATA_TOO_LARGE = "conversation.metadata_too_large";
    /** message_type is none of text, file, voice. */
    public static final String MESSAGE_TYPE_UNKNOWN = "message.type_unknown";
    /** message_type payment: only billing's payment requests make them. */
    public static final String PAYMENT_NOT_POSTED = "message.payment_not_posted";
    /** a text message without content. */
    public static final String CONTENT_REQUIRED = "message.content_required";
    /** content over args[0] characters. */
    public static final String CONTENT_TOO_LONG = "message.content_too_long";
    /** a file or voice message without attachment_file. */
    public static final String ATTACHMENT_REQUIRED = "message.attachment_required";
    /** an attachment of a kind not allowed (told by its content). */
    public static final String ATTACHMENT_KIND = "message.attachment_kind";
    /** a voice message whose file is no audio. */
    public static final String VOICE_NOT_AUDIO = "message.voice_not_audio";
    /** voice_duration not a whole number of seconds between 0 and args[0]. */
    public static final String VOICE_DURATION_INVALID = "message.voice_duration_invalid";
    /** a reaction without an emoji. */
    public static final String EMOJI_REQUIRED = "reaction.emoji_required";
    /** an emoji longer than args[0] characters. */
    public static final String EMOJI_TOO_LONG = "reaction.emoji_too_long";

    private ConversationCodes() {
    }
}
