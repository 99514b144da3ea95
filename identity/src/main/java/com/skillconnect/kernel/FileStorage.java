package com.skillconnect.kernel;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Keeps uploaded files, for every module (one bean: {@code kernel.spring.LocalFileStorage}). The storage
 * names files itself (random names); callers check kind and size first ({@link UploadCheck}) and store
 * inside their transaction with {@code kernel.spring.TransactionalFiles}. Each module picks its own
 * folder ({@code profiles}, {@code certificates}, {@code services}).
 */
@SecondaryPort
public interface FileStorage {

    /**
     * Stores the file in the folder under a fresh random name with the extension of its detected kind,
     * copying its content as a stream (never whole in memory).
     */
    default StoredFile store(String folder, FileKind kind, UploadedFile file) {
        return store(folder, kind.extension(), file);
    }

    /**
     * The same for a kind the caller recognised itself (conversations' attachments: many more kinds than
     * {@link FileKind}): {@code extension} is the one of that kind, letters and digits only.
     */
    StoredFile store(String folder, String extension, UploadedFile file);

    /** Removes a stored file; a missing file is not an error. */
    void delete(StoredFile file);
}
