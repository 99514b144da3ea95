package com.skillconnect.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerPasswordTest {

    @TempDir
    Path dir;

    @Test
    void generatedOnceReadableByTheOwnerOnlyAndKept() throws Exception {
        Path file = dir.resolve("data").resolve("postgres.password");

        String first = ServerPassword.readOrCreate(file);
        String again = ServerPassword.readOrCreate(file);

        assertThat(first).hasSize(32).matches("[A-Za-z0-9]+");
        assertThat(again).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).isEqualTo(first + "\n");
        assertThat(ServerPassword.readOrCreate(dir.resolve("other.password"))).isNotEqualTo(first);
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }
}
