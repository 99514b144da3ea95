package com.skillconnect.kernel;

import org.jmolecules.ddd.annotation.ValueObject;

/** A file kept by the {@link FileStorage}, addressed by a path the storage chose (e.g. {@code profiles/3f2c….png}). */
@ValueObject
public record StoredFile(String path) {

    public StoredFile {
        if (path == null || path.isBlank() || path.contains("..") || path.startsWith("/")) {
            throw new IllegalArgumentException("Not a storage path: " + path);
        }
    }

    /** Where clients fetch it: the storage root is served under {@code /media/}. */
    public String url() {
        return "/media/" + path;
    }
}
