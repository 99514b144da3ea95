package com.skillconnect.app.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.springframework.util.StringUtils;

/**
 * The superuser password of the embedded PostgreSQL: generated once, kept in a file only its owner can
 * read (mode 600), beside the data directory. The file holds the password on its first line, the format
 * {@code initdb --pwfile} reads.
 */
final class ServerPassword {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerPassword() {
    }

    /** The password kept in {@code file}, or a new one written there (owner read/write only). */
    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        String password = generate();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path written = Files.createTempFile(parent, file.getFileName().toString(), ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(written, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.SYNC);
        try {
            // never over an existing file: of two starts racing, the second reads the first one's password
            Files.move(written, file);
            return password;
        } catch (FileAlreadyExistsException lostTheRace) {
            Files.delete(written);
            return read(file);
        }
    }

    static String read(Path file) throws IOException {
        String password = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        if (!StringUtils.hasText(password)) {
            throw new IllegalStateException("The embedded PostgreSQL password file " + file + " is empty");
        }
        return password;
    }

    private static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
