package com.skillconnect.kernel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A file as a user sent it, not read into memory: its size as the upload declared it (checked before
 * anything is read), and its content as a stream opened on demand (the multipart part's temporary
 * file), from which only a short prefix is read to tell its kind and which the storage copies as it
 * goes. Its name is kept for messages only; nothing trusts it.
 */
@ValueObject
public record UploadedFile(String originalName, long size, Content content) {

    /** How many leading bytes tell a file's kind ({@link FileKind#detect}). */
    public static final int KIND_PREFIX = 16;

    /** Opens the content anew each time; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public UploadedFile {
        Objects.requireNonNull(content);
        if (size < 0) {
            throw new IllegalArgumentException("A file's size is not negative");
        }
    }

    /** A file held in memory (tests, small values). */
    public UploadedFile(String originalName, byte[] bytes) {
        this(originalName, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** The kind its first bytes show, whatever its name says. */
    public Optional<FileKind> kind() {
        try (InputStream in = content.open()) {
            return FileKind.detect(in.readNBytes(KIND_PREFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file " + originalName, e);
        }
    }

    /** Its content, for the storage to copy; the caller closes the stream. */
    public InputStream open() {
        try {
            return content.open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file " + originalName, e);
        }
    }
}
