package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi;
import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import com.skillconnect.app.test.PublishedEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.databind.JsonNode;

/**
 * What the freelancer profile API tests share: callers, the document's request example, JSON and
 * multipart requests. Adds no configuration to {@link ApiTestSupport}, so the context stays shared.
 */
abstract class FreelancerApiSupport extends ApiTestSupport {

    static final String SETUP = "/api/v1/profiles/freelancer/profile-setup/";
    static final String ME = SETUP + "me/";
    static final String BROWSE = "/api/v1/profiles/freelancers/browse/";

    /** Real magic bytes: what FileKind recognises. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Users the forged tokens speak for: far above the ids identity hands out in a test run. */
    private static final AtomicLong USERS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    @Autowired
    JwtEncoder jwtEncoder;
    @Autowired
    PublishedEvents publishedEvents;
    @Value("${skillconnect.storage.root}")
    String storageRoot;

    /** Who calls: a user id and an access token. */
    record Caller(long userId, String access) {
    }

    /** A freelancer's access token, as identity would issue it, for a user talent has not heard of. */
    Caller freelancer() {
        return caller("FREELANCER");
    }

    Caller clientUser() {
        return caller("CLIENT");
    }

    private Caller caller(String role) {
        long userId = USERS.incrementAndGet();
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(Long.toString(userId)).issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(2))).claim("token_type", "access").claim("user_id", userId)
                .claim("email", "u" + userId + "@example.com").claim("role", role).build();
        String token = jwtEncoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(), claims))
                .getTokenValue();
        return new Caller(userId, token);
    }

    // ---- requests -------------------------------------------------------------------------------

    Response send(String method, String path, Caller caller, Object json) {
        HttpApi.Request request = api.request(method, path).from(client);
        if (json != null) {
            request.json(json);
        }
        return (caller == null ? request : request.bearer(caller.access())).send();
    }

    Response fetch(String path, Caller caller) {
        return send("GET", path, caller, null);
    }

    Response multipart(String method, String path, Caller caller, MultipartForm form) {
        return api.request(method, path).bearer(caller.access()).from(client).multipart(form).send();
    }

    JsonNode create(Caller caller, Map<String, Object> body) {
        Response created = send("POST", SETUP, caller, body);
        assertStatus(created, 201);
        return created.json();
    }

    // ---- the document's example -------------------------------------------------------------------

    /** The request example of "Create Freelancer Profile", as written (a mutable copy). */
    static Map<String, Object> example() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("first_name", "John");
        body.put("last_name", "Doe");
        body.put("about", "Full-stack developer with 5 years experience");
        body.put("age", 28);
        body.put("country", "India");
        body.put("location", "Mumbai");
        body.put("is_available", true);
        body.put("profile_picture", "<file>");
        body.put("skills_input", List.of(Map.of("name", "Python"), Map.of("name", "Django")));
        body.put("educations_input", List.of(Map.of("college", "MIT", "degree", "B.Tech Computer Science",
                "start_year", 2015, "end_year", 2019)));
        body.put("experiences_input", List.of(Map.of("role", "Senior Developer", "company", "Tech Corp",
                "start_date", "2020-01-15", "end_date", "2023-06-30", "description", "Led backend development",
                "ongoing", false)));
        body.put("languages_input", List.of(Map.of("name", "English", "proficiency", "Native"),
                Map.of("name", "Hindi", "proficiency", "Fluent")));
        body.put("portfolios_input", List.of(Map.of("title", "E-commerce Platform", "description",
                "Built scalable marketplace", "project_link", "https://github.com/johndoe/ecommerce")));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("github_url", "https://github.com/johndoe");
        links.put("linkedin_url", "https://linkedin.com/in/johndoe");
        links.put("twitter_url", null);
        links.put("facebook_url", null);
        links.put("instagram_url", null);
        body.put("social_links_input", links);
        body.put("verification_input", Map.of("email_verified", true, "phone_verified", false, "id_verified", false,
                "video_verified", false));
        return body;
    }

    /** The example with other names, location, skills, about and availability (for browse tests). */
    static Map<String, Object> profile(String firstName, String lastName, String location, List<String> skills,
            String about, boolean available) {
        Map<String, Object> body = example();
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        body.put("location", location);
        body.put("skills_input", skills.stream().map(name -> Map.of("name", name)).toList());
        body.put("about", about);
        body.put("is_available", available);
        return body;
    }

    /** Random lower-case letters: names and words no other test uses. */
    static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }

    static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A public detail without the header fields it adds to the own profile (name, title, rating, review_count, skills). */
    static JsonNode withoutDetailHeader(JsonNode detail) {
        tools.jackson.databind.node.ObjectNode profile = (tools.jackson.databind.node.ObjectNode) detail.deepCopy();
        profile.remove(List.of("name", "title", "rating", "review_count", "skills"));
        return profile;
    }

    static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.get(field).asString()));
        return names;
    }

    // ---- state ----------------------------------------------------------------------------------

    int profilesOf(long userId) {
        return jdbc.queryForObject("select count(*) from talent.freelancer where user_id = ?", Integer.class, userId);
    }

    List<Path> storedFiles() {
        Path root = Path.of(storageRoot).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API document's example profile as the frontend's wizard sends it: multipart, nested lists as JSON strings. */
    static MultipartForm exampleForm() {
        return new MultipartForm()
                .field("first_name", "John").field("last_name", "Doe")
                .field("about", "Full-stack developer with 5 years experience")
                .field("age", "28").field("country", "India").field("location", "Mumbai").field("is_available", "true")
                .field("skills_input", "[{\"id\": 3, \"name\": \"Python\"}, {\"name\": \"Django\"}]")
                .field("educations_input", "[{\"college\": \"MIT\", \"degree\": \"B.Tech Computer Science\", \"start_year\": 2015, \"end_year\": 2019}]")
                .field("experiences_input", "[{\"role\": \"Senior Developer\", \"company\": \"Tech Corp\", \"start_date\": \"2020-01-15\", "
                        + "\"end_date\": \"2023-06-30\", \"description\": \"Led backend development\", \"ongoing\": false}]")
                .field("languages_input", "[{\"name\": \"English\", \"proficiency\": \"Native\"}, {\"name\": \"Hindi\", \"proficiency\": \"Fluent\"}]")
                .field("portfolios_input", "[{\"title\": \"E-commerce Platform\", \"description\": \"Built scalable marketplace\", "
                        + "\"project_link\": \"https://github.com/johndoe/ecommerce\"}]")
                .field("social_links_input", "{\"github_url\": \"https://github.com/johndoe\", \"linkedin_url\": null}")
                .field("verification_input", "{\"email_verified\": true, \"phone_verified\": true}");
    }
}
