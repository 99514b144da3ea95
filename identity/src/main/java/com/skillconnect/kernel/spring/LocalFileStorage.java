package com.skillconnect.kernel.spring;

import com.skillconnect.kernel.FileStorage;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.kernel.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The app's one {@link FileStorage}: files on the local file system under {@code skillconnect.storage.root}
 * (served under {@code /media/} by app), for every module. Several instances share it through a shared volume.
 */
@Component
@SecondaryAdapter
class LocalFileStorage implements FileStorage {

    private final Path root;

    LocalFileStorage(@Value("${skillconnect.storage.root:./data/media}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    @Override
    public StoredFile store(String folder, String extension, UploadedFile upload) {
        if (!folder.matches("[a-z0-9_-]+(/[a-z0-9_-]+)*")) {
            throw new IllegalArgumentException("Not a storage folder: " + folder);
        }
        if (!extension.matches("[a-z0-9]{1,8}")) {
            throw new IllegalArgumentException("Not a file extension: " + extension);
        }
        StoredFile file = new StoredFile(folder + "/" + UUID.randomUUID() + "." + extension);
        Path target = resolve(file);
        try {
            Files.createDirectories(target.getParent());
            try (InputStream content = upload.open()) {
                Files.copy(content, target); // streams; fails rather than overwrite an existing file
            }
        } catch (IOException e) {
            deleteQuietly(target);
            throw new UncheckedIOException("Cannot store " + file.path(), e);
        }
        return file;
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // nothing more to do: the path is random and never referenced
        }
    }

    @Override
    public void delete(StoredFile file) {
        try {
            Files.deleteIfExists(resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file.path(), e);
        }
    }

    private Path resolve(StoredFile file) {
        Path path = root.resolve(file.path()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Outside the storage root: " + file.path());
        }
        return path;
    }
}
