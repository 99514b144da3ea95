package com.skillconnect.billing.adapter.out.persistence;

import com.skillconnect.billing.domain.PartyCards;
import com.skillconnect.talent.ProfileCardChanged;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link PartyCards} in {@code billing.profile_card}, one row per profile, the latest {@code changed_at} kept. */
@Component
class JdbcBillingPartyCards implements PartyCards {

    private final JdbcTemplate jdbc;

    JdbcBillingPartyCards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean keep(ProfileCardChanged card) {
        return jdbc.update("""
                insert into billing.profile_card (role, profile_id, user_id, first_name, last_name, changed_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (role, profile_id) do update set first_name = excluded.first_name,
                    last_name = excluded.last_name, changed_at = excluded.changed_at
                where billing.profile_card.changed_at < excluded.changed_at
                """, card.role().name(), card.profileId(), card.userId().value(), nullToEmpty(card.firstName()),
                nullToEmpty(card.lastName()), Timestamp.from(card.changedAt())) > 0;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
