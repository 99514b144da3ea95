package com.skillconnect.kernel;

import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file users may upload, recognised by their content (magic bytes), never by name or
 * declared type. Which kinds a use accepts is the caller's choice ({@link UploadCheck}); pictures are
 * the common one.
 */
public enum FileKind {
    PNG("png", "image/png"), JPEG("jpg", "image/jpeg"), WEBP("webp", "image/webp"), PDF("pdf", "application/pdf");

    /** A picture: a profile picture, a gig's image. */
    public static final Set<FileKind> PICTURES = Set.of(PNG, JPEG, WEBP);

    private final String extension;
    private final String mediaType;

    FileKind(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The extension the storage gives a file of this kind. */
    public String extension() {
        return extension;
    }

    /** Its MIME type ({@code image/png}). */
    public String mediaType() {
        return mediaType;
    }

    public static Optional<FileKind> detect(byte[] content) {
        if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, int... magic) {
        if (content == null || content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
