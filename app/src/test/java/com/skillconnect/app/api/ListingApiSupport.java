package com.skillconnect.app.api;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/** What the gig and proposal API tests share: the document's request examples and the requests. */
abstract class ListingApiSupport extends MarketplaceApiSupport {

    static final String SERVICES = GIGS + "services/";
    static final String PROPOSALS = GIGS + "proposals/";
    static final String EXPLORE_SERVICES = GIGS + "explore-services/";
    static final String EXPLORE_PROPOSALS = GIGS + "explore-proposals/";

    /** "Create Service"'s request example, as written (a mutable copy). */
    static Map<String, Object> gigExample() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Website Design");
        body.put("description", "Beautiful portfolio website built with React & Django.");
        body.put("category_id", 2);
        body.put("skills_input", List.of(Map.of("name", "React"), Map.of("name", "Django")));
        body.put("price", 25000);
        body.put("delivery_time", 10);
        body.put("revisions", 3);
        body.put("image", "<file>");
        body.put("is_featured", false);
        body.put("is_active", true);
        return body;
    }

    /** "Create Proposal"'s request example, as written (a mutable copy). */
    static Map<String, Object> proposalExample() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Landing Page Design Required");
        body.put("description", "Need a creative landing page for our startup.");
        body.put("category_id", 2);
        body.put("skills_input", List.of(Map.of("name", "UI/UX"), Map.of("name", "React")));
        body.put("budget_min", 10000);
        body.put("budget_max", 30000);
        body.put("timeline_days", 7);
        body.put("project_scope", "Single page app");
        body.put("is_urgent", true);
        return body;
    }

    /** The example with these fields changed (alternating names and values). */
    static Map<String, Object> with(Map<String, Object> example, Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>(example);
        body.putAll(body(namesAndValues));
        return body;
    }

    /** "Create Service"'s example as a form (multipart, as the frontend sends it with an image). */
    static MultipartForm exampleGigForm() {
        return exampleGigForm("[{\"name\": \"React\"}, {\"name\": \"Django\"}]");
    }

    /** The document's example as a form, with these skills (JSON text, as the frontend sends them). */
    static MultipartForm exampleGigForm(String skillsInput) {
        return new MultipartForm().field("title", "Website Design")
                .field("description", "Beautiful portfolio website built with React & Django.")
                .field("category_id", "2").field("skills_input", skillsInput)
                .field("price", "25000").field("delivery_time", "10").field("revisions", "3")
                .field("is_featured", "false").field("is_active", "true");
    }

    /** A real 2x2 PNG picture. */
    static byte[] realPng() {
        BufferedImage picture = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, 0xFF8800);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    JsonNode createdGig(Party freelancer, Map<String, Object> body) {
        Response created = send("POST", SERVICES, freelancer.caller(), body);
        assertStatus(created, 201);
        return created.json();
    }

    JsonNode createdProposal(Party client, Map<String, Object> body) {
        Response created = send("POST", PROPOSALS, client.caller(), body);
        assertStatus(created, 201);
        return created.json();
    }

    /** The gig's row as stored (arrays as lists, so that two reads compare equal), to prove nothing changed. */
    Map<String, Object> gigRow(long id) {
        return comparable(jdbc.queryForMap("select * from marketplace.gig where id = ?", id));
    }

    Map<String, Object> proposalRow(long id) {
        return comparable(jdbc.queryForMap("select * from marketplace.proposal where id = ?", id));
    }

    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            try {
                values.put(column, value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return values;
    }
}
