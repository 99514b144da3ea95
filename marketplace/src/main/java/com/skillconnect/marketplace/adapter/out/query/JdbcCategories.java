package com.skillconnect.marketplace.adapter.out.query;

import com.skillconnect.marketplace.domain.Categories;
import com.skillconnect.marketplace.domain.Category;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Categories} from {@code marketplace.category}. The set is seeded by a migration and never changed
 * through the API, so it is read once, at the first use, and kept.
 */
@Component
class JdbcCategories implements Categories {

    private final JdbcTemplate jdbc;
    private volatile Map<Long, Category> byId;

    JdbcCategories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Category> all() {
        return List.copyOf(loaded().values());
    }

    @Override
    public Optional<Category> find(long id) {
        return Optional.ofNullable(loaded().get(id));
    }

    private Map<Long, Category> loaded() {
        Map<Long, Category> loaded = byId;
        if (loaded == null) {
            loaded = jdbc.query("select id, name, icon, description from marketplace.category order by id",
                    (row, n) -> new Category(row.getLong("id"), row.getString("name"), row.getString("icon"),
                            row.getString("description")))
                    .stream().collect(Collectors.toMap(Category::id, Function.identity(), (a, b) -> a,
                            java.util.LinkedHashMap::new));
            byId = loaded;
        }
        return loaded;
    }
}
