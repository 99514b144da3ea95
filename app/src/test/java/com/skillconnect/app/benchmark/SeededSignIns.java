package com.skillconnect.app.benchmark;

import com.skillconnect.app.test.HttpApi;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Access tokens of seeded users, for the endpoints that want one: gives the first {@code count} seeded freelancers or
 * clients ({@link TalentSeeder}: profile n has user id base + n and the e-mail {@code talent.known_user} knows) an
 * ACTIVE account in {@code identity.user_account} with that very id and a known password (inserted or reset before
 * every run, so that no lock or failure of an earlier run carries over), then signs each in through
 * {@code POST /api/v1/auth/token/}, as the frontend does. The tokens live 60 minutes (longer than a run).
 */
final class SeededSignIns {

    private static final String PASSWORD = "Benchmark-explore-5c1d";

    private SeededSignIns() {
    }

    /** Access tokens of the first {@code count} seeded freelancers (role FREELANCER). */
    static List<String> freelancers(DataSource dataSource, HttpApi api, int count) throws SQLException {
        return signIn(dataSource, api, "select user_id, 'freelancer' || id || '@example.com' from talent.freelancer order by id limit ?",
                "FREELANCER", count);
    }

    /** Access tokens of the first {@code count} seeded clients (role CLIENT). */
    static List<String> clients(DataSource dataSource, HttpApi api, int count) throws SQLException {
        return signIn(dataSource, api, "select user_id, 'client' || id || '@example.com' from talent.client order by id limit ?",
                "CLIENT", count);
    }

    private static List<String> signIn(DataSource dataSource, HttpApi api, String users, String role, int count) throws SQLException {
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        List<String> emails = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(users);
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into identity.user_account (id, version, email, created_at, role, password_hash, status, first_login,
                            activated_at, reset_otp_failed_attempts, otp_window_start, otp_sent_in_window, failed_logins, locked_until)
                        values (?, 0, ?, now(), ?, ?, 'ACTIVE', false, now(), 0, now(), 0, 0, null)
                        on conflict (email) do update set password_hash = excluded.password_hash, status = 'ACTIVE',
                            failed_logins = 0, locked_until = null
                        """)) {
            select.setInt(1, count);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    upsert.setLong(1, rs.getLong(1));
                    upsert.setString(2, rs.getString(2));
                    upsert.setString(3, role);
                    upsert.setString(4, hash);
                    upsert.addBatch();
                    emails.add(rs.getString(2));
                }
            }
            upsert.executeBatch();
        }
        List<String> tokens = new ArrayList<>();
        for (String email : emails) {
            HttpApi.Response session = api.post("/api/v1/auth/token/", Map.of("email", email, "password", PASSWORD)).send();
            if (session.status() != 200) {
                throw new IllegalStateException("the seeded " + role + " " + email + " could not sign in: " + session);
            }
            tokens.add(session.json().get("access").asString());
        }
        return tokens;
    }
}
