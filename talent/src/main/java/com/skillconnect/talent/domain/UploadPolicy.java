package com.skillconnect.talent.domain;

import com.skillconnect.kernel.FileKind;
import com.skillconnect.kernel.Parsed;
import com.skillconnect.kernel.UploadCheck;
import com.skillconnect.kernel.UploadedFile;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * talent's uploads on top of the kernel's {@link UploadCheck} (not empty, at most {@code maxBytes}, kind
 * by content): a profile picture, and a certificate (pdf, png or jpeg, refused with {@link Code#NOT_A_CERTIFICATE}).
 */
@ValueObject
public record UploadPolicy(long maxBytes) {

    /** The kinds a certificate may be. */
    public static final Set<FileKind> CERTIFICATES = Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG);

    public UploadPolicy {
        new UploadCheck(maxBytes); // refuses a limit that is not positive
    }

    /** A profile picture: png, jpeg or webp. */
    public Parsed<UploadedFile> picture(UploadedFile file) {
        return new UploadCheck(maxBytes).picture(file);
    }

    /** A certificate: pdf, png or jpeg. */
    public Parsed<UploadedFile> certificate(UploadedFile file) {
        return new UploadCheck(maxBytes).check(file, CERTIFICATES, Code.NOT_A_CERTIFICATE);
    }
}
