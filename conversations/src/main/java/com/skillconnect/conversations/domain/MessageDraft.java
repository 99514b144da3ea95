package com.skillconnect.conversations.domain;

import com.skillconnect.kernel.UploadedFile;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A message as a user sent it, before any rule is checked: the type and the texts as they came (null: not sent),
 * and the file, if one was sent.
 */
@ValueObject
public record MessageDraft(String type, String content, String voiceDuration, UploadedFile file) {

    /** A text message, as the chat socket sends one. */
    public static MessageDraft text(String type, String content) {
        return new MessageDraft(type, content, null, null);
    }
}
