package com.skillconnect.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Client profiles kept before the list fields became arrays migrate: the comma-separated text the API
 * kept them in, and JSON array strings, become {@code text[]} items (the "Drop-in" changesets, labelled
 * {@code drop-in}, run over a database migrated up to just before them).
 */
class ClientListFieldsMigrationTest {

    private static final String MASTER = "db/changelog/db.changelog-master.yaml";

    @Test
    @SuppressWarnings("deprecation") // Liquibase's update(Contexts, LabelExpression): the simplest way to stop before a label
    void existingTextBecomesListItems() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Connection connection = postgres.getPostgresDatabase().getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(MASTER, new ClassLoaderResourceAccessor(), database);
            liquibase.update(new Contexts(), new LabelExpression("!drop-in"));
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            insertClient(jdbc, 1, "Web Development, Mobile Apps", "[\"Email\", \"WhatsApp\"]", "", "  Scale ,, faster  ");
            insertClient(jdbc, 2, "[not json", "[]", "[\"Grow, fast\", \" \", 7]", "One");

            liquibase.update(new Contexts(), new LabelExpression());

            assertThat(lists(jdbc, 1)).containsExactly(List.of("Web Development", "Mobile Apps"), List.of("Email", "WhatsApp"),
                    List.of(), List.of("Scale", "faster"));
            assertThat(lists(jdbc, 2)).containsExactly(List.of("[not json"), List.of(), List.of("Grow, fast", "7"), List.of("One"));
            assertThat(jdbc.queryForObject("select count(*) from pg_proc where proname = 'text_items'", Integer.class))
                    .as("the migration's helper function is gone").isZero();
        }
    }

    private static void insertClient(JdbcTemplate jdbc, long id, String projectTypes, String communications,
            String goals, String challenges) {
        jdbc.update("""
                insert into talent.client (id, version, user_id, account_type, first_name, last_name, company_name,
                        company_description, country, location, industry, company_size, website, project_types,
                        budget_range, project_frequency, preferred_communications, working_hours, business_goals,
                        current_challenges, previous_experiences, expected_timeline, quality_importance, payment_method,
                        monthly_budget, project_budget, payment_timing, picture_path, created_at, updated_at)
                values (?, 0, ?, 'INDIVIDUAL', 'Asha', 'Rao', '', '', 'India', 'Pune', '', '', null, ?, '', '', ?, '', ?, ?,
                        '', '', '', '', null, null, '', null, now(), now())""",
                id, 100 + id, projectTypes, communications, goals, challenges);
    }

    private static List<List<String>> lists(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject("""
                select project_types, preferred_communications, business_goals, current_challenges
                from talent.client where id = ?""", (rs, n) -> List.of(items(rs.getArray(1)), items(rs.getArray(2)),
                items(rs.getArray(3)), items(rs.getArray(4))), id);
    }

    private static List<String> items(java.sql.Array array) throws java.sql.SQLException {
        return List.of((String[]) array.getArray());
    }
}
