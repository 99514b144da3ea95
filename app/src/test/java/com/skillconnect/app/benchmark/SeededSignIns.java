package com.skillconnect.app.benchmark;

import com.skillconnect.app.test.HttpApi;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Access tokens of seeded users, for the endpoints that want one: gives seeded freelancers or clients
 * ({@link TalentSeeder}: profile n has user id base + n and the e-mail {@code talent.known_user} knows) an ACTIVE
 * account in {@code identity.user_account} with that very id and a known password (inserted or reset before every
 * run, so that no lock or failure of an earlier run carries over), then signs each in through
 * {@code POST /api/v1/auth/token/}, as the frontend does. The tokens live 60 minutes (longer than a run). The stored
 * hash has bcrypt's lowest cost (4, checked at the cost it names): signing in 2,000 users takes seconds, not minutes;
 * no benchmark measures these sign-ins.
 */
final class SeededSignIns {

    private static final String PASSWORD = "Benchmark-explore-5c1d";
    private static final int HASH_COST = 4;
    private static final int SIGN_INS_AT_ONCE = 4;

    private SeededSignIns() {
    }

    /** Access tokens of the first {@code count} seeded freelancers (role FREELANCER). */
    static List<String> freelancers(DataSource dataSource, HttpApi api, int count) throws SQLException {
        return List.copyOf(signIn(dataSource, api, """
                select user_id, 'freelancer' || id || '@example.com', 'FREELANCER' from talent.freelancer order by id limit ?""",
                count).values());
    }

    /** Access tokens of the first {@code count} seeded clients (role CLIENT). */
    static List<String> clients(DataSource dataSource, HttpApi api, int count) throws SQLException {
        return List.copyOf(signIn(dataSource, api, """
                select user_id, 'client' || id || '@example.com', 'CLIENT' from talent.client order by id limit ?""",
                count).values());
    }

    /** Access tokens of the seeded users (clients or freelancers) with these user ids, by user id. */
    static Map<Long, String> users(DataSource dataSource, HttpApi api, Collection<Long> userIds) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Array ids = connection.createArrayOf("bigint", userIds.toArray());
            Map<Long, String> tokens = signIn(dataSource, api, """
                    select user_id, 'client' || id || '@example.com', 'CLIENT' from talent.client where user_id = any(?)
                    union all
                    select user_id, 'freelancer' || id || '@example.com', 'FREELANCER' from talent.freelancer where user_id = any(?)""",
                    ids);
            if (tokens.size() != userIds.size()) {
                throw new IllegalStateException("only %d of %d users are seeded profiles".formatted(tokens.size(), userIds.size()));
            }
            return tokens;
        }
    }

    private record Seeded(long userId, String email, String role) {
    }

    /** {@code users} selects (user id, e-mail, role) with its parameters, each bound to {@code parameter}. */
    private static Map<Long, String> signIn(DataSource dataSource, HttpApi api, String users, Object parameter) throws SQLException {
        String hash = new BCryptPasswordEncoder(HASH_COST).encode(PASSWORD);
        List<Seeded> seeded = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(users);
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into identity.user_account (id, version, email, created_at, role, password_hash, status, first_login,
                            activated_at, reset_otp_failed_attempts, otp_window_start, otp_sent_in_window, failed_logins, locked_until)
                        values (?, 0, ?, now(), ?, ?, 'ACTIVE', false, now(), 0, now(), 0, 0, null)
                        on conflict (email) do update set password_hash = excluded.password_hash, status = 'ACTIVE',
                            failed_logins = 0, locked_until = null
                        """)) {
            for (int i = 1; i <= select.getParameterMetaData().getParameterCount(); i++) {
                select.setObject(i, parameter);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    seeded.add(new Seeded(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    upsert.setLong(1, rs.getLong(1));
                    upsert.setString(2, rs.getString(2));
                    upsert.setString(3, rs.getString(3));
                    upsert.setString(4, hash);
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        }
        // a few at once: each sign-in waits mostly for its commits, which PostgreSQL then flushes together
        Map<Long, String> tokens = new LinkedHashMap<>();
        try (ExecutorService signing = Executors.newFixedThreadPool(SIGN_INS_AT_ONCE)) {
            List<Future<String>> sessions = new ArrayList<>();
            for (Seeded user : seeded) {
                sessions.add(signing.submit(() -> {
                    HttpApi.Response session = api.post("/api/v1/auth/token/", Map.of("email", user.email(), "password", PASSWORD)).send();
                    if (session.status() != 200) {
                        throw new IllegalStateException("the seeded " + user.role() + " " + user.email() + " could not sign in: " + session);
                    }
                    return session.json().get("access").asString();
                }));
            }
            for (int i = 0; i < seeded.size(); i++) {
                tokens.put(seeded.get(i).userId(), sessions.get(i).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signing in", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
        return tokens;
    }
}
