package com.skillconnect.marketplace.adapter.out.persistence;

import com.skillconnect.kernel.SkillName;
import com.skillconnect.marketplace.domain.Skill;
import com.skillconnect.marketplace.domain.Skills;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Skills} in {@code marketplace.skill}: unknown names are inserted (a concurrent insert of the same name is
 * no error: the unique index on {@code lower(name)} keeps one), then all are read back, in two statements.
 */
@Component
class JdbcSkills implements Skills {

    private final JdbcTemplate jdbc;

    JdbcSkills(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Skill> resolve(List<SkillName> names) {
        Map<String, SkillName> byKey = new LinkedHashMap<>();
        names.forEach(name -> byKey.putIfAbsent(name.key(), name));
        if (byKey.isEmpty()) {
            return List.of();
        }
        String[] spellings = byKey.values().stream().map(SkillName::value).toArray(String[]::new);
        jdbc.update("""
                insert into marketplace.skill (name) select unnest(?::varchar[])
                on conflict ((lower(name))) do nothing""", (Object) spellings);
        Map<String, Skill> found = new LinkedHashMap<>();
        jdbc.query("select id, name from marketplace.skill where lower(name) = any(?::varchar[])",
                row -> {
                    Skill skill = new Skill(row.getLong("id"), row.getString("name"));
                    found.put(skill.name().toLowerCase(java.util.Locale.ROOT), skill);
                },
                (Object) byKey.keySet().toArray(String[]::new));
        return byKey.keySet().stream().map(found::get).toList();
    }
}
