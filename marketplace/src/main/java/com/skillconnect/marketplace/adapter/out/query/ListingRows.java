package com.skillconnect.marketplace.adapter.out.query;

import com.skillconnect.kernel.Money;
import com.skillconnect.kernel.StoredFile;
import com.skillconnect.marketplace.domain.ClientCardView;
import com.skillconnect.marketplace.domain.FreelancerCardView;
import com.skillconnect.marketplace.domain.Skill;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading the columns gigs' and proposals' queries share: skills as two arrays, the parties' cards, amounts, files. */
final class ListingRows {

    private ListingRows() {
    }

    /** {@code skill_ids} and {@code skill_names} (arrays in the same order) as skills. */
    static List<Skill> skills(ResultSet rs) throws SQLException {
        Long[] ids = (Long[]) array(rs.getArray("skill_ids"));
        String[] names = (String[]) array(rs.getArray("skill_names"));
        List<Skill> skills = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            skills.add(new Skill(ids[i], names[i]));
        }
        return List.copyOf(skills);
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }

    /** The freelancer card of the columns prefixed {@code prefix} ({@code fc_}); null when its id is null. */
    static FreelancerCardView freelancer(ResultSet rs, String prefix) throws SQLException {
        long id = rs.getLong(prefix + "id");
        if (rs.wasNull()) {
            return null;
        }
        String first = orEmpty(rs.getString(prefix + "first_name"));
        String last = orEmpty(rs.getString(prefix + "last_name"));
        return new FreelancerCardView(id, first, last, (first + " " + last).trim(), media(rs.getString(prefix + "picture_url")),
                orEmpty(rs.getString(prefix + "location")), orEmpty(rs.getString(prefix + "country")),
                rs.getBoolean(prefix + "available"), 0, 0);
    }

    /**
     * The freelancer cards of the array columns prefixed {@code prefix} (one array per card field, in the same
     * order, as {@link #freelancer} reads one card); none when the arrays are null.
     */
    static List<FreelancerCardView> freelancers(ResultSet rs, String prefix) throws SQLException {
        Array idArray = rs.getArray(prefix + "id");
        if (idArray == null) {
            return List.of();
        }
        Long[] ids = (Long[]) array(idArray);
        String[] firsts = (String[]) array(rs.getArray(prefix + "first_name"));
        String[] lasts = (String[]) array(rs.getArray(prefix + "last_name"));
        String[] pictures = (String[]) array(rs.getArray(prefix + "picture_url"));
        String[] locations = (String[]) array(rs.getArray(prefix + "location"));
        String[] countries = (String[]) array(rs.getArray(prefix + "country"));
        Boolean[] available = (Boolean[]) array(rs.getArray(prefix + "available"));
        List<FreelancerCardView> cards = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            String first = orEmpty(firsts[i]);
            String last = orEmpty(lasts[i]);
            cards.add(new FreelancerCardView(ids[i], first, last, (first + " " + last).trim(), media(pictures[i]),
                    orEmpty(locations[i]), orEmpty(countries[i]), Boolean.TRUE.equals(available[i]), 0, 0));
        }
        return List.copyOf(cards);
    }

    /** The client card of the columns prefixed {@code cc_}. */
    static ClientCardView client(ResultSet rs) throws SQLException {
        String first = orEmpty(rs.getString("cc_first_name"));
        String last = orEmpty(rs.getString("cc_last_name"));
        return new ClientCardView(rs.getLong("cc_id"), first, last, (first + " " + last).trim(),
                orEmpty(rs.getString("cc_account_type")), orEmpty(rs.getString("cc_company_name")),
                media(rs.getString("cc_picture_url")), orEmpty(rs.getString("cc_country")),
                orEmpty(rs.getString("cc_location")), orEmpty(rs.getString("cc_industry")));
    }

    /** An amount as the API answers it: no trailing zeros, never in exponent form. */
    static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column)).amount();
    }

    /** A stored file's {@code /media/…} path; a card's picture is already one (or an absolute URL). */
    static String media(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        return path.startsWith("/") || path.startsWith("http") ? path : new StoredFile(path).url();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
