package com.skillconnect.marketplace.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.kernel.spring.RecordedEvents;
import com.skillconnect.marketplace.GigId;
import com.skillconnect.marketplace.domain.Gig;
import com.skillconnect.marketplace.domain.GigDetails;
import com.skillconnect.marketplace.domain.Gigs;
import com.skillconnect.marketplace.domain.Party;
import com.skillconnect.marketplace.domain.Skill;
import com.skillconnect.marketplace.domain.Skills;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Gigs} in {@code marketplace.gig} and {@code gig_skill}, in plain SQL: an insert of a new gig or an update
 * of the row at the version it was read from (a concurrent change is refused, never overwritten; a deleted gig's
 * row stays), then its skills replaced; the database's triggers keep its search columns and the
 * listed counts (gig.yaml). Events are published on save.
 */
@Component
class JdbcGigs implements Gigs {

    private final JdbcTemplate jdbc;
    private final Skills skills;
    private final RecordedEvents events;

    JdbcGigs(JdbcTemplate jdbc, Skills skills, RecordedEvents events) {
        this.jdbc = jdbc;
        this.skills = skills;
        this.events = events;
    }

    @Override
    public GigId nextId() {
        return new GigId(jdbc.queryForObject("select nextval('marketplace.gig_id_seq')", Long.class));
    }

    @Override
    public Optional<Gig> find(GigId id) {
        return jdbc.query("""
                select g.*, coalesce(c.first_name || ' ' || c.last_name, '') as display_name,
                    array(select s.name from marketplace.gig_skill gs join marketplace.skill s on s.id = gs.skill_id
                          where gs.gig_id = g.id order by gs.position) as skill_names
                from marketplace.gig g left join marketplace.freelancer_card c on c.freelancer_id = g.freelancer_id
                where g.id = ?""", (row, n) -> gig(row), id.value()).stream().findFirst();
    }

    @Override
    public void save(Gig gig) {
        GigDetails d = gig.details();
        String image = gig.image().map(StoredFile::path).orElse(null);
        Timestamp deletedAt = gig.deletedAt().map(Timestamp::from).orElse(null);
        if (gig.version() == Gig.UNSAVED) {
            jdbc.update("""
                    insert into marketplace.gig (id, version, freelancer_id, freelancer_user_id, category_id, title,
                        description, price, delivery_time, revisions, image, is_featured, is_active, created_at, updated_at,
                        deleted_at)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", gig.id().value(),
                    gig.freelancer().profileId(), gig.freelancer().user().value(), d.categoryId(), d.title(),
                    d.description(), d.price().amount(), d.deliveryTime(), d.revisions(), image, d.featured(), d.active(),
                    Timestamp.from(gig.createdAt()), Timestamp.from(gig.updatedAt()), deletedAt);
        } else {
            int updated = jdbc.update("""
                    update marketplace.gig set version = version + 1, category_id = ?, title = ?, description = ?,
                        price = ?, delivery_time = ?, revisions = ?, image = ?, is_featured = ?, is_active = ?,
                        updated_at = ?, deleted_at = ?
                    where id = ? and version = ?""", d.categoryId(), d.title(), d.description(), d.price().amount(),
                    d.deliveryTime(), d.revisions(), image, d.featured(), d.active(), Timestamp.from(gig.updatedAt()),
                    deletedAt, gig.id().value(), gig.version());
            refuseLostRace(updated, "gig", gig.id().value(), gig.version());
        }
        List<Skill> resolved = skills.resolve(d.skills());
        jdbc.update("delete from marketplace.gig_skill where gig_id = ?", gig.id().value());
        jdbc.update("""
                insert into marketplace.gig_skill (gig_id, skill_id, position)
                select ?, skill.id, skill.position from unnest(?::bigint[]) with ordinality as skill(id, position)""",
                gig.id().value(), (Object) resolved.stream().map(Skill::id).toArray(Long[]::new));
        events.publishFrom(gig);
    }

    /**
     * No row at the version read: another request changed it since (or it is gone). Spring's optimistic-lock
     * failure, which the app answers as it answers JPA's (409, "concurrent change"), rather than a lost update.
     */
    static void refuseLostRace(int updated, String table, long id, long versionRead) {
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "marketplace." + table + " " + id + " changed since it was read at version " + versionRead);
        }
    }

    private static Gig gig(ResultSet row) throws SQLException {
        Party freelancer = new Party(new UserId(row.getLong("freelancer_user_id")), row.getLong("freelancer_id"),
                row.getString("display_name"));
        GigDetails details = new GigDetails(row.getString("title"), row.getString("description"),
                row.getLong("category_id"), skillNames(row.getArray("skill_names")), new Money(row.getBigDecimal("price")),
                row.getInt("delivery_time"), row.getInt("revisions"), row.getBoolean("is_featured"),
                row.getBoolean("is_active"));
        String image = row.getString("image");
        return Gig.restore(new GigId(row.getLong("id")), freelancer, details, image == null ? null : new StoredFile(image),
                instant(row.getTimestamp("created_at")), instant(row.getTimestamp("updated_at")),
                instant(row.getTimestamp("deleted_at")), row.getLong("version"));
    }

    static List<SkillName> skillNames(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(SkillName::new).toList();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
