package com.skillconnect.talent.domain;

import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/** A file as a user sent it. Its name is kept for messages only; nothing trusts it. */
@ValueObject
public record UploadedFile(String originalName, byte[] content) {

    public long size() {
        return content.length;
    }

    public Optional<FileKind> kind() {
        return FileKind.detect(content);
    }
}
