package com.skillconnect.talent.adapter.out.persistence;

import com.skillconnect.talent.ProfileCardChanged;
import com.skillconnect.talent.domain.CardAnnouncement;
import com.skillconnect.talent.domain.CardAnnouncements;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link CardAnnouncements} in {@code talent.card_announcement}, one row per edition. An edition is held by a
 * PostgreSQL advisory transaction lock (keyed by this table's name and the edition), so that instances starting
 * together take turns and never announce the same page twice; the lock ends with the transaction, also when the
 * process dies. The cards go to Spring's {@link ApplicationEventPublisher} in the caller's transaction, so that the
 * event publication registry records them for every listener when the progress commits.
 */
@Component
class JdbcCardAnnouncements implements CardAnnouncements {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    JdbcCardAnnouncements(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<CardAnnouncement> claim(int edition) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('talent.card_announcement'), ?)", rs -> { }, edition);
        jdbc.update("insert into talent.card_announcement (edition) values (?) on conflict (edition) do nothing", edition);
        return jdbc.query("""
                select last_freelancer_id, last_client_id from talent.card_announcement
                where edition = ? and finished_at is null
                """, (rs, row) -> new CardAnnouncement(edition, rs.getLong(1), rs.getLong(2), false), edition)
                .stream().findFirst();
    }

    @Override
    public void announce(List<ProfileCardChanged> cards, CardAnnouncement progress) {
        cards.forEach(events::publishEvent);
        jdbc.update("update talent.card_announcement set last_freelancer_id = ?, last_client_id = ? where edition = ?",
                progress.lastFreelancerId(), progress.lastClientId(), progress.edition());
    }

    @Override
    public void finish(CardAnnouncement progress) {
        jdbc.update("""
                update talent.card_announcement set last_freelancer_id = ?, last_client_id = ?, finished_at = now()
                where edition = ?
                """, progress.lastFreelancerId(), progress.lastClientId(), progress.edition());
    }
}
