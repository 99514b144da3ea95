package com.skillconnect.app.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Seeds the talent tables of the benchmark database with set-based SQL ({@code generate_series} straight
 * into the tables, no application code): {@value #FREELANCERS} freelancers with 1–8 skills each (a
 * vocabulary of {@link #SKILLS} in order of popularity, drawn with a skewed distribution), 0–3
 * experiences, a known user each; {@value #CLIENTS} clients. Locations are the cities of India of the
 * places CSV, weighted by population^1.2 (Mumbai ~8%, the ten biggest ~30%, the hundred biggest ~64%). Creation and update times spread over two
 * years. Rows satisfy every CHECK constraint; the generated search columns fill themselves, and
 * {@code search_keywords} holds the skill names then the experience roles, as {@code JpaFreelancers} writes it.
 * <p>
 * Seeds only when the counts are not there; a partial seed is truncated and redone.
 */
final class TalentSeeder {

    static final int FREELANCERS = 100_000;
    static final int CLIENTS = 20_000;
    private static final long FREELANCER_USER_BASE = 900_000_000L;
    private static final long CLIENT_USER_BASE = 800_000_000L;
    private static final double CITY_WEIGHT = 1.2;
    private static final String CITIES = "/com/skillconnect/talent/adapter/out/places/india-cities.csv";

    /** Ordered by popularity: the first ones are drawn most often. */
    static final List<String> SKILLS = List.of(
            "JavaScript", "Python", "React", "Node.js", "Java", "SQL", "HTML", "CSS", "TypeScript", "Figma",
            "WordPress", "PHP", "Django", "AWS", "Angular", "Flutter", "Android", "Data Analysis", "Machine Learning", "Excel",
            "Photoshop", "Graphic Design", "SEO", "Content Writing", "Copywriting", "Digital Marketing", "Docker", "Kubernetes", "Spring Boot", "MySQL",
            "PostgreSQL", "MongoDB", "React Native", "Vue.js", "Next.js", "Express", "Laravel", "Ruby on Rails", "Go", "Kotlin",
            "Swift", "iOS", "C++", "C#", ".NET", "Azure", "Google Cloud", "Linux", "DevOps", "CI/CD",
            "Git", "REST APIs", "GraphQL", "Tailwind CSS", "Bootstrap", "jQuery", "Redux", "Sass", "UI Design", "UX Research",
            "Adobe Illustrator", "After Effects", "Premiere Pro", "Video Editing", "Motion Graphics", "3D Modeling", "Blender", "Unity", "Unreal Engine", "Game Development",
            "Data Science", "Deep Learning", "TensorFlow", "PyTorch", "Pandas", "NumPy", "Tableau", "Power BI", "Data Visualization", "Statistics",
            "R", "Scala", "Spark", "Hadoop", "Kafka", "Airflow", "ETL", "Data Engineering", "Snowflake", "BigQuery",
            "Natural Language Processing", "Computer Vision", "OpenCV", "LLM", "Prompt Engineering", "Chatbots", "Web Scraping", "Selenium", "Automation Testing", "Manual Testing",
            "Cypress", "Jest", "JUnit", "QA", "Performance Testing", "Cybersecurity", "Penetration Testing", "Network Security", "Ethical Hacking", "Blockchain",
            "Solidity", "Web3", "Smart Contracts", "Ethereum", "Shopify", "WooCommerce", "Magento", "E-commerce", "Salesforce", "SAP",
            "ERP", "Zoho", "HubSpot", "CRM", "Social Media Marketing", "Facebook Ads", "Google Ads", "Email Marketing", "Affiliate Marketing", "Influencer Marketing",
            "Market Research", "Business Analysis", "Project Management", "Agile", "Scrum", "Jira", "Product Management", "Technical Writing", "Blog Writing", "Ghostwriting",
            "Translation", "Hindi", "Tamil", "Telugu", "Marathi", "Bengali", "Transcription", "Proofreading", "Editing", "Creative Writing",
            "Logo Design", "Brand Identity", "Illustration", "Animation", "Infographics", "Presentation Design", "Canva", "InDesign", "Print Design", "Packaging Design",
            "Photography", "Photo Editing", "Lightroom", "Voice Over", "Audio Editing", "Music Production", "Podcast Editing", "Sound Design", "Customer Support", "Virtual Assistant",
            "Data Entry", "Lead Generation", "Cold Calling", "Telemarketing", "Sales", "Accounting", "Bookkeeping", "Tally", "GST", "Taxation",
            "Financial Modeling", "Financial Analysis", "Investment Research", "Legal Writing", "Contract Drafting", "Compliance", "HR Consulting", "Recruitment", "Training", "Tutoring",
            "Mathematics", "Physics", "Chemistry", "Biology", "AutoCAD", "SolidWorks", "Revit", "Civil Engineering", "Mechanical Engineering", "Electrical Engineering",
            "Embedded Systems", "Arduino", "Raspberry Pi", "IoT", "PCB Design", "MATLAB", "Verilog", "Robotics", "Microservices", "System Design",
            "Elasticsearch", "Redis", "RabbitMQ", "Terraform", "Ansible", "Jenkins", "GitHub Actions", "Nginx", "Firebase", "Supabase",
            "Ionic", "Xamarin", "Electron", "Svelte", "Three.js", "D3.js", "WebGL", "WebRTC", "Socket.IO", "FastAPI",
            "Flask", "Spring", "Hibernate", "Microsoft Office", "Google Sheets", "VBA", "Power Automate", "Zapier", "No-Code", "Webflow");

    private static final List<String> FIRST_NAMES = List.of(
            "Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Ayaan", "Krishna", "Ishaan",
            "Rohan", "Rahul", "Amit", "Suresh", "Vikram", "Karan", "Nikhil", "Siddharth", "Pranav", "Harsh",
            "Ananya", "Diya", "Priya", "Aadhya", "Saanvi", "Kavya", "Isha", "Pooja", "Neha", "Sneha",
            "Riya", "Meera", "Lakshmi", "Divya", "Shreya", "Anjali", "Nisha", "Tanvi", "Aishwarya", "Sunita",
            "Mohammed", "Imran", "Farhan", "Zoya", "Ayesha", "Fatima", "Gurpreet", "Harpreet", "Manpreet", "Simran",
            "Joseph", "Thomas", "Mary", "Anita", "Deepak", "Rajesh", "Manoj", "Sanjay", "Arun", "Venkat",
            "Karthik", "Lokesh", "Naveen", "Prakash", "Ravi", "Ganesh", "Srinivas", "Swati", "Bhavna", "Chitra",
            "Madhuri", "Pallavi", "Rekha", "Sonal", "Yash", "Varun", "Tarun", "Abhishek", "Akash", "Ankit");
    private static final List<String> LAST_NAMES = List.of(
            "Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Shah", "Mehta", "Reddy", "Rao",
            "Nair", "Menon", "Iyer", "Iyengar", "Pillai", "Das", "Banerjee", "Chatterjee", "Mukherjee", "Ghosh",
            "Bose", "Sen", "Joshi", "Kulkarni", "Deshpande", "Patil", "Jadhav", "Pawar", "Chauhan", "Yadav",
            "Mishra", "Pandey", "Tiwari", "Dubey", "Srivastava", "Saxena", "Agarwal", "Jain", "Malhotra", "Kapoor",
            "Khanna", "Bhatia", "Arora", "Sethi", "Gill", "Sandhu", "Dhillon", "Khan", "Qureshi", "Ansari",
            "Sheikh", "D'Souza", "Fernandes", "Pereira", "Thomas", "Varghese", "Naidu", "Choudhary", "Thakur", "Rawat");
    private static final List<String> ROLES = List.of(
            "Software Engineer", "Senior Software Engineer", "Frontend Developer", "Backend Developer", "Full Stack Developer",
            "Mobile Developer", "Android Developer", "iOS Developer", "Data Analyst", "Data Scientist",
            "Machine Learning Engineer", "DevOps Engineer", "Cloud Architect", "QA Engineer", "Test Automation Engineer",
            "UI/UX Designer", "Graphic Designer", "Product Designer", "Content Writer", "Technical Writer",
            "Digital Marketing Specialist", "SEO Specialist", "Social Media Manager", "Video Editor", "Motion Designer",
            "Project Manager", "Product Manager", "Business Analyst", "Accountant", "Virtual Assistant",
            "Web Developer", "WordPress Developer", "Shopify Developer", "Game Developer", "Security Analyst",
            "Database Administrator", "Data Engineer", "Translator", "Illustrator", "Consultant");
    private static final List<String> COMPANIES = List.of(
            "Infosys", "TCS", "Wipro", "HCL Technologies", "Tech Mahindra", "Zoho", "Freshworks", "Flipkart", "Swiggy", "Zomato",
            "Paytm", "Razorpay", "Ola", "BYJU'S", "Unacademy", "PhonePe", "CRED", "Meesho", "Nykaa", "Dream11",
            "Accenture", "Cognizant", "Capgemini", "Deloitte", "IBM", "Amazon", "Google", "Microsoft", "Mindtree", "L&T Infotech",
            "a local agency", "a seed-stage startup", "a design studio", "Self-employed", "Mu Sigma", "Fractal Analytics", "InMobi", "MakeMyTrip", "Urban Company", "Lenskart");
    private static final List<String> OPENERS = List.of(
            "Experienced freelancer", "Detail-oriented professional", "Passionate developer", "Creative designer",
            "Results-driven consultant", "Self-taught engineer", "Certified specialist", "Former agency lead",
            "Computer science graduate", "Independent contractor", "Hands-on problem solver", "Curious generalist");
    private static final List<String> SENTENCES = List.of(
            "I help startups ship their first product quickly and reliably.",
            "I have delivered more than fifty projects for clients in India, the US and Europe.",
            "Clean code, clear communication and on-time delivery are what I care about.",
            "I enjoy turning vague ideas into working software and polished designs.",
            "My work has been featured by several well known brands.",
            "I am comfortable working across time zones and with distributed teams.",
            "I write tests, document my work and hand over everything you need.",
            "Available for long-term engagements as well as short fixes.",
            "I specialise in performance tuning and scalable architectures.",
            "I love mentoring junior developers and reviewing code.",
            "Previously worked at a product company building payment systems.",
            "I can take a project from wireframes to deployment.",
            "Quick learner who adapts to new tools and frameworks easily.",
            "I focus on accessibility, responsive layouts and fast load times.",
            "Fluent in English and Hindi, happy to join your standups.",
            "I believe in transparent pricing and weekly progress reports.",
            "I have built dashboards and reports that executives actually use.",
            "Strong background in mathematics and analytical thinking.",
            "My clients come back to me because I treat their budget like my own.",
            "I bring a mix of engineering rigour and a designer's eye.");
    private static final List<String> COMPANY_PREFIXES = List.of(
            "Tech", "Bright", "Nova", "Pixel", "Cloud", "Green", "Blue", "Swift", "Smart", "Urban",
            "Data", "Byte", "Star", "Lotus", "Indus", "Ganga", "Saffron", "Peak", "Silver", "Quantum");
    private static final List<String> COMPANY_SUFFIXES = List.of(
            "Start", "Wave", "Works", "Labs", "Craft", "Bridge", "Point", "Hub", "Nest", "Logic",
            "Mind", "Soft", "Stack", "Leaf", "Spark", "Line", "Path", "Forge", "Field", "Vista");
    private static final List<String> COMPANY_KINDS = List.of(
            "Solutions", "Technologies", "Pvt Ltd", "Studio", "Ventures", "Consulting", "Media", "Foods", "Retail", "Exports");
    private static final List<String> INDUSTRIES = List.of(
            "Information Technology", "E-commerce", "Education", "Healthcare", "Finance", "Real Estate", "Manufacturing",
            "Retail", "Media and Entertainment", "Travel and Hospitality", "Food and Beverage", "Logistics", "Agriculture",
            "Automotive", "Fashion", "Non-profit", "Telecommunications", "Energy", "Legal Services", "Marketing and Advertising");
    private static final List<String> CLIENT_SENTENCES = List.of(
            "We build software for small businesses across India.",
            "A growing team looking for reliable freelancers for ongoing work.",
            "We sell handmade products online and need help with our store.",
            "Our mission is to make quality education affordable.",
            "We run clinics in three cities and are digitising patient records.",
            "We are a family business expanding into online sales.",
            "We need designers and developers for our next product launch.",
            "We organise events and weddings and want a stronger brand.",
            "A bootstrapped startup building tools for farmers.",
            "We export textiles and need a modern website and catalogue.",
            "We publish content in English and regional languages.",
            "We are hiring for mobile apps, dashboards and marketing campaigns.");

    private TalentSeeder() {
    }

    /** Whether the benchmark's rows are there (then nothing is seeded). */
    static boolean seeded(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rs = statement.executeQuery("select (select count(*) from talent.freelancer), (select count(*) from talent.client),"
                        + " (select count(*) from talent.known_user)")) {
            rs.next();
            return rs.getLong(1) == FREELANCERS && rs.getLong(2) == CLIENTS && rs.getLong(3) == FREELANCERS;
        }
    }

    /** Seeds afresh (truncating the talent tables first), then VACUUM ANALYZE. */
    static void seed(DataSource dataSource) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local work_mem = '256MB'");
                statement.execute("set local maintenance_work_mem = '512MB'");
                statement.execute("truncate talent.freelancer_skill, talent.experience, talent.education, talent.language,"
                        + " talent.portfolio, talent.freelancer, talent.client, talent.known_user, talent.search_word");
                cities(connection, statement);
                skills(statement);
                freelancers(statement);
                clients(statement);
                statement.execute("select setval('talent.freelancer_id_seq', " + FREELANCERS + ")");
                statement.execute("select setval('talent.client_id_seq', " + CLIENTS + ")");
            }
            connection.commit();
        }
        analyze(dataSource, true);
    }

    /**
     * Refreshes the planner statistics, and with {@code vacuum} the visibility map (index-only scans), as
     * autovacuum would eventually. Cheap when nothing changed; every run does it, since a VACUUM right after
     * the seed has been seen to leave pages not all-visible (an older snapshot still open somewhere).
     */
    static void analyze(DataSource dataSource, boolean vacuum) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String table : List.of("skill", "freelancer", "freelancer_skill", "experience", "client", "known_user")) {
                statement.execute((vacuum ? "vacuum analyze" : "analyze") + " talent." + table);
            }
        }
    }

    /** The top cities of the CSV by weight, heaviest first (for filters that should find something). */
    static List<String> bigCities(int count) throws IOException {
        return readCities().stream().sorted(java.util.Comparator.comparingLong(City::population).reversed())
                .limit(count).map(City::name).toList();
    }

    /** All city names of the CSV (for autocomplete prefixes). */
    static List<String> allCities() throws IOException {
        return readCities().stream().map(City::name).toList();
    }

    private record City(String name, long population) {
    }

    private static List<City> readCities() throws IOException {
        List<City> cities = new ArrayList<>();
        try (InputStream in = TalentSeeder.class.getResourceAsStream(CITIES);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                cities.add(new City(line.substring(first + 1, last), Long.parseLong(line.substring(last + 1).strip())));
            }
        }
        return cities;
    }

    /** bench_city(name, hi): cumulative population^1.2 weights in (0, 1]; a uniform r picks the first city with hi > r. */
    private static void cities(Connection connection, Statement statement) throws SQLException, IOException {
        statement.execute("create temp table bench_city (name text not null, hi float8 not null) on commit drop");
        List<City> cities = readCities();
        double total = cities.stream().mapToDouble(c -> Math.pow(c.population(), CITY_WEIGHT)).sum();
        double cumulative = 0;
        try (PreparedStatement insert = connection.prepareStatement("insert into bench_city values (?, ?)")) {
            for (City city : cities) {
                cumulative += Math.pow(city.population(), CITY_WEIGHT) / total;
                insert.setString(1, city.name());
                insert.setDouble(2, cumulative);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        statement.execute("update bench_city set hi = 1.0000001 where hi = (select max(hi) from bench_city)");
        statement.execute("create index on bench_city (hi)");
        statement.execute("analyze bench_city");
    }

    /** bench_skill(rank, skill_id): the vocabulary, inserted into talent.skill where missing. */
    private static void skills(Statement statement) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < SKILLS.size(); i++) {
            rows.add("(" + (i + 1) + ", " + literal(SKILLS.get(i)) + ")");
        }
        statement.execute("create temp table bench_skill (rank int primary key, name text not null, skill_id bigint) on commit drop");
        statement.execute("insert into bench_skill (rank, name) values " + String.join(", ", rows));
        statement.execute("insert into talent.skill (name) select b.name from bench_skill b"
                + " where not exists (select 1 from talent.skill s where lower(s.name) = lower(b.name)) order by b.rank");
        statement.execute("update bench_skill b set skill_id = s.id from talent.skill s where lower(s.name) = lower(b.name)");
    }

    private static void freelancers(Statement statement) throws SQLException {
        int skillCount = SKILLS.size();
        // one row per freelancer with its random draws, materialised so that every draw is made once
        statement.execute("""
                create temp table bench_fl on commit drop as
                select n,
                       now() - random() * interval '730 days' as created,
                       random() as r_updated,
                       1 + floor(power(random(), 1.7) * 8)::int as skill_count,
                       floor(power(random(), 0.9) * 4)::int as experience_count,
                       random() as r_city
                from generate_series(1, %d) n""".formatted(FREELANCERS));
        statement.execute("alter table bench_fl add primary key (n)");
        statement.execute("""
                create temp table bench_fl_skill on commit drop as
                select n, skill_id, (row_number() over (partition by n order by first_draw) - 1)::int as position
                from (select d.n, b.skill_id, min(d.draw) as first_draw
                      from (select f.n, k as draw, 1 + floor(power(random(), 2.5) * %d)::int as rank
                            from bench_fl f cross join lateral generate_series(1, f.skill_count) k) d
                      join bench_skill b on b.rank = d.rank
                      group by d.n, b.skill_id) distinct_skills""".formatted(skillCount));
        statement.execute("""
                create temp table bench_fl_experience on commit drop as
                with drawn as materialized (
                  select f.n, k - 1 as position,
                         %s[1 + floor(random() * %d)::int] as role,
                         %s[1 + floor(random() * %d)::int] as company,
                         current_date - (180 + floor(random() * 3000))::int as start_date,
                         (k = 1 and random() < 0.6) as ongoing,
                         (30 + floor(random() * 1400))::int as duration_days
                  from bench_fl f cross join lateral generate_series(1, f.experience_count) k)
                select n, position, role, company, start_date,
                       case when ongoing then null else least(start_date + duration_days, current_date) end as end_date,
                       ongoing,
                       'Worked as ' || role || ' at ' || company || ', delivering features end to end.' as description
                from drawn""".formatted(array(ROLES), ROLES.size(), array(COMPANIES), COMPANIES.size()));
        statement.execute("create index on bench_fl_skill (n)");
        statement.execute("create index on bench_fl_experience (n)");
        statement.execute("""
                insert into talent.freelancer (id, version, user_id, first_name, last_name, about, age, country, location,
                        is_available, profile_picture, github_url, linkedin_url, twitter_url, facebook_url, instagram_url,
                        search_keywords, created_at, updated_at)
                select f.n, 0, %d + f.n, %s[1 + floor(random() * %d)::int], %s[1 + floor(random() * %d)::int],
                       left(%s[1 + floor(random() * %d)::int] || ' with ' || (1 + floor(random() * 15))::int
                            || ' years of experience in ' || coalesce(sk.first_skill, 'many things') || '. '
                            || %s[1 + floor(random() * %d)::int] || ' ' || %s[1 + floor(random() * %d)::int]
                            || case when random() < 0.5 then ' ' || %s[1 + floor(random() * %d)::int] else '' end, 2000),
                       18 + floor(random() * 45)::int, 'India', c.name, random() < 0.7,
                       case when random() < 0.3 then 'freelancers/pictures/' || f.n || '.jpg' end,
                       case when random() < 0.4 then 'https://github.com/user' || f.n end,
                       case when random() < 0.5 then 'https://www.linkedin.com/in/user' || f.n end,
                       null, null, null,
                       concat_ws(' ', sk.names, ex.roles),
                       f.created, f.created + f.r_updated * (now() - f.created)
                from bench_fl f
                cross join lateral (select bc.name from bench_city bc where bc.hi > f.r_city order by bc.hi limit 1) c
                left join lateral (select string_agg(b.name, ' ' order by s.position) as names,
                                          (array_agg(b.name order by s.position))[1] as first_skill
                                   from bench_fl_skill s join bench_skill b on b.skill_id = s.skill_id where s.n = f.n) sk on true
                left join lateral (select string_agg(e.role, ' ' order by e.position) as roles
                                   from bench_fl_experience e where e.n = f.n) ex on true
                order by f.n""".formatted(FREELANCER_USER_BASE, array(FIRST_NAMES), FIRST_NAMES.size(), array(LAST_NAMES),
                LAST_NAMES.size(), array(OPENERS), OPENERS.size(), array(SENTENCES), SENTENCES.size(), array(SENTENCES),
                SENTENCES.size(), array(SENTENCES), SENTENCES.size()));
        statement.execute("insert into talent.freelancer_skill (freelancer_id, skill_id, position) select n, skill_id, position from bench_fl_skill");
        statement.execute("""
                insert into talent.experience (freelancer_id, position, role, company, start_date, end_date, description, ongoing)
                select n, position, role, company, start_date, end_date, description, ongoing from bench_fl_experience
                order by n, position""");
        statement.execute("""
                insert into talent.known_user (user_id, email, role, email_verified, activated_at)
                select f.user_id, 'freelancer' || f.id || '@example.com', 'FREELANCER', random() < 0.8, f.created_at
                from talent.freelancer f""");
    }

    private static void clients(Statement statement) throws SQLException {
        statement.execute("""
                insert into talent.client (id, version, user_id, account_type, first_name, last_name, company_name,
                        company_description, country, location, industry, company_size, website, project_types,
                        budget_range, project_frequency, preferred_communications, working_hours, business_goals,
                        current_challenges, previous_experiences, expected_timeline, quality_importance, payment_method,
                        monthly_budget, project_budget, payment_timing, picture_path, created_at, updated_at)
                select n, 0, %d + n, case when r_type < 0.3 then 'INDIVIDUAL' else 'BUSINESS' end,
                       %s[1 + floor(random() * %d)::int], %s[1 + floor(random() * %d)::int],
                       %s[1 + floor(random() * %d)::int] || %s[1 + floor(random() * %d)::int] || ' ' || %s[1 + floor(random() * %d)::int],
                       %s[1 + floor(random() * %d)::int] || ' ' || %s[1 + floor(random() * %d)::int],
                       'India', c.name, %s[1 + floor(power(random(), 1.5) * %d)::int],
                       (array['1-10', '11-50', '51-200', '201-500', '500+'])[1 + floor(random() * 5)::int],
                       case when random() < 0.6 then 'https://example' || n || '.in' end,
                       array['Web development', 'mobile apps'], '10000-50000', 'Monthly', array['Email', 'chat'], 'Flexible',
                       array['Grow online sales'], array['Finding reliable talent'], 'Some freelancers before', '1-3 months', 'High',
                       'Bank transfer', case when random() < 0.5 then round((random() * 200000)::numeric, 2) end,
                       case when random() < 0.5 then round((random() * 1000000)::numeric, 2) end, 'Milestones',
                       null, created, created + r_updated * (now() - created)
                from (select n, random() as r_type, random() as r_city, random() as r_updated,
                             now() - random() * interval '730 days' as created
                      from generate_series(1, %d) n offset 0) d
                cross join lateral (select bc.name from bench_city bc where bc.hi > d.r_city order by bc.hi limit 1) c
                order by n""".formatted(CLIENT_USER_BASE, array(FIRST_NAMES), FIRST_NAMES.size(), array(LAST_NAMES),
                LAST_NAMES.size(), array(COMPANY_PREFIXES), COMPANY_PREFIXES.size(), array(COMPANY_SUFFIXES),
                COMPANY_SUFFIXES.size(), array(COMPANY_KINDS), COMPANY_KINDS.size(), array(CLIENT_SENTENCES),
                CLIENT_SENTENCES.size(), array(CLIENT_SENTENCES), CLIENT_SENTENCES.size(), array(INDUSTRIES),
                INDUSTRIES.size(), CLIENTS));
    }

    static List<String> firstNames() {
        return FIRST_NAMES;
    }

    static List<String> lastNames() {
        return LAST_NAMES;
    }

    static List<String> companyPrefixes() {
        return COMPANY_PREFIXES;
    }

    static List<String> industries() {
        return INDUSTRIES;
    }

    /** The sentences of freelancers' "about" (also those of gig descriptions: {@link MarketplaceSeeder}). */
    static List<String> sentences() {
        return SENTENCES;
    }

    /** The sentences of clients' company descriptions (also those of proposals: {@link MarketplaceSeeder}). */
    static List<String> clientSentences() {
        return CLIENT_SENTENCES;
    }

    /** An SQL array literal of the values, in parentheses (for {@code (array[...])[i]}). */
    static String array(List<String> values) {
        return values.stream().map(TalentSeeder::literal).collect(Collectors.joining(", ", "(array[", "])"));
    }

    /** An SQL string literal. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
