package com.skillconnect.app.test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gigs and proposals for the order tests, written straight into {@code marketplace.gig} and
 * {@code marketplace.proposal} while their own endpoints are built elsewhere (to be replaced by calls of
 * {@code POST services/} and {@code POST proposals/} once they exist). Category 2 ("Web Development") is seeded.
 */
public final class OrderSubjectRows {

    private final JdbcTemplate jdbc;

    public OrderSubjectRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An active gig of the freelancer (profile id and user id), priced 25000.00, delivered in 10 days. */
    public long gig(long freelancerId, long freelancerUserId, String title, String image) {
        return gig(freelancerId, freelancerUserId, title, new BigDecimal("25000.00"), 10, image, true);
    }

    public long gig(long freelancerId, long freelancerUserId, String title, BigDecimal price, int deliveryDays,
            String image, boolean active) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("""
                insert into marketplace.gig (id, version, freelancer_id, freelancer_user_id, category_id, title,
                    description, price, delivery_time, revisions, image, is_featured, is_active, created_at, updated_at)
                values (nextval('marketplace.gig_id_seq'), 0, ?, ?, 2, ?, 'A gig for the order tests', ?, ?, 1, ?, false, ?, ?, ?)
                returning id""", Long.class, freelancerId, freelancerUserId, title, price, deliveryDays, image, active,
                now, now);
    }

    /** An open, active proposal of the client (profile id and user id), budget 10000.00–30000.00, 7 days. */
    public long proposal(long clientId, long clientUserId, String title) {
        return proposal(clientId, clientUserId, title, "open", true);
    }

    public long proposal(long clientId, long clientUserId, String title, String status, boolean active) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("""
                insert into marketplace.proposal (id, version, client_id, client_user_id, category_id, title, description,
                    budget_min, budget_max, timeline_days, project_scope, is_urgent, status, selected_freelancer_id,
                    is_active, created_at, updated_at)
                values (nextval('marketplace.proposal_id_seq'), 0, ?, ?, 2, ?, 'A proposal for the order tests', 10000.00,
                    30000.00, 7, 'Single page app', false, ?, null, ?, ?, ?)
                returning id""", Long.class, clientId, clientUserId, title, status, active, now, now);
    }

    /** The proposal's status and selected freelancer (null when none). */
    public Map<String, Object> proposalState(long proposalId) {
        return jdbc.queryForMap("select status, selected_freelancer_id from marketplace.proposal where id = ?", proposalId);
    }

    public void setGigActive(long gigId, boolean active) {
        jdbc.update("update marketplace.gig set is_active = ? where id = ?", active, gigId);
    }

    public void renameGig(long gigId, String title) {
        jdbc.update("update marketplace.gig set title = ? where id = ?", title, gigId);
    }
}
