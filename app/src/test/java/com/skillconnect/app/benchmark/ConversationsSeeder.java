package com.skillconnect.app.benchmark;

import static com.skillconnect.app.benchmark.TalentSeeder.array;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Seeds conversations' tables of the benchmark database with set-based SQL ({@code generate_series} straight into the
 * tables, no application code), on top of {@link TalentSeeder}'s profiles, writing exactly the rows the module itself
 * writes (its listeners, {@code JdbcOrderBook}, {@code JdbcPartyCards}, {@code JdbcConversations}, {@code JdbcMessages}):
 * <ul>
 * <li>the parties' cards ({@code profile_card}) of every talent profile, as {@code JdbcPartyCards} stores talent's
 * {@code ProfileCardChanged} (role {@code CLIENT}/{@code FREELANCER}, picture as its {@code /media/} path);</li>
 * <li>{@code conversations} orders ({@code order_ref}, one per conversation: 70 % service orders with one price, 30 %
 * proposal orders with a budget range; accepted, completed or cancelled) and their conversations, each with its two
 * participant rows. Each conversation row carries the list's copy (ADR 27) of its order, its parties' cards and its
 * newest message, each participant row its activity (the newest message's time), as {@code JdbcConversations} keeps
 * them. The first {@value #BUSY_CLIENTS} seeded clients are "busy": exactly
 * {@value #BUSY_CONVERSATIONS} conversations each (the conversation list's scenario), with random freelancers; the
 * others go to clients 17 and up and random freelancers (a handful each at most);</li>
 * <li>{@code messages} messages spread over them, every conversation's count drawn from a weight (busy conversations
 * 3–6, about 90–190 messages at the full size: several history pages of 50; the others 0.05 + 4·r³, skewed: most have
 * a few, some a hundred and more), the total exact. Times spread from the conversation's opening until now, ids in
 * time order over the whole table (so one conversation's messages lie scattered over the heap, as written by many
 * conversations at once); senders either party; ~3 % files and ~1 % voice notes (with their {@code attachment} row),
 * ~0.3 % payment requests (by the freelancer, amount, status, request id); ~6 % with a reaction of the other party,
 * ~1 % also one of the sender;</li>
 * <li>the participants' read marks: seven in ten have read all the other party sent, the others miss the last 1–10
 * messages ({@code unread_count}, {@code last_read_message_id}, {@code last_read_at} consistent with them); ~3 % of the
 * ordinary participants archived the conversation (never a busy client: their list holds all 200).</li>
 * </ul>
 * The version rows (ADR 35's {@code inbox_version}, ADR 37's {@code history_version}) are left to the module's triggers,
 * as for any writer: the truncation advances the existing ones, and the commit advances (or creates) one per seeded
 * user and conversation, once (about 1.1 million deferred row events at the commit, each a function call that finds
 * the notes already taken: seconds).
 * Conversations and messages have the ids 1…n, their sequences continue after them. Seeded again (all conversations'
 * tables truncated) when the numbers of conversations or seeded messages are not the expected ones: messages the
 * benchmark posts (content {@value #POSTED_PREFIX}…) do not count. Then VACUUM ANALYZE.
 */
final class ConversationsSeeder {

    static final int BUSY_CLIENTS = 16;
    static final int BUSY_CONVERSATIONS = 200;
    /** What every message the benchmark posts begins with (so that the seeded ones can be counted apart). */
    static final String POSTED_PREFIX = "benchmark fan-out ";

    private static final List<String> TABLES = List.of("profile_card", "order_ref", "conversation", "participant", "message",
            "attachment", "reaction");
    private static final List<String> CHAT = List.of(
            "Hi! Thanks for accepting the order.", "Could you share the brief and any references?",
            "Sure, I will send everything today.", "I have started working on it.", "Here is the first draft, let me know what you think.",
            "Looks great, just a few small changes.", "Can we move the deadline by two days?", "No problem, that works for me.",
            "I have uploaded the files to the shared folder.", "Please check the latest version.", "The colours need to be a bit brighter.",
            "Done, updated as discussed.", "When can we have a quick call?", "Tomorrow at 11 works for me.",
            "I will send the invoice after delivery.", "Payment released, thank you!", "Could you add a mobile version too?",
            "That would be an extra milestone.", "Okay, please go ahead.", "The client loved it!", "Thanks a lot for the quick turnaround.",
            "I found a small bug on the checkout page.", "Fixed and deployed, please test again.", "Works now, great job.",
            "Can you also write the product descriptions?", "Yes, I can do 20 descriptions by Friday.",
            "Please use our brand fonts.", "Attached the logo files in SVG and PNG.", "Let me know if anything is unclear.",
            "I will be offline for Diwali, back on Monday.", "No worries, enjoy the holidays!", "Final files delivered.",
            "Marking the order as complete.", "Would love to work with you again.", "👍", "ok", "Thank you!");
    private static final List<String> ORDER_TITLES = List.of("Logo and brand identity for a bakery", "Responsive website for a clinic",
            "Android app for a grocery store", "SEO audit and monthly reporting", "Product photos editing (50 images)",
            "Landing page in React", "Data dashboard in Power BI", "Explainer video for a fintech app",
            "Blog articles on personal finance", "WordPress store set-up", "UI redesign of a booking app", "GST filing for a small business");
    private static final List<String> FILE_EXTENSIONS = List.of("pdf", "png", "jpg", "txt");
    private static final List<String> FILE_TYPES = List.of("application/pdf", "image/png", "image/jpeg", "text/plain");
    private static final List<String> FILE_NAMES = List.of("brief.pdf", "screenshot.png", "photo.jpg", "notes.txt");
    private static final List<String> EMOJIS = List.of("👍", "❤️", "😂", "🎉", "🙏", "👀");

    private ConversationsSeeder() {
    }

    /** How many conversations and messages to seed: the 20,000 and 1,000,000 unless a validation run asks less. */
    record Size(int conversations, int messages) {

        static final Size FULL = new Size(20_000, 1_000_000);

        Size {
            if (conversations < BUSY_CLIENTS * BUSY_CONVERSATIONS) {
                throw new IllegalArgumentException("at least %d conversations (the busy clients'), not %d"
                        .formatted(BUSY_CLIENTS * BUSY_CONVERSATIONS, conversations));
            }
        }

        static Size fromSystemProperties() {
            return new Size(Integer.getInteger("benchmark.conversations.count", FULL.conversations()),
                    Integer.getInteger("benchmark.conversations.messages", FULL.messages()));
        }

        boolean full() {
            return equals(FULL);
        }
    }

    /** What {@link #seedMissing} would seed, for the log (empty: nothing). */
    static List<String> missing(DataSource dataSource, Size size) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select (select count(*) from talent.freelancer) + (select count(*) from talent.client),
                               (select count(*) from conversations.profile_card c join talent.freelancer f on c.role = 'FREELANCER'
                                  and c.profile_id = f.id and c.user_id = f.user_id and c.changed_at = f.updated_at)
                             + (select count(*) from conversations.profile_card c join talent.client t on c.role = 'CLIENT'
                                  and c.profile_id = t.id and c.user_id = t.user_id and c.changed_at = t.updated_at),
                               (select count(*) from conversations.conversation),
                               (select count(*) from conversations.message where content not like '%s%%')"""
                        .formatted(POSTED_PREFIX))) {
            rs.next();
            if (rs.getLong(2) < rs.getLong(1)) {
                missing.add("%,d profile cards (missing or not talent's)".formatted(rs.getLong(1) - rs.getLong(2)));
            }
            if (conversationsToSeed(rs.getLong(3), rs.getLong(4), size)) {
                missing.add("%,d conversations with %,d messages (%,d and %,d there)".formatted(size.conversations(), size.messages(),
                        rs.getLong(3), rs.getLong(4)));
            }
        }
        return missing;
    }

    private static boolean conversationsToSeed(long conversations, long seededMessages, Size size) {
        return conversations != size.conversations() || seededMessages != size.messages();
    }

    /** Seeds what {@link #missing} names (with {@code afresh}, the conversations in any case), then VACUUM ANALYZE. */
    static void seedMissing(DataSource dataSource, Size size, boolean afresh) throws SQLException {
        List<String> missing = missing(dataSource, size);
        if (!missing.isEmpty() || afresh) {
            boolean conversations = afresh || missing.stream().anyMatch(m -> m.contains("conversations"));
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local work_mem = '256MB'");
                    statement.execute("set local maintenance_work_mem = '512MB'");
                    cards(statement);
                    if (conversations) {
                        conversations(statement, size);
                    }
                }
                connection.commit();
            }
        }
        analyze(dataSource);
    }

    /** Refreshes the planner statistics and the visibility map of conversations' tables (cheap when nothing changed). */
    static void analyze(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String table : TABLES) {
                statement.execute("vacuum analyze conversations." + table);
            }
        }
    }

    /** The cards as {@code JdbcPartyCards} stores talent's ProfileCardChanged; a card that is not the profile's is replaced. */
    private static void cards(Statement statement) throws SQLException {
        for (String[] kind : List.of(new String[] {"FREELANCER", "talent.freelancer", "profile_picture"},
                new String[] {"CLIENT", "talent.client", "picture_path"})) {
            statement.execute("""
                    insert into conversations.profile_card (role, profile_id, user_id, first_name, last_name, picture_url, changed_at)
                    select '%s', p.id, p.user_id, coalesce(p.first_name, ''), coalesce(p.last_name, ''), '/media/' || p.%s, p.updated_at
                    from %s p
                    on conflict (role, profile_id) do update set user_id = excluded.user_id, first_name = excluded.first_name,
                        last_name = excluded.last_name, picture_url = excluded.picture_url, changed_at = excluded.changed_at
                    where conversations.profile_card.changed_at is distinct from excluded.changed_at
                       or conversations.profile_card.user_id <> excluded.user_id""".formatted(kind[0], kind[2], kind[1]));
        }
    }

    private static void conversations(Statement statement, Size size) throws SQLException {
        int busy = BUSY_CLIENTS * BUSY_CONVERSATIONS;
        statement.execute("truncate conversations.reaction, conversations.attachment, conversations.message,"
                + " conversations.participant, conversations.conversation, conversations.order_ref");
        statement.execute("""
                create temp table bench_conv on commit drop as
                select d.n, d.busy, cl.id as client_id, cl.user_id as client_user, f.id as freelancer_id,
                       f.user_id as freelancer_user, d.order_type, d.created, d.weight, d.r_order, d.r_price, d.r_status
                from (select n, n <= %1$d as busy,
                             case when n <= %1$d then (n - 1) / %2$d + 1 else %3$d + 1 + floor(random() * %4$d)::int end as client,
                             1 + floor(random() * %5$d)::int as freelancer,
                             case when random() < 0.7 then 'SERVICE' else 'PROPOSAL' end as order_type,
                             now() - interval '1 hour' - random() * interval '365 days' as created,
                             case when n <= %1$d then 3 + 3 * random() else 0.05 + 4 * power(random(), 3) end as weight,
                             random() as r_order, random() as r_price, random() as r_status
                      from generate_series(1, %6$d) n offset 0) d
                join talent.client cl on cl.id = d.client
                join talent.freelancer f on f.id = d.freelancer""".formatted(busy, BUSY_CONVERSATIONS, BUSY_CLIENTS,
                TalentSeeder.CLIENTS - BUSY_CLIENTS, TalentSeeder.FREELANCERS, size.conversations()));
        statement.execute("alter table bench_conv add primary key (n)");
        // each conversation's share of the messages by its weight, rounded down; the rest one each to the first ones
        statement.execute("alter table bench_conv add column messages int");
        statement.execute("update bench_conv set messages = floor(weight * %d / (select sum(weight) from bench_conv))"
                .formatted(size.messages()));
        statement.execute("""
                update bench_conv b set messages = b.messages + 1
                from (select n, row_number() over (order by n) as rn from bench_conv) o
                where o.n = b.n and o.rn <= %d - (select sum(messages) from bench_conv)""".formatted(size.messages()));
        statement.execute("""
                create temp table bench_msg on commit drop as
                select row_number() over (order by t, n, k) as id, n, k, t, kind,
                       case when kind = 'PAYMENT' then freelancer_user when r_sender < 0.5 then client_user else freelancer_user end as sender,
                       r_text, r_text2, r_react
                from (select c.n, k, c.client_user, c.freelancer_user,
                             c.created + (now() - c.created) * ((k - 1 + random()) / c.messages) as t,
                             random() as r_sender, random() as r_text, random() as r_text2, random() as r_react,
                             (array['FILE', 'VOICE', 'PAYMENT', 'TEXT'])[case when r.r < 0.03 then 1 when r.r < 0.04 then 2
                                                                           when r.r < 0.043 then 3 else 4 end] as kind
                      from bench_conv c cross join lateral generate_series(1, c.messages) k
                      cross join lateral (select random() as r where k is not null) r) m""");
        statement.execute("alter table bench_msg add primary key (id)");
        statement.execute("create index on bench_msg (n, sender, id)");
        statement.execute("""
                insert into conversations.order_ref (order_id, order_type, client_user_id, client_id, freelancer_user_id,
                    freelancer_id, title, price_min, price_max, days, status, changed_at)
                select c.n, c.order_type, c.client_user, c.client_id, c.freelancer_user, c.freelancer_id,
                       %s[1 + floor(c.r_order * %d)::int], p.price,
                       case when c.order_type = 'SERVICE' then p.price else round(p.price * (1 + c.r_order * 2)::numeric, -2) end,
                       1 + floor(c.r_price * 60)::int,
                       case when c.r_status < 0.6 then 'ACCEPTED' when c.r_status < 0.95 then 'COMPLETED' else 'CANCELLED' end,
                       c.created
                from bench_conv c
                cross join lateral (select round((500 + power(c.r_price, 3) * 99500)::numeric, -2) as price) p
                order by c.n""".formatted(array(ORDER_TITLES), ORDER_TITLES.size()));
        // as JdbcConversations opens them (the list's copy of the order and the cards) and keeps them (the newest message);
        // marked announced: the benchmarks request no payments, so billing needs no ConversationOpened of them, and the
        // seeder runs after the start-up announcement anyway (announced false would leave 20,000 for the next start; a data
        // directory seeded before the flag existed has them false, and its first start announces them once: reseed, or warm up)
        statement.execute("""
                insert into conversations.conversation (id, order_id, order_type, client_user_id, freelancer_user_id, is_active,
                    metadata, created_at, updated_at, title, price_min, price_max, days, client_id, client_name, client_picture,
                    freelancer_id, freelancer_name, freelancer_picture, last_message_id, last_message_content, last_message_at,
                    last_message_sender, announced)
                select c.n, c.n, c.order_type, c.client_user, c.freelancer_user, true, '{}'::jsonb, c.created,
                       coalesce(l.t, c.created), o.title, o.price_min, o.price_max, o.days, o.client_id,
                       trim(cc.first_name || ' ' || cc.last_name), cc.picture_url, o.freelancer_id,
                       trim(fc.first_name || ' ' || fc.last_name), fc.picture_url, l.id, %s, l.t, l.sender, true
                from bench_conv c
                join conversations.order_ref o on o.order_id = c.n
                left join conversations.profile_card cc on cc.role = 'CLIENT' and cc.profile_id = o.client_id
                left join conversations.profile_card fc on fc.role = 'FREELANCER' and fc.profile_id = o.freelancer_id
                left join (select distinct on (n) * from bench_msg order by n, id desc) l on l.n = c.n
                order by c.n""".formatted(content("l")));
        participants(statement);
        statement.execute("""
                insert into conversations.message (id, conversation_id, sender_user_id, message_type, content, voice_duration,
                    payment_amount, payment_status, payment_request_id, payment_changed_at, created_at, updated_at, is_edited, is_active)
                select m.id, m.n, m.sender, m.kind, %1$s,
                       case when m.kind = 'VOICE' then 3 + floor(m.r_text * 177)::int end,
                       case when m.kind = 'PAYMENT' then round((500 + m.r_text2 * 49500)::numeric, -2) end,
                       case when m.kind = 'PAYMENT' then case when m.r_react < 0.7 then 'completed' when m.r_react < 0.95 then 'pending'
                                                             else 'failed' end end,
                       case when m.kind = 'PAYMENT' then m.id end,
                       case when m.kind = 'PAYMENT' then m.t end,
                       m.t, m.t, false, true
                from bench_msg m order by m.id""".formatted(content("m")));
        statement.execute("""
                insert into conversations.attachment (id, message_id, path, file_name, file_type, file_size, uploaded_at)
                select row_number() over (order by m.id), m.id,
                       'attachments/' || md5(m.id::text)::uuid || '.' || case when m.kind = 'VOICE' then 'webm' else %s[f.kind] end,
                       case when m.kind = 'VOICE' then 'voice-message.webm' else %s[f.kind] end,
                       case when m.kind = 'VOICE' then 'audio/webm' else %s[f.kind] end,
                       (2000 + floor(power(m.r_text2, 2) * 5000000))::bigint, m.t
                from bench_msg m cross join lateral (select 1 + floor(m.r_text * %d)::int as kind) f
                where m.kind in ('FILE', 'VOICE')
                order by m.id""".formatted(array(FILE_EXTENSIONS), array(FILE_NAMES), array(FILE_TYPES), FILE_EXTENSIONS.size()));
        statement.execute("""
                insert into conversations.reaction (message_id, user_id, emoji, reacted_at)
                select m.id, case when m.sender = c.client_user then c.freelancer_user else c.client_user end,
                       %1$s[1 + (m.id %% %2$d)::int], m.t + (1 + m.r_text * 600) * interval '1 minute'
                from bench_msg m join bench_conv c on c.n = m.n where m.r_react < 0.06
                union all
                select m.id, m.sender, %1$s[1 + ((m.id / 7) %% %2$d)::int], m.t + (2 + m.r_text2 * 600) * interval '1 minute'
                from bench_msg m where m.r_react < 0.01""".formatted(array(EMOJIS), EMOJIS.size()));
        for (String table : List.of("conversation", "message", "attachment")) {
            statement.execute(("select setval(pg_get_serial_sequence('conversations.%1$s', 'id'),"
                    + " greatest(1, (select max(id) from conversations.%1$s)))").formatted(table));
        }
    }

    /** A seeded message's content, of the {@code bench_msg} row {@code m} (the message and the list's newest one agree). */
    private static String content(String m) {
        return """
                case %1$s.kind when 'TEXT' then %2$s[1 + floor(%1$s.r_text * %3$d)::int]
                                   || case when %1$s.r_text2 < 0.3 then ' ' || %2$s[1 + floor(%1$s.r_text2 * 3.3 * %3$d)::int] else '' end
                               when 'FILE' then case when %1$s.r_text2 < 0.5 then '' else 'Here is the file.' end
                               when 'VOICE' then ''
                               else 'Milestone ' || (1 + floor(%1$s.r_text * 4))::int || ' payment' end""".formatted(m, array(CHAT), CHAT.size());
    }

    /**
     * Two participant rows per conversation; a participant has read all the other party sent (seven in ten) or all but
     * the last 1–10 messages: its read mark is then the message before those, its unread count their number.
     */
    private static void participants(Statement statement) throws SQLException {
        statement.execute("""
                create temp table bench_party on commit drop as
                select n, user_id, other, role, busy, archived,
                       case when r_read < 0.7 then 0 else 1 + floor(power(r_unread, 2) * 10)::int end as unread
                from (select n, client_user as user_id, freelancer_user as other, 'CLIENT' as role, busy,
                             not busy and random() < 0.03 as archived, random() as r_read, random() as r_unread
                      from bench_conv
                      union all
                      select n, freelancer_user, client_user, 'FREELANCER', busy, random() < 0.03, random(), random()
                      from bench_conv) p""");
        statement.execute("""
                create temp table bench_back on commit drop as
                select n, sender, id, t, row_number() over (partition by n, sender order by id desc) as back from bench_msg""");
        statement.execute("create index on bench_back (n, sender, back)");
        statement.execute("""
                insert into conversations.participant (conversation_id, user_id, role, unread_count, archived, last_read_at,
                    last_read_message_id, activity_at)
                select p.n, p.user_id, p.role, case when r.id is null then coalesce(s.sent, 0) else p.unread end, p.archived,
                       r.t + interval '1 minute', coalesce(r.id, 0), c.updated_at
                from bench_party p
                join conversations.conversation c on c.id = p.n
                left join bench_back r on r.n = p.n and r.sender = p.other and r.back = p.unread + 1
                left join lateral (select count(*) as sent from bench_back x where x.n = p.n and x.sender = p.other) s on true
                order by p.n, p.role""");
    }
}
