package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.RawHttp;
import com.skillconnect.app.test.RawHttp.Answer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The guard of every operation, present and future: takes each operation of the served OpenAPI document
 * and sends it every class of bad input: wrong types, nulls, huge and non-finite numbers, NUL, lone
 * surrogates, bad percent-encodings, oversized strings, wrong content types, malformed JSON and multipart,
 * odd path ids. Request fields come from the operation's request schema (JSON or multipart) when the
 * document describes one, else from its answer's schema (requests mostly mirror answers), else generic
 * bodies only. Every answer must be below 500 and never the "concurrent change" conflict that hides a
 * database refusal.
 */
class BadInputEveryOperationApiTest extends FreelancerApiSupport {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String HUGE = "x".repeat(100_000);

    /** Already percent-encoded, as they travel in a query string or a path segment. */
    private static final List<String> BAD_QUERY_VALUES = List.of("%00", "a%00b", "%FF", "%ED%A0%80", "%C0%AF", "%", "%G1", "%2",
            "1e400", "-1e400", "NaN", "Infinity", "-1", "0", "99999999999999999999999999", "%25%5F%5C", "%5C", "%5B%5D",
            "%F0%9F%98%80", "%E2%80%AE", "'%20OR%201=1--", "x".repeat(4000), "+", "%2C%2C", "name,desc,asc", "-");
    private static final List<String> BAD_PATH_IDS = List.of("0", "-1", "99999999999999999999", "1e400", "abc", "%00", "%FF",
            "%ED%A0%80", "%25", "NaN", "x".repeat(300));
    private static final List<String> EXTRA_QUERY_NAMES = List.of("page", "page_size", "sort", "q", "search", "ordering");
    /** JSON values any field may be sent instead of a good one. */
    private static final List<String> BAD_JSON_VALUES = List.of("null", "[]", "{}", "true", "1e400", "-1e400", "1e308",
            "123456789012345678901234567890", "1e999999999", "-1", "0", "1.5", "\"\"", "\"\\u0000\"", "\"a\\u0000b\"",
            "\"\\ud800\"", "\"\\udc00x\"", "\"" + HUGE + "\"", "[null]", "[{}]", "[1e400]", "[\"\\u0000\"]",
            "[{\"name\":\"\\u0000\"}]", "[{\"name\":1e400}]", "[{\"name\":\"\\ud83d\"}]", "{\"a\":\"\\u0000\"}", "{\"a\":1e400}",
            "\"2020-02-30\"", "\"[{\\\"name\\\": \\\"\\\\u0000\\\"}]\"", "\"{\\\"github_url\\\": 1e400}\"", "\"1e400\"");
    /** Raw bytes of a form field. */
    private static final List<byte[]> BAD_FORM_VALUES = List.of(bytes("a\u0000b"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes("1e400"), bytes(""), bytes(HUGE), bytes("[{\"name\": \"\\u0000\"}]"),
            bytes("[{\"name\": 1e400}]"), bytes("{\"github_url\": \"\\ud800\"}"), bytes("null"));
    private static final List<String[]> GENERIC_JSON_BODIES = List.of(
            new String[] {"empty", ""}, new String[] {"blank", " "}, new String[] {"unterminated", "{"}, new String[] {"close", "}"},
            new String[] {"array", "[]"}, new String[] {"null", "null"}, new String[] {"string", "\"x\""},
            new String[] {"number", "1e400"}, new String[] {"infinite field", "{\"a\":1e400}"},
            new String[] {"deep", "[".repeat(5000) + "]".repeat(5000)}, new String[] {"deep object", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)},
            new String[] {"NUL", "{\"a\":\"\\u0000\"}"}, new String[] {"NUL name", "{\"\\u0000\":1}"},
            new String[] {"surrogate", "{\"a\":\"\\ud800\"}"}, new String[] {"two documents", "{\"a\":1}{\"b\":2}"},
            new String[] {"single quotes", "{'a':1}"}, new String[] {"NaN", "{\"a\":NaN}"},
            new String[] {"long number", "{\"a\":" + "9".repeat(2000) + "}"}, new String[] {"comment", "{/*x*/}"},
            new String[] {"duplicate keys", "{\"a\":1,\"a\":2}"}, new String[] {"big string", "{\"a\":\"" + "x".repeat(900_000) + "\"}"},
            new String[] {"over the cap", "{\"a\":\"" + "x".repeat(1_100_000) + "\"}"});
    private static final List<String> CONTENT_TYPES = List.of("*/*", "text/plain", "application/xml", "application/*",
            "application/json; charset=bogus", "application/json; charset=UTF-16", "application/json;;", "garbage",
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=nothing-here",
            "application/x-www-form-urlencoded", "application/octet-stream", "image/png", "text/html; charset=utf-8");

    private final Map<String, String> failures = new ConcurrentSkipListMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    /** A few operations at a time: the suite stays short on two cores. */
    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private final List<Future<?>> pending = new ArrayList<>();

    @Test
    void noOperationAnswersAServerErrorToBadInput() {
        JsonNode document = api.get("/v3/api-docs").send().json();
        RawHttp http = new RawHttp(port);

        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                // each operation its own caller, its requests one after the other: no real concurrent change
                Caller caller;
                if (path.getKey().contains("client")) {
                    caller = clientUser();
                } else {
                    caller = freelancer();
                    create(caller, example());
                }
                pending.add(senders.submit(() -> attack(http, document, path.getKey(), operation.getKey().toUpperCase(),
                        operation.getValue(), caller)));
            }
        }

        for (Future<?> request : pending) {
            try {
                request.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        senders.shutdown();
        assertThat(sent.get()).as("requests sent").isGreaterThan(2_000);
        assertThat(failures).as("%d of %d requests answered a server error or a misleading conflict", failures.size(), sent.get()).isEmpty();
    }

    private void attack(RawHttp http, JsonNode document, String template, String method, JsonNode operation, Caller caller) {
        String path = fill(template, "1");
        // odd ids in the path
        if (PATH_VARIABLE.matcher(template).find()) {
            for (String id : BAD_PATH_IDS) {
                send(http, caller, method, fill(template, id), null, null, "path id " + id);
            }
        }
        // bad query values on every declared parameter and on the usual ones
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asString())) {
                names.add(parameter.get("name").asString());
                names.addAll(properties(document, parameter.path("schema")).keySet());
            }
        }
        names.addAll(EXTRA_QUERY_NAMES);
        for (String name : names) {
            for (String value : BAD_QUERY_VALUES) {
                send(http, caller, method, path + "?" + name + "=" + value, null, null, "query " + name + "=" + shorten(value));
            }
        }
        send(http, caller, method, path + "?%00=1", null, null, "query name NUL");
        send(http, caller, method, path + "?a=1&&&=&b", null, null, "query empty pairs");
        if ((method.equals("GET") || method.equals("DELETE")) && operation.path("requestBody").isMissingNode()) {
            return;
        }
        // content types and generic bodies
        for (String type : CONTENT_TYPES) {
            send(http, caller, method, path, type, bytes(type.startsWith("application/x-www") ? "a=%FF&b=%00&c" : "{}"), "content type " + type);
        }
        send(http, caller, method, path, null, bytes("{}"), "no content type");
        send(http, caller, method, path, "application/x-www-form-urlencoded", bytes("a=%&b=%G1&=c"), "form with bad escapes");
        for (String[] body : GENERIC_JSON_BODIES) {
            send(http, caller, method, path, "application/json", bytes(body[1]), "JSON " + body[0]);
        }
        send(http, caller, method, path, "application/json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'},
                "JSON invalid UTF-8");
        send(http, caller, method, path, "application/json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
                "JSON encoded surrogate");
        send(http, caller, method, path, "application/json", bytes("\uFEFF{}"), "JSON with BOM");
        // every field with every bad JSON value
        Map<String, JsonNode> fields = requestFields(document, operation);
        for (String field : fields.keySet()) {
            for (String value : BAD_JSON_VALUES) {
                send(http, caller, method, path, "application/json", bytes(jsonWith(fields, field, value)),
                        "JSON " + field + "=" + shorten(value));
            }
        }
        // multipart: malformed forms, then every field with bad bytes and bad files
        for (Map.Entry<String, byte[]> form : malformedForms().entrySet()) {
            send(http, caller, method, path, "multipart/form-data; boundary=XyZ", form.getValue(), "multipart " + form.getKey());
        }
        for (String field : fields.keySet()) {
            for (byte[] value : BAD_FORM_VALUES) {
                send(http, caller, method, path, "multipart/form-data; boundary=XyZ", form(fields, field, value, null),
                        "multipart " + field + "=" + shorten(new String(value, StandardCharsets.UTF_8)));
            }
            for (String fileName : List.of("a\u0000b.png", "\uD800.png", "क".repeat(150) + ".png", "../../etc/passwd", "")) {
                send(http, caller, method, path, "multipart/form-data; boundary=XyZ", form(fields, field, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, fileName),
                        "multipart file " + field + " named " + shorten(fileName));
            }
        }
    }

    private void send(RawHttp http, Caller caller, String method, String target, String contentType, byte[] body, String what) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + caller.access());
        headers.put("X-Forwarded-For", client);
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        Answer answer = http.send(method, target, headers, body);
        sent.incrementAndGet();
        boolean serverError = answer.status() < 0 || answer.status() >= 500;
        boolean misleadingConflict = answer.status() == 409 && answer.body().contains("concurrent change");
        if (serverError || misleadingConflict) {
            failures.putIfAbsent(method + " " + shorten(target) + " [" + what + "]", answer.toString());
        }
    }

    // ---- the document ----------------------------------------------------------------------------

    private static String fill(String template, String id) {
        Matcher matcher = PATH_VARIABLE.matcher(template);
        return matcher.replaceAll(Matcher.quoteReplacement(id)) + "/";
    }

    /** The request body's fields (JSON or multipart), else the successful answer's, else none. */
    private static Map<String, JsonNode> requestFields(JsonNode document, JsonNode operation) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (JsonNode content : operation.path("requestBody").path("content")) {
            fields.putAll(properties(document, content.path("schema")));
        }
        if (fields.isEmpty()) {
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                if (response.getKey().startsWith("2")) {
                    for (JsonNode content : response.getValue().path("content")) {
                        fields.putAll(properties(document, content.path("schema")));
                    }
                }
            }
        }
        return fields;
    }

    private static Map<String, JsonNode> properties(JsonNode document, JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolve(document, schema);
        resolved.path("properties").properties().forEach(property -> properties.put(property.getKey(), resolve(document, property.getValue())));
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : resolved.path(combined)) {
                properties.putAll(properties(document, part));
            }
        }
        return properties;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String[] parts = current.get("$ref").asString().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /** A plausible value of a schema, as JSON text. */
    private static String sample(JsonNode schema) {
        String type = schema.path("type").asString();
        return switch (type) {
            case "integer" -> "1";
            case "number" -> "1.5";
            case "boolean" -> "true";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> schema.path("format").asString().equals("email") ? "\"someone@example.com\"" : "\"x\"";
        };
    }

    private static String jsonWith(Map<String, JsonNode> fields, String field, String value) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, schema) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":").append(name.equals(field) ? value : sample(schema));
        });
        return json.append('}').toString();
    }

    // ---- multipart -------------------------------------------------------------------------------

    private static byte[] form(Map<String, JsonNode> fields, String field, byte[] value, String fileName) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, schema) -> {
            if (!name.equals(field)) {
                String text = sample(schema);
                part(body, "Content-Disposition: form-data; name=\"" + name + "\"", bytes(text.startsWith("\"") ? text.substring(1, text.length() - 1) : text));
            }
        });
        String disposition = "Content-Disposition: form-data; name=\"" + field + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: image/png");
        part(body, disposition, value);
        body.writeBytes(bytes("--XyZ--\r\n"));
        return body.toByteArray();
    }

    private static void part(ByteArrayOutputStream body, String headers, byte[] content) {
        body.writeBytes(bytes("--XyZ\r\n" + headers + "\r\n\r\n"));
        body.writeBytes(content);
        body.writeBytes(bytes("\r\n"));
    }

    private static Map<String, byte[]> malformedForms() {
        Map<String, byte[]> forms = new LinkedHashMap<>();
        forms.put("truncated", bytes("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue"));
        forms.put("other boundary", bytes("--Other\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--Other--\r\n"));
        forms.put("no disposition", bytes("--XyZ\r\nContent-Type: text/plain\r\n\r\nv\r\n--XyZ--\r\n"));
        forms.put("no name", bytes("--XyZ\r\nContent-Disposition: form-data\r\n\r\nv\r\n--XyZ--\r\n"));
        forms.put("empty", new byte[0]);
        forms.put("only the end", bytes("--XyZ--\r\n"));
        forms.put("headers never end", bytes("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n" + "X-Pad: y\r\n".repeat(2000)));
        forms.put("JSON instead", bytes("{\"a\": 1}"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            many.append("--XyZ\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\nv\r\n");
        }
        forms.put("80 parts", bytes(many + "--XyZ--\r\n"));
        forms.put("NUL in name", bytes("--XyZ\r\nContent-Disposition: form-data; name=\"a\u0000\"\r\n\r\nv\r\n--XyZ--\r\n"));
        forms.put("charset field", bytes("--XyZ\r\nContent-Disposition: form-data; name=\"_charset_\"\r\n\r\nbogus\r\n--XyZ--\r\n"));
        forms.put("part charset", bytes("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Type: text/plain; charset=bogus\r\n\r\nv\r\n--XyZ--\r\n"));
        return forms;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }
}
