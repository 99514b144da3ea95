package com.skillconnect.app.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table {@code idempotency_key}: one row per (caller, key), claimed before the request runs (a unique key, so
 * one of two concurrent requests claims it), completed with the answer to remember, or released when there is
 * nothing to remember. Every statement is its own transaction, apart from the request's.
 */
final class IdempotencyKeys {

    static final int KEY_COLUMN_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(JdbcTemplate jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** A remembered key: in flight while {@code answer} is null. */
    record Held(byte[] requestHash, Instant createdAt, Instant expiresAt, Answer answer) {

        boolean sameRequest(byte[] hash) {
            return Arrays.equals(requestHash, hash);
        }
    }

    /** The answer a completed request gave, as far as it is replayed. */
    record Answer(int status, String contentType, String location, byte[] body) {
    }

    /** Claims the key for a request that is about to run; false when the caller already holds it. */
    boolean claim(String caller, String key, byte[] requestHash) {
        Instant now = clock.instant();
        return jdbc.update("""
                insert into idempotency_key (caller, idempotency_key, request_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?) on conflict (caller, idempotency_key) do nothing""",
                caller, key, requestHash, Timestamp.from(now), Timestamp.from(now.plus(retention))) == 1;
    }

    Optional<Held> find(String caller, String key) {
        List<Held> rows = jdbc.query("""
                select request_hash, created_at, expires_at, response_status, response_content_type,
                       response_location, response_body
                from idempotency_key where caller = ? and idempotency_key = ?""", (row, i) -> {
            int status = row.getInt("response_status");
            Answer answer = row.wasNull() ? null : new Answer(status, row.getString("response_content_type"),
                    row.getString("response_location"), row.getBytes("response_body"));
            return new Held(row.getBytes("request_hash"), row.getTimestamp("created_at").toInstant(),
                    row.getTimestamp("expires_at").toInstant(), answer);
        }, caller, key);
        return rows.stream().findFirst();
    }

    /** Remembers the answer of the request that claimed the key. */
    void complete(String caller, String key, Answer answer) {
        jdbc.update("""
                update idempotency_key set response_status = ?, response_content_type = ?, response_location = ?,
                       response_body = ?, completed_at = ?
                where caller = ? and idempotency_key = ? and response_status is null""",
                answer.status(), answer.contentType(), answer.location(), answer.body(), Timestamp.from(clock.instant()),
                caller, key);
    }

    /** Forgets a key whose request left nothing to remember (refused, failed): a repeat runs afresh. */
    void release(String caller, String key) {
        jdbc.update("delete from idempotency_key where caller = ? and idempotency_key = ? and response_status is null",
                caller, key);
    }

    /**
     * Forgets the row exactly as it was read ({@code createdAt}), so that a row claimed again meanwhile by another
     * request is left alone: for an expired key, and for one whose request was abandoned in flight.
     */
    void forget(String caller, String key, Instant createdAt) {
        jdbc.update("delete from idempotency_key where caller = ? and idempotency_key = ? and created_at = ?",
                caller, key, Timestamp.from(createdAt));
    }

    /** Deletes expired keys; answers how many. */
    int deleteExpired() {
        return jdbc.update("delete from idempotency_key where expires_at <= ?", Timestamp.from(clock.instant()));
    }
}
