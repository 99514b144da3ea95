package com.skillconnect.marketplace.adapter.out.persistence;

import com.skillconnect.identity.Role;
import com.skillconnect.identity.UserId;
import com.skillconnect.marketplace.domain.Parties;
import com.skillconnect.marketplace.domain.Party;
import com.skillconnect.talent.ProfileCardChanged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Parties} in {@code marketplace.freelancer_card} and {@code marketplace.client_card}, one row per profile,
 * written by an upsert that keeps the card with the latest {@code changed_at}.
 */
@Component
class JdbcParties implements Parties {

    private final JdbcTemplate jdbc;

    JdbcParties(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(ProfileCardChanged card) {
        Timestamp changedAt = Timestamp.from(card.changedAt());
        if (card.role() == Role.FREELANCER) {
            jdbc.update("""
                    insert into marketplace.freelancer_card
                        (freelancer_id, user_id, first_name, last_name, picture_url, location, country, available, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (freelancer_id) do update set first_name = excluded.first_name,
                        last_name = excluded.last_name, picture_url = excluded.picture_url, location = excluded.location,
                        country = excluded.country, available = excluded.available, changed_at = excluded.changed_at
                    where marketplace.freelancer_card.changed_at < excluded.changed_at
                    """, card.profileId(), card.userId().value(), card.firstName(), card.lastName(), card.pictureUrl(),
                    card.location(), nullToEmpty(card.country()), card.available(), changedAt);
        } else {
            jdbc.update("""
                    insert into marketplace.client_card (client_id, user_id, first_name, last_name, picture_url, location,
                        country, account_type, company_name, industry, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (client_id) do update set first_name = excluded.first_name,
                        last_name = excluded.last_name, picture_url = excluded.picture_url, location = excluded.location,
                        country = excluded.country, account_type = excluded.account_type,
                        company_name = excluded.company_name, industry = excluded.industry, changed_at = excluded.changed_at
                    where marketplace.client_card.changed_at < excluded.changed_at
                    """, card.profileId(), card.userId().value(), card.firstName(), card.lastName(), card.pictureUrl(),
                    card.location(), nullToEmpty(card.country()), nullToEmpty(card.accountType()),
                    nullToEmpty(card.companyName()), nullToEmpty(card.industry()), changedAt);
        }
    }

    @Override
    public Optional<Party> freelancer(UserId user) {
        return jdbc.query("select freelancer_id, first_name, last_name from marketplace.freelancer_card where user_id = ?",
                (row, n) -> party(user, row, "freelancer_id"), user.value()).stream().findFirst();
    }

    @Override
    public Optional<Party> client(UserId user) {
        return jdbc.query("select client_id, first_name, last_name from marketplace.client_card where user_id = ?",
                (row, n) -> party(user, row, "client_id"), user.value()).stream().findFirst();
    }

    private static Party party(UserId user, ResultSet row, String idColumn) throws SQLException {
        return new Party(user, row.getLong(idColumn),
                (row.getString("first_name") + " " + row.getString("last_name")).trim());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
