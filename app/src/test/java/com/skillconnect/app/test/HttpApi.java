package com.skillconnect.app.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client for the running application over real HTTP (java.net.http), JSON by Jackson 3. */
public final class HttpApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient NOT_FOLLOWING = client(HttpClient.Redirect.NEVER);
    private static final HttpClient FOLLOWING = client(HttpClient.Redirect.NORMAL);

    private final HttpClient http;
    private final String baseUrl;

    public HttpApi(int port) {
        this(port, HttpClient.Redirect.NEVER);
    }

    public HttpApi(int port, HttpClient.Redirect redirects) {
        this.baseUrl = "http://localhost:" + port;
        this.http = redirects == HttpClient.Redirect.NEVER ? NOT_FOLLOWING : FOLLOWING;
    }

    private static HttpClient client(HttpClient.Redirect redirects) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(redirects).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    public Request get(String path) {
        return request("GET", path);
    }

    public Request post(String path, Object json) {
        return request("POST", path).json(json);
    }

    /** The bytes served at a path (e.g. an uploaded file under {@code /media/}); fails unless 200. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request being built; {@link #send()} sends it. */
    public final class Request {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** Calls as the client at this address (through the trusted X-Forwarded-For header). */
        public Request from(String clientAddress) {
            return header("X-Forwarded-For", clientAddress);
        }

        /** The body serialized as JSON: a {@code Map}, a record, or a {@code String} sent as it is. */
        public Request json(Object json) {
            return body("application/json", json instanceof String raw ? raw : JSON.writeValueAsString(json));
        }

        public Request body(String contentType, String raw) {
            return body(contentType, raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** A {@code multipart/form-data} body, as a browser's FormData sends it. */
        public Request multipart(MultipartForm form) {
            return body(form.contentType(), form.bytes());
        }

        private Request body(String contentType, byte[] raw) {
            header("Content-Type", contentType);
            this.body = raw;
            return this;
        }

        public Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(builder::header);
            if (!headers.containsKey("Accept")) {
                builder.header("Accept", "application/json");
            }
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(method + " " + path, response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the server answered. */
    public record Response(String request, int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + headers.map() + " " + body;
        }
    }
}
