package com.skillconnect.conversations.adapter.out.files;

import com.skillconnect.conversations.domain.FileTypes;
import com.skillconnect.kernel.UploadedFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * {@link FileTypes} by Apache Tika's default detector: the content's magic bytes decide, the file name only refines
 * within what they allow (a zip named {@code .docx} is a Word document; an HTML page or an ELF binary named
 * {@code .txt} stays what it is). Only the stream's first bytes are read (Tika marks and resets it).
 */
@Component
class TikaFileTypes implements FileTypes {

    private final Tika tika = new Tika();

    @Override
    public String detect(UploadedFile file) {
        try (InputStream content = new BufferedInputStream(file.open())) {
            return tika.detect(content, file.originalName());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file " + file.originalName(), e);
        }
    }
}
