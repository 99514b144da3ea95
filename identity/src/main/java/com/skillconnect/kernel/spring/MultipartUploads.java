package com.skillconnect.kernel.spring;

import com.skillconnect.kernel.UploadedFile;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded part as the domain sees it, without reading it: its size as the part declares it (checked
 * against the limit first) and its content as a stream on the part's temporary file. Its kind is told
 * later from its first bytes ({@link UploadedFile#kind()}), never from the part's name or content type.
 * For every module's web adapter.
 */
public final class MultipartUploads {

    private MultipartUploads() {
    }

    /** The part as an upload (even an empty one: the domain refuses it with {@code file.empty}). */
    public static UploadedFile of(MultipartFile part) {
        return new UploadedFile(part.getOriginalFilename(), part.getSize(), part::getInputStream);
    }

    /**
     * The part as an upload, or null when no file was sent: no part, or the empty nameless part a browser
     * sends for an empty file input.
     */
    public static UploadedFile sent(MultipartFile part) {
        if (part == null || (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isEmpty()))) {
            return null;
        }
        return of(part);
    }
}
