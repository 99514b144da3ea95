package com.skillconnect.talent.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Keeps uploaded files. The storage names files itself (random names); callers check kind and size first. */
@SecondaryPort
public interface FileStorage {

    /**
     * Stores the file in the folder under a fresh random name with the extension of its detected kind,
     * copying its content as a stream (never whole in memory).
     */
    StoredFile store(String folder, FileKind kind, UploadedFile file);

    /** Removes a stored file; a missing file is not an error. */
    void delete(StoredFile file);
}
