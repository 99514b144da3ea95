package com.skillconnect.conversations.domain;

import com.skillconnect.kernel.StoredFile;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A stored file of a message: where it is, the name the user gave it, its MIME type told by its content, its size. */
@ValueObject
public record Attachment(StoredFile file, String fileName, String fileType, long fileSize) {

    public Attachment {
        Objects.requireNonNull(file);
        Objects.requireNonNull(fileType);
        fileName = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        if (fileName.length() > 255) {
            fileName = fileName.substring(fileName.length() - 255);
        }
    }

    public boolean isImage() {
        return fileType.startsWith("image/");
    }
}
