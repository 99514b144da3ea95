package com.skillconnect.talent.adapter.in.web;

import com.skillconnect.talent.domain.UploadedFile;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded part as the domain sees it, without reading it: its size as the part declares it (checked
 * against the limit first) and its content as a stream on the part's temporary file.
 */
final class MultipartUploads {

    private MultipartUploads() {
    }

    static UploadedFile of(MultipartFile part) {
        return new UploadedFile(part.getOriginalFilename(), part.getSize(), part::getInputStream);
    }
}
