package com.skillconnect.talent.adapter.out.storage;

import com.skillconnect.talent.domain.FileKind;
import com.skillconnect.talent.domain.FileStorage;
import com.skillconnect.talent.domain.StoredFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@link FileStorage} on the local file system. Several instances share it through a shared volume. */
@Component
class LocalFileStorage implements FileStorage {

    private final Path root;

    LocalFileStorage(@Value("${skillconnect.storage.root:./data/media}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    @Override
    public StoredFile store(String folder, FileKind kind, byte[] content) {
        if (!folder.matches("[a-z0-9_-]+(/[a-z0-9_-]+)*")) {
            throw new IllegalArgumentException("Not a storage folder: " + folder);
        }
        StoredFile file = new StoredFile(folder + "/" + UUID.randomUUID() + "." + kind.extension());
        Path target = resolve(file);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + file.path(), e);
        }
        return file;
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
