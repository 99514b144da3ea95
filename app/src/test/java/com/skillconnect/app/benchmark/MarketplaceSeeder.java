package com.skillconnect.app.benchmark;

import static com.skillconnect.app.benchmark.TalentSeeder.array;
import static com.skillconnect.app.benchmark.TalentSeeder.literal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Seeds marketplace's tables of the benchmark database with set-based SQL ({@code generate_series} straight into the
 * tables, no application code), on top of {@link TalentSeeder}'s profiles, seeding only what is missing:
 * <ul>
 * <li>the parties' cards ({@code freelancer_card}, {@code client_card}) copied from {@code talent.freelancer} and
 * {@code talent.client}, same profile and user ids, as marketplace's event listener would have stored them;</li>
 * <li>the {@link TalentSeeder#SKILLS} vocabulary in {@code marketplace.skill};</li>
 * <li>{@value #GIGS} gigs over the {@value TalentSeeder#FREELANCERS} freelancers (each drawn uniformly), categories
 * 1–10 spread unevenly (web and mobile development, design most often), 1–5 skills each (three in four from the
 * category's own skills, the rest from the whole vocabulary, popular ones more often), titles from the category's
 * templates around the first skill, descriptions from the talent seeder's sentences, prices 500–200,000 (cheap ones
 * more often, in hundreds), delivery 1–60 days, ~90 % active (~3 % deleted), ~5 % featured;</li>
 * <li>{@value #PROPOSALS} proposals over the {@value TalentSeeder#CLIENTS} clients, the same way: budget ranges
 * (minimum 1,000–150,000, maximum up to three times it), timelines 1–120 days, statuses {@link #PROPOSAL_STATUSES}
 * (~85 % the first), ~90 % active, ~15 % urgent.</li>
 * </ul>
 * Creation and update times spread over two years. Only base columns are written: generated search columns fill
 * themselves. A table whose count is not the expected one is truncated and seeded again (with its skills); the cards
 * and skills are only completed. Then VACUUM ANALYZE.
 */
final class MarketplaceSeeder {

    static final int GIGS = 200_000;
    static final int PROPOSALS = 50_000;
    /**
     * The proposal statuses seeded, the first one (open, the ones a freelancer may apply to) most often, spelled as
     * marketplace stores them ({@code ProposalStatus}'s wire values, lower case).
     */
    static final List<String> PROPOSAL_STATUSES = List.of("open", "in_progress", "completed");

    /** marketplace.category's seeded ids → names of skills of the vocabulary that belong there (drawn more often). */
    private static final Map<Integer, List<String>> CATEGORY_SKILLS = Map.of(
            1, List.of("Graphic Design", "Logo Design", "Brand Identity", "Illustration", "Photoshop", "Adobe Illustrator",
                    "Infographics", "Print Design", "Packaging Design", "Canva", "InDesign", "Presentation Design"),
            2, List.of("JavaScript", "React", "Node.js", "HTML", "CSS", "TypeScript", "PHP", "Django", "WordPress", "Angular",
                    "Vue.js", "Next.js", "Laravel", "Spring Boot", "Express", "REST APIs", "Tailwind CSS", "Shopify", "FastAPI", "PostgreSQL"),
            3, List.of("Flutter", "Android", "iOS", "React Native", "Kotlin", "Swift", "Firebase", "Ionic", "Xamarin", "Java"),
            4, List.of("Content Writing", "Copywriting", "Technical Writing", "Blog Writing", "Ghostwriting", "Translation",
                    "Hindi", "Tamil", "Proofreading", "Editing", "Creative Writing", "Transcription"),
            5, List.of("SEO", "Digital Marketing", "Social Media Marketing", "Facebook Ads", "Google Ads", "Email Marketing",
                    "Affiliate Marketing", "Influencer Marketing", "Lead Generation", "HubSpot"),
            6, List.of("Video Editing", "After Effects", "Premiere Pro", "Motion Graphics", "Animation", "3D Modeling", "Blender"),
            7, List.of("Voice Over", "Audio Editing", "Music Production", "Podcast Editing", "Sound Design"),
            8, List.of("Python", "Data Analysis", "Machine Learning", "Data Science", "Deep Learning", "TensorFlow", "PyTorch",
                    "Pandas", "Power BI", "Tableau", "SQL", "Natural Language Processing", "Computer Vision", "LLM", "Excel"),
            9, List.of("Figma", "UI Design", "UX Research", "Adobe Illustrator", "Photoshop", "Webflow", "Presentation Design"),
            10, List.of("Business Analysis", "Market Research", "Project Management", "Financial Modeling", "Accounting",
                    "Bookkeeping", "GST", "Taxation", "HR Consulting", "Recruitment", "Excel", "Salesforce"));
    /** Relative weights of the categories 1–10 (gigs and proposals). */
    private static final List<Integer> CATEGORY_WEIGHTS = List.of(12, 25, 14, 10, 10, 7, 3, 9, 6, 4);
    private static final Map<Integer, List<String>> GIG_TITLES = Map.of(
            1, List.of("I will design a modern {skill} for your brand", "I will create eye-catching {skill} in 24 hours",
                    "Professional {skill} for startups and small businesses"),
            2, List.of("I will build a responsive website with {skill}", "I will develop your web application in {skill}",
                    "I will fix bugs and add features to your {skill} site", "Full stack {skill} development for your business"),
            3, List.of("I will develop your mobile app in {skill}", "I will build a cross-platform app with {skill}",
                    "I will fix and publish your {skill} app"),
            4, List.of("I will write engaging {skill} for your business", "Professional {skill} in English and Hindi",
                    "I will do {skill} for your website and blog"),
            5, List.of("I will grow your business with {skill}", "I will run and optimise your {skill} campaigns",
                    "Complete {skill} strategy for small businesses"),
            6, List.of("I will do professional {skill} for YouTube and reels", "I will create {skill} for your product launch",
                    "Cinematic {skill} with fast delivery"),
            7, List.of("I will record a professional {skill}", "I will do {skill} for your podcast or video",
                    "Studio quality {skill} in 48 hours"),
            8, List.of("I will do {skill} and build dashboards for your data", "I will build a {skill} model for your business",
                    "Data cleaning, {skill} and reporting"),
            9, List.of("I will design your app UI in {skill}", "I will create a user-friendly {skill} prototype",
                    "I will redesign your website with {skill}"),
            10, List.of("I will help you with {skill} for your startup", "Expert {skill} for small and medium businesses",
                    "I will prepare {skill} reports you can act on"));
    private static final List<String> PROPOSAL_TITLES = List.of(
            "Need a {skill} expert for our new project", "Looking for an experienced {skill} freelancer",
            "{skill} help needed for a startup", "Hiring a {skill} specialist for ongoing work",
            "Short {skill} project, quick turnaround", "{skill} work for our online store",
            "Long-term {skill} partner wanted", "Urgent: {skill} task for a product launch");
    private static final List<String> GIG_SENTENCES = List.of(
            "You get source files, unlimited communication and a clean handover.",
            "Message me before ordering so that we agree on the details.",
            "Every order includes a quick call to understand your goals.",
            "I deliver on time, every time, or you get a free revision.",
            "Packages for small fixes, complete projects and monthly support.");
    private static final List<String> SCOPES = List.of(
            "Single page app", "Full website with admin panel", "Mobile app for Android and iOS", "Ongoing maintenance",
            "One-time fix", "Brand identity package", "Monthly content calendar", "Data dashboard", "Marketing campaign",
            "Video series", "Research report", "Prototype and user testing");

    private MarketplaceSeeder() {
    }

    /**
     * What is missing: {@code what} says it for the log (empty when everything is there), {@code gigs} and
     * {@code proposals} whether those tables are to be seeded again.
     */
    record Missing(List<String> what, boolean gigs, boolean proposals) {

        boolean nothing() {
            return what.isEmpty();
        }
    }

    /** What {@link #seedMissing} would seed. */
    static Missing missing(DataSource dataSource) throws SQLException {
        List<String> missing = new ArrayList<>();
        boolean gigs;
        boolean proposals;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select (select count(*) from talent.freelancer),
                               (select count(*) from marketplace.freelancer_card c join talent.freelancer f on f.id = c.freelancer_id
                                  and f.user_id = c.user_id and f.first_name = c.first_name and f.last_name = c.last_name
                                  and f.updated_at = c.changed_at),
                               (select count(*) from talent.client),
                               (select count(*) from marketplace.client_card c join talent.client t on t.id = c.client_id
                                  and t.user_id = c.user_id and t.first_name = c.first_name and t.last_name = c.last_name
                                  and t.updated_at = c.changed_at),
                               (select count(*) from marketplace.skill s where lower(s.name) in (%s)),
                               (select count(*) from marketplace.gig), (select count(*) from marketplace.proposal)"""
                        .formatted(TalentSeeder.SKILLS.stream().map(n -> literal(n.toLowerCase(java.util.Locale.ROOT)))
                                .collect(Collectors.joining(", "))))) {
            rs.next();
            if (rs.getLong(2) < rs.getLong(1)) {
                missing.add("%,d freelancer cards (missing or not talent's)".formatted(rs.getLong(1) - rs.getLong(2)));
            }
            if (rs.getLong(4) < rs.getLong(3)) {
                missing.add("%,d client cards (missing or not talent's)".formatted(rs.getLong(3) - rs.getLong(4)));
            }
            if (rs.getLong(5) < TalentSeeder.SKILLS.size()) {
                missing.add("%d skills".formatted(TalentSeeder.SKILLS.size() - rs.getLong(5)));
            }
            gigs = rs.getLong(6) != GIGS;
            proposals = rs.getLong(7) != PROPOSALS;
            if (gigs) {
                missing.add("%,d gigs (%,d there)".formatted(GIGS, rs.getLong(6)));
            }
            if (proposals) {
                missing.add("%,d proposals (%,d there)".formatted(PROPOSALS, rs.getLong(7)));
            }
        }
        return new Missing(missing, gigs, proposals);
    }

    /**
     * Seeds what {@link #missing} names (with {@code afresh}, the gigs and proposals in any case), in one transaction,
     * then VACUUM ANALYZE of marketplace's tables.
     */
    static void seedMissing(DataSource dataSource, boolean afresh) throws SQLException {
        Missing missing = missing(dataSource);
        if (!missing.nothing() || afresh) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local work_mem = '256MB'");
                    statement.execute("set local maintenance_work_mem = '512MB'");
                    cards(statement);
                    skills(statement);
                    categories(statement);
                    if (missing.gigs() || afresh) {
                        gigs(statement);
                    }
                    if (missing.proposals() || afresh) {
                        proposals(statement);
                    }
                }
                connection.commit();
            }
        }
        analyze(dataSource);
    }

    /** Refreshes the planner statistics and the visibility map of marketplace's tables (cheap when nothing changed). */
    static void analyze(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String table : List.of("freelancer_card", "client_card", "skill", "gig", "gig_skill", "proposal", "proposal_skill")) {
                statement.execute("vacuum analyze marketplace." + table);
            }
        }
    }

    /**
     * The cards as {@code JdbcParties} stores talent's ProfileCardChanged (picture as its {@code /media/} path); a card
     * that is not the profile's (talent seeded afresh since) is replaced. Gigs and proposals stay valid across a talent
     * reseed: profile n keeps its id and user id ({@link TalentSeeder}).
     */
    private static void cards(Statement statement) throws SQLException {
        statement.execute("""
                insert into marketplace.freelancer_card
                    (freelancer_id, user_id, first_name, last_name, picture_url, location, country, available, changed_at)
                select f.id, f.user_id, f.first_name, f.last_name, '/media/' || f.profile_picture, f.location,
                       coalesce(f.country, ''), f.is_available, f.updated_at
                from talent.freelancer f
                on conflict (freelancer_id) do update set user_id = excluded.user_id, first_name = excluded.first_name,
                    last_name = excluded.last_name, picture_url = excluded.picture_url, location = excluded.location,
                    country = excluded.country, available = excluded.available, changed_at = excluded.changed_at
                where marketplace.freelancer_card.changed_at is distinct from excluded.changed_at
                   or marketplace.freelancer_card.first_name <> excluded.first_name
                   or marketplace.freelancer_card.last_name <> excluded.last_name""");
        statement.execute("""
                insert into marketplace.client_card (client_id, user_id, first_name, last_name, picture_url, location,
                    country, account_type, company_name, industry, changed_at)
                select c.id, c.user_id, c.first_name, c.last_name, '/media/' || c.picture_path, c.location,
                       coalesce(c.country, ''), coalesce(c.account_type, ''), coalesce(c.company_name, ''),
                       coalesce(c.industry, ''), c.updated_at
                from talent.client c
                on conflict (client_id) do update set user_id = excluded.user_id, first_name = excluded.first_name,
                    last_name = excluded.last_name, picture_url = excluded.picture_url, location = excluded.location,
                    country = excluded.country, account_type = excluded.account_type, company_name = excluded.company_name,
                    industry = excluded.industry, changed_at = excluded.changed_at
                where marketplace.client_card.changed_at is distinct from excluded.changed_at
                   or marketplace.client_card.first_name <> excluded.first_name
                   or marketplace.client_card.last_name <> excluded.last_name""");
    }

    /** bench_skill(rank, name, skill_id): the vocabulary in order of popularity, inserted into marketplace.skill where missing. */
    private static void skills(Statement statement) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < TalentSeeder.SKILLS.size(); i++) {
            rows.add("(" + (i + 1) + ", " + literal(TalentSeeder.SKILLS.get(i)) + ")");
        }
        statement.execute("create temp table bench_skill (rank int primary key, name text not null, skill_id bigint) on commit drop");
        statement.execute("insert into bench_skill (rank, name) values " + String.join(", ", rows));
        statement.execute("insert into marketplace.skill (name) select b.name from bench_skill b"
                + " where not exists (select 1 from marketplace.skill s where lower(s.name) = lower(b.name)) order by b.rank");
        statement.execute("update bench_skill b set skill_id = s.id from marketplace.skill s where lower(s.name) = lower(b.name)");
        statement.execute("create unique index on bench_skill (lower(name))");
    }

    /**
     * bench_category(category_id, lo, hi, skill_ids, titles): a uniform r in [0, 1) picks the category with lo <= r < hi
     * (cumulative {@link #CATEGORY_WEIGHTS}); its own skills' ids and gig title templates.
     */
    private static void categories(Statement statement) throws SQLException {
        statement.execute("""
                create temp table bench_category (category_id bigint primary key, lo float8 not null, hi float8 not null,
                    skill_ids bigint[] not null, titles text[] not null) on commit drop""");
        int total = CATEGORY_WEIGHTS.stream().mapToInt(Integer::intValue).sum();
        int cumulative = 0;
        for (int id = 1; id <= CATEGORY_WEIGHTS.size(); id++) {
            double lo = (double) cumulative / total;
            cumulative += CATEGORY_WEIGHTS.get(id - 1);
            double hi = id == CATEGORY_WEIGHTS.size() ? 1.0000001 : (double) cumulative / total;
            String names = CATEGORY_SKILLS.get(id).stream().map(n -> literal(n.toLowerCase(java.util.Locale.ROOT)))
                    .collect(Collectors.joining(", "));
            statement.execute("""
                    insert into bench_category
                    select %d, %s, %s, (select array_agg(skill_id order by rank) from bench_skill where lower(name) in (%s)), %s"""
                    .formatted(id, lo, hi, names, array(GIG_TITLES.get(id))));
        }
    }

    private static void gigs(Statement statement) throws SQLException {
        statement.execute("truncate marketplace.gig_skill, marketplace.gig cascade");
        statement.execute("""
                create temp table bench_gig on commit drop as
                select d.n, d.freelancer, c.category_id, d.skill_count, d.created, d.r_updated, d.r_active
                from (select n, 1 + floor(random() * %d)::int as freelancer, random() as r_category,
                             1 + floor(power(random(), 1.6) * 5)::int as skill_count,
                             now() - random() * interval '730 days' as created, random() as r_updated, random() as r_active
                      from generate_series(1, %d) n offset 0) d
                join bench_category c on d.r_category >= c.lo and d.r_category < c.hi""".formatted(TalentSeeder.FREELANCERS, GIGS));
        statement.execute("alter table bench_gig add primary key (n)");
        skillsOf(statement, "bench_gig", "bench_gig_skill");
        statement.execute("""
                insert into marketplace.gig (id, version, freelancer_id, freelancer_user_id, category_id, title, description,
                        price, delivery_time, revisions, image, is_featured, is_active, created_at, updated_at, deleted_at)
                select g.n, 0, f.id, f.user_id, g.category_id,
                       left(replace(c.titles[1 + floor(random() * cardinality(c.titles))::int], '{skill}', s.first_skill), 120),
                       left('I offer ' || s.names || ' services. ' || %s[1 + floor(random() * %d)::int] || ' '
                            || %s[1 + floor(random() * %d)::int] || ' ' || %s[1 + floor(random() * %d)::int], 2000),
                       greatest(500, least(200000, round((500 + power(random(), 3) * 199500)::numeric, -2))),
                       1 + floor(power(random(), 1.5) * 60)::int, floor(random() * 6)::int,
                       case when random() < 0.6 then 'gigs/images/' || g.n || '.jpg' end,
                       random() < 0.05, g.r_active < 0.9, g.created, g.created + g.r_updated * (now() - g.created),
                       case when g.r_active >= 0.97 then g.created + g.r_updated * (now() - g.created) end
                from bench_gig g
                join talent.freelancer f on f.id = g.freelancer
                join bench_category c on c.category_id = g.category_id
                join lateral (select string_agg(b.name, ', ' order by x.position) as names,
                                     (array_agg(b.name order by x.position))[1] as first_skill
                              from bench_gig_skill x join bench_skill b on b.skill_id = x.skill_id where x.n = g.n) s on true
                order by g.n""".formatted(array(TalentSeeder.sentences()), TalentSeeder.sentences().size(),
                array(TalentSeeder.sentences()), TalentSeeder.sentences().size(), array(GIG_SENTENCES), GIG_SENTENCES.size()));
        statement.execute("insert into marketplace.gig_skill (gig_id, skill_id, position) select n, skill_id, position from bench_gig_skill");
        statement.execute("select setval('marketplace.gig_id_seq', (select max(id) from marketplace.gig))");
    }

    private static void proposals(Statement statement) throws SQLException {
        statement.execute("truncate marketplace.proposal_skill, marketplace.proposal cascade");
        statement.execute("""
                create temp table bench_proposal on commit drop as
                select d.n, d.client, c.category_id, d.skill_count, d.created, d.r_updated, d.r_active, d.r_status
                from (select n, 1 + floor(random() * %d)::int as client, random() as r_category,
                             1 + floor(power(random(), 1.6) * 5)::int as skill_count,
                             now() - random() * interval '730 days' as created, random() as r_updated, random() as r_active,
                             random() as r_status
                      from generate_series(1, %d) n offset 0) d
                join bench_category c on d.r_category >= c.lo and d.r_category < c.hi""".formatted(TalentSeeder.CLIENTS, PROPOSALS));
        statement.execute("alter table bench_proposal add primary key (n)");
        skillsOf(statement, "bench_proposal", "bench_proposal_skill");
        statement.execute("""
                insert into marketplace.proposal (id, version, client_id, client_user_id, category_id, title, description,
                        budget_min, budget_max, timeline_days, project_scope, is_urgent, status, selected_freelancer_id,
                        is_active, created_at, updated_at, deleted_at)
                select p.n, 0, cl.id, cl.user_id, p.category_id,
                       left(replace(%s[1 + floor(random() * %d)::int], '{skill}', s.first_skill), 120),
                       left(%s[1 + floor(random() * %d)::int] || ' We need someone skilled in ' || s.names || '. '
                            || %s[1 + floor(random() * %d)::int], 5000),
                       b.budget_min, round((b.budget_min * (1 + random() * 2))::numeric, -2),
                       1 + floor(power(random(), 1.4) * 120)::int, %s[1 + floor(random() * %d)::int], random() < 0.15,
                       case when p.r_status < 0.85 then %s when p.r_status < 0.95 then %s else %s end,
                       case when p.r_status >= 0.85 then 1 + floor(random() * %d)::int end,
                       p.r_active < 0.9, p.created, p.created + p.r_updated * (now() - p.created),
                       case when p.r_active >= 0.97 then p.created + p.r_updated * (now() - p.created) end
                from bench_proposal p
                join talent.client cl on cl.id = p.client
                cross join lateral (select round((1000 + power(random(), 2.5) * 149000)::numeric, -2) as budget_min
                                    where p.n is not null) b
                join lateral (select string_agg(b.name, ', ' order by x.position) as names,
                                     (array_agg(b.name order by x.position))[1] as first_skill
                              from bench_proposal_skill x join bench_skill b on b.skill_id = x.skill_id where x.n = p.n) s on true
                order by p.n""".formatted(array(PROPOSAL_TITLES), PROPOSAL_TITLES.size(),
                array(TalentSeeder.clientSentences()), TalentSeeder.clientSentences().size(),
                array(TalentSeeder.clientSentences()), TalentSeeder.clientSentences().size(), array(SCOPES), SCOPES.size(),
                literal(PROPOSAL_STATUSES.get(0)), literal(PROPOSAL_STATUSES.get(1)), literal(PROPOSAL_STATUSES.get(2)),
                TalentSeeder.FREELANCERS));
        statement.execute("insert into marketplace.proposal_skill (proposal_id, skill_id, position)"
                + " select n, skill_id, position from bench_proposal_skill");
        statement.execute("select setval('marketplace.proposal_id_seq', (select max(id) from marketplace.proposal))");
    }

    /**
     * {@code target}(n, skill_id, position): {@code source}'s rows' skill_count draws, the first and three in four of the
     * others from their category's skills (the first ones more often; so the first skill, which the title names, is the
     * category's), the others from the whole vocabulary (popular ones more often); a skill drawn twice counts once,
     * positions in the order of the first draws.
     */
    private static void skillsOf(Statement statement, String source, String target) throws SQLException {
        statement.execute("""
                create temp table %s on commit drop as
                with draws as materialized (
                  select s.n, k as draw, s.category_id, random() as r_own, random() as r_pick,
                         1 + floor(power(random(), 2.5) * %d)::int as rank
                  from %s s cross join lateral generate_series(1, s.skill_count) k)
                select n, skill_id, (row_number() over (partition by n order by first_draw) - 1)::int as position
                from (select d.n, case when d.draw = 1 or d.r_own < 0.75
                                       then c.skill_ids[1 + floor(power(d.r_pick, 1.5) * cardinality(c.skill_ids))::int]
                                       else b.skill_id end as skill_id,
                             min(d.draw) as first_draw
                      from draws d
                      join bench_category c on c.category_id = d.category_id
                      join bench_skill b on b.rank = d.rank
                      group by 1, 2) distinct_skills""".formatted(target, TalentSeeder.SKILLS.size(), source));
        statement.execute("create index on %s (n)".formatted(target));
    }
}
