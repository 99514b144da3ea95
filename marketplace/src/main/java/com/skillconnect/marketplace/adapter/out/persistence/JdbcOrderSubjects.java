package com.skillconnect.marketplace.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.marketplace.domain.OrderSubject;
import com.skillconnect.marketplace.domain.OrderSubjects;
import com.skillconnect.marketplace.domain.OrderTerms;
import com.skillconnect.talent.FreelancerId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link OrderSubjects} on {@code marketplace.gig} and {@code marketplace.proposal} (the gig and proposal
 * aggregates' tables): the subject is read {@code FOR SHARE}, so that it cannot change (be deactivated, or
 * awarded) until the order placed on it commits; the award is one conditional update, which PostgreSQL
 * serialises: of two concurrent awards of one proposal, the second finds it no longer open.
 */
@Component
class JdbcOrderSubjects implements OrderSubjects {

    static final String OPEN = "open";
    static final String IN_PROGRESS = "in_progress";
    static final String COMPLETED = "completed";

    private final JdbcTemplate jdbc;

    JdbcOrderSubjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrderSubject> find(OrderType type, long id) {
        return type == OrderType.SERVICE ? gig(id) : proposal(id);
    }

    private Optional<OrderSubject> gig(long id) {
        return jdbc.query("""
                select id, freelancer_id, freelancer_user_id, category_id, title, price, delivery_time, image, is_active
                from marketplace.gig where id = ? for share""",
                (row, n) -> new OrderSubject(OrderType.SERVICE, row.getLong("id"),
                        new UserId(row.getLong("freelancer_user_id")), row.getLong("freelancer_id"),
                        OrderTerms.ofGig(row.getString("title"), row.getBigDecimal("price"), row.getInt("delivery_time"),
                                row.getLong("category_id"), imageUrl(row.getString("image"))),
                        row.getBoolean("is_active")), id).stream().findFirst();
    }

    private Optional<OrderSubject> proposal(long id) {
        return jdbc.query("""
                select id, client_id, client_user_id, category_id, title, budget_min, budget_max, timeline_days, status,
                    is_active
                from marketplace.proposal where id = ? for share""",
                (row, n) -> new OrderSubject(OrderType.PROPOSAL, row.getLong("id"),
                        new UserId(row.getLong("client_user_id")), row.getLong("client_id"),
                        OrderTerms.ofProposal(row.getString("title"), row.getBigDecimal("budget_min"),
                                row.getBigDecimal("budget_max").max(row.getBigDecimal("budget_min")),
                                row.getInt("timeline_days"), row.getLong("category_id")),
                        row.getBoolean("is_active") && OPEN.equals(row.getString("status"))), id).stream().findFirst();
    }

    @Override
    public boolean award(long proposalId, FreelancerId freelancer, Instant now) {
        return jdbc.update("""
                update marketplace.proposal
                set status = ?, selected_freelancer_id = ?, version = version + 1, updated_at = greatest(updated_at, ?)
                where id = ? and status = ? and is_active""",
                IN_PROGRESS, freelancer.value(), Timestamp.from(now), proposalId, OPEN) == 1;
    }

    @Override
    public void awardEnded(long proposalId, FreelancerId freelancer, boolean completed, Instant now) {
        jdbc.update("""
                update marketplace.proposal
                set status = ?, selected_freelancer_id = case when ? then selected_freelancer_id end,
                    version = version + 1, updated_at = greatest(updated_at, ?)
                where id = ? and status = ? and selected_freelancer_id = ?""",
                completed ? COMPLETED : OPEN, completed, Timestamp.from(now), proposalId, IN_PROGRESS, freelancer.value());
    }

    /** The gig's stored image (a storage path, as {@code JdbcGigs} keeps it) as the {@code /media/…} path orders keep. */
    private static String imageUrl(String storagePath) {
        return storagePath == null ? null : new StoredFile(storagePath).url();
    }
}
