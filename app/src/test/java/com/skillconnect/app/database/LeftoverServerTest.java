package com.skillconnect.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the start makes of a {@code postmaster.pid} it finds (the stop of a real leftover server is in
 * {@code HardKillRecoveryTest}).
 */
class LeftoverServerTest {

    @TempDir
    Path dataDir;

    @Test
    void nothingToDoWithoutAPidFile() {
        LeftoverServer.stopIfAny(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPidFileNamingAProcessThatIsNotAPostgresIsStaleAndRemoved() throws Exception {
        // this JVM: alive, and not a PostgreSQL (as a number reused after a reboot)
        Path pidFile = pidFile(ProcessHandle.current().pid());

        LeftoverServer.stopIfAny(dataDir);

        assertThat(pidFile).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aPidFileNamingNoProcessIsLeftToPostgresql() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path pidFile = pidFile(gone.pid());

        LeftoverServer.stopIfAny(dataDir);

        assertThat(pidFile).exists();
    }

    @Test
    void aDirectoryARunningApplicationHoldsIsNotTakenOver() throws Exception {
        Path pidFile = pidFile(ProcessHandle.current().pid());
        try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {

            assertThatThrownBy(() -> LeftoverServer.stopIfAny(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running instance");
        }
        assertThat(pidFile).exists();
    }

    private Path pidFile(long pid) throws Exception {
        // the first lines of the file PostgreSQL writes: pid, data directory, start time, port
        return Files.writeString(dataDir.resolve("postmaster.pid"), pid + "\n" + dataDir + "\n1764547200\n5432\n");
    }
}
