package com.skillconnect.talent.adapter.out.persistence;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.talent.domain.KnownUsers;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link KnownUsers} in {@code talent.known_user}, one row per user, written by an idempotent upsert. */
@Component
class JdbcKnownUsers implements KnownUsers {

    private final JdbcTemplate jdbc;

    JdbcKnownUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void activated(UserId userId, String email, Role role, Instant activatedAt) {
        jdbc.update("""
                insert into talent.known_user (user_id, email, role, email_verified, activated_at)
                values (?, ?, ?, true, ?)
                on conflict (user_id) do update set email = excluded.email, role = excluded.role,
                    email_verified = true,
                    activated_at = least(talent.known_user.activated_at, excluded.activated_at)
                """, userId.value(), email, role.name(), Timestamp.from(activatedAt));
    }
}
