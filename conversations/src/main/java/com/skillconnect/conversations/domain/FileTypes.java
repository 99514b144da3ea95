package com.skillconnect.conversations.domain;

import com.skillconnect.kernel.UploadedFile;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Tells what an uploaded file is from its content (its name only as a hint among what the content allows). */
@SecondaryPort
public interface FileTypes {

    /** The MIME type the content shows ({@code image/png}, {@code text/plain}; {@code application/octet-stream} when unknown). */
    String detect(UploadedFile file);
}
