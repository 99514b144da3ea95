package com.skillconnect.talent.adapter.out.query;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.ProfileCardChanged;
import com.skillconnect.talent.domain.AccountType;
import com.skillconnect.talent.domain.ProfileCards;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ProfileCards} straight from talent's tables, one statement per page (skills in their order by a subquery).
 * The values are the aggregates' own: a picture's URL is {@link StoredFile#url()}, an account type its
 * {@link AccountType#wireValue()}, {@code changedAt} the profile's {@code updated_at}, as {@code Freelancer.card()}
 * and {@code Client} raise them.
 */
@Component
class JdbcProfileCards implements ProfileCards {

    private final JdbcTemplate jdbc;

    JdbcProfileCards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProfileCardChanged> freelancersAfter(long afterId, int limit) {
        return jdbc.query("""
                select f.id, f.user_id, f.first_name, f.last_name, f.profile_picture, f.location, f.country,
                       f.is_available, f.updated_at,
                       array(select s.name from talent.freelancer_skill fs join talent.skill s on s.id = fs.skill_id
                             where fs.freelancer_id = f.id order by fs.position) as skills
                from talent.freelancer f
                where f.id > ?
                order by f.id
                limit ?
                """, (rs, row) -> ProfileCardChanged.ofFreelancer(new UserId(rs.getLong("user_id")),
                new FreelancerId(rs.getLong("id")), rs.getString("first_name"), rs.getString("last_name"),
                url(rs.getString("profile_picture")), rs.getString("location"), rs.getString("country"),
                texts(rs.getArray("skills")), rs.getBoolean("is_available"),
                rs.getTimestamp("updated_at").toInstant()), afterId, limit);
    }

    @Override
    public List<ProfileCardChanged> clientsAfter(long afterId, int limit) {
        return jdbc.query("""
                select c.id, c.user_id, c.first_name, c.last_name, c.picture_path, c.location, c.account_type,
                       c.company_name, c.country, c.industry, c.updated_at
                from talent.client c
                where c.id > ?
                order by c.id
                limit ?
                """, (rs, row) -> ProfileCardChanged.ofClient(new UserId(rs.getLong("user_id")),
                new ClientId(rs.getLong("id")), rs.getString("first_name"), rs.getString("last_name"),
                url(rs.getString("picture_path")), rs.getString("location"),
                AccountType.valueOf(rs.getString("account_type")).wireValue(), rs.getString("company_name"),
                rs.getString("country"), rs.getString("industry"), rs.getTimestamp("updated_at").toInstant()),
                afterId, limit);
    }

    private static String url(String path) {
        return path == null ? null : new StoredFile(path).url();
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
