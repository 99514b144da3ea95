package com.skillconnect.kernel;

import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What an uploaded file may be, for any form: not empty ({@link CommonCode#FILE_EMPTY}), at most
 * {@code maxBytes} ({@link CommonCode#FILE_TOO_LARGE} with the limit), and of the kinds the use allows,
 * told by its content ({@code wrongKind}, the caller's code). A picture is the common case
 * ({@link #picture}, {@link CommonCode#NOT_A_PICTURE}).
 */
@ValueObject
public record UploadCheck(long maxBytes) {

    public UploadCheck {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The file size limit is positive");
        }
    }

    /** A picture: png, jpeg or webp. */
    public Parsed<UploadedFile> picture(UploadedFile file) {
        return check(file, FileKind.PICTURES, CommonCode.NOT_A_PICTURE);
    }

    /** A file of one of the {@code allowed} kinds, refused with {@code wrongKind} otherwise. */
    public Parsed<UploadedFile> check(UploadedFile file, Set<FileKind> allowed, String wrongKind) {
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
