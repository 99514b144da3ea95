package com.skillconnect.marketplace.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.spring.RecordedEvents;
import com.skillconnect.marketplace.ProposalId;
import com.skillconnect.marketplace.domain.Party;
import com.skillconnect.marketplace.domain.Proposal;
import com.skillconnect.marketplace.domain.ProposalDetails;
import com.skillconnect.marketplace.domain.ProposalStatus;
import com.skillconnect.marketplace.domain.Proposals;
import com.skillconnect.marketplace.domain.Skill;
import com.skillconnect.marketplace.domain.Skills;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Proposals} in {@code marketplace.proposal} and {@code proposal_skill}, in plain SQL, as {@link JdbcGigs}.
 * The status and the selected freelancer are the orders' to write: an update never touches them, and an award
 * (which moves the version on) since the proposal was read makes its update fail as any concurrent change does.
 */
@Component
class JdbcProposals implements Proposals {

    private final JdbcTemplate jdbc;
    private final Skills skills;
    private final RecordedEvents events;

    JdbcProposals(JdbcTemplate jdbc, Skills skills, RecordedEvents events) {
        this.jdbc = jdbc;
        this.skills = skills;
        this.events = events;
    }

    @Override
    public ProposalId nextId() {
        return new ProposalId(jdbc.queryForObject("select nextval('marketplace.proposal_id_seq')", Long.class));
    }

    @Override
    public Optional<Proposal> find(ProposalId id) {
        return jdbc.query("""
                select p.*, coalesce(c.first_name || ' ' || c.last_name, '') as display_name,
                    array(select s.name from marketplace.proposal_skill ps join marketplace.skill s on s.id = ps.skill_id
                          where ps.proposal_id = p.id order by ps.position) as skill_names
                from marketplace.proposal p left join marketplace.client_card c on c.client_id = p.client_id
                where p.id = ?""", (row, n) -> proposal(row), id.value()).stream().findFirst();
    }

    @Override
    public void save(Proposal proposal) {
        ProposalDetails d = proposal.details();
        Timestamp deletedAt = proposal.deletedAt().map(Timestamp::from).orElse(null);
        if (proposal.version() == Proposal.UNSAVED) {
            jdbc.update("""
                    insert into marketplace.proposal (id, version, client_id, client_user_id, category_id, title,
                        description, budget_min, budget_max, timeline_days, project_scope, is_urgent, status,
                        selected_freelancer_id, is_active, created_at, updated_at, deleted_at)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?)""", proposal.id().value(),
                    proposal.client().profileId(), proposal.client().user().value(), d.categoryId(), d.title(),
                    d.description(), d.budgetMin().amount(), d.budgetMax().amount(), d.timelineDays(), d.projectScope(),
                    d.urgent(), proposal.status().wireValue(), d.active(), Timestamp.from(proposal.createdAt()),
                    Timestamp.from(proposal.updatedAt()), deletedAt);
        } else {
            int updated = jdbc.update("""
                    update marketplace.proposal set version = version + 1, category_id = ?, title = ?, description = ?,
                        budget_min = ?, budget_max = ?, timeline_days = ?, project_scope = ?, is_urgent = ?,
                        is_active = ?, updated_at = ?, deleted_at = ?
                    where id = ? and version = ?""", d.categoryId(), d.title(), d.description(),
                    d.budgetMin().amount(), d.budgetMax().amount(), d.timelineDays(), d.projectScope(), d.urgent(),
                    d.active(), Timestamp.from(proposal.updatedAt()), deletedAt, proposal.id().value(),
                    proposal.version());
            JdbcGigs.refuseLostRace(updated, "proposal", proposal.id().value(), proposal.version());
        }
        List<Skill> resolved = skills.resolve(d.skills());
        jdbc.update("delete from marketplace.proposal_skill where proposal_id = ?", proposal.id().value());
        jdbc.update("""
                insert into marketplace.proposal_skill (proposal_id, skill_id, position)
                select ?, skill.id, skill.position from unnest(?::bigint[]) with ordinality as skill(id, position)""",
                proposal.id().value(), (Object) resolved.stream().map(Skill::id).toArray(Long[]::new));
        events.publishFrom(proposal);
    }

    private static Proposal proposal(ResultSet row) throws SQLException {
        Party client = new Party(new UserId(row.getLong("client_user_id")), row.getLong("client_id"),
                row.getString("display_name"));
        ProposalDetails details = new ProposalDetails(row.getString("title"), row.getString("description"),
                row.getLong("category_id"), JdbcGigs.skillNames(row.getArray("skill_names")),
                new Money(row.getBigDecimal("budget_min")), new Money(row.getBigDecimal("budget_max")),
                row.getInt("timeline_days"), row.getString("project_scope"), row.getBoolean("is_urgent"),
                row.getBoolean("is_active"));
        return Proposal.restore(new ProposalId(row.getLong("id")), client, details,
                ProposalStatus.ofWire(row.getString("status")), JdbcGigs.instant(row.getTimestamp("created_at")),
                JdbcGigs.instant(row.getTimestamp("updated_at")), JdbcGigs.instant(row.getTimestamp("deleted_at")),
                row.getLong("version"));
    }
}
