package com.skillconnect.talent.domain;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Parsed;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** What an uploaded file may be: not empty, at most {@code maxBytes}, and of the kinds a use allows (by content). */
@ValueObject
public record UploadPolicy(long maxBytes) {

    public UploadPolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The file size limit is positive");
        }
    }

    /** A profile picture: png, jpeg or webp. */
    public Parsed<UploadedFile> picture(UploadedFile file) {
        return check(file, FileKind.PICTURES, CommonCode.NOT_A_PICTURE);
    }

    /** A certificate: pdf, png or jpeg. */
    public Parsed<UploadedFile> certificate(UploadedFile file) {
        return check(file, FileKind.CERTIFICATES, Code.NOT_A_CERTIFICATE);
    }

    private Parsed<UploadedFile> check(UploadedFile file, Set<FileKind> allowed, String wrongKind) {
        if (file.size() == 0) {
            return Parsed.refused(CommonCode.FILE_EMPTY);
        }
        if (file.size() > maxBytes) {
            return Parsed.refused(CommonCode.FILE_TOO_LARGE, maxBytes);
        }
        if (file.kind().filter(allowed::contains).isEmpty()) {
            return Parsed.refused(wrongKind);
        }
        return Parsed.of(file);
    }
}
