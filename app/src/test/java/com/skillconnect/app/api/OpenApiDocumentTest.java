package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the served OpenAPI document to {@code docs/openapi.json} at the repository root, so that the
 * committed document follows the code. Keys are sorted and the random test port replaced by the default
 * port, so that the file only changes when the API does.
 */
class OpenApiDocumentTest extends ApiTestSupport {

    private static final JsonMapper PRETTY = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    @SuppressWarnings("unchecked")
    void writesTheOpenApiDocumentIntoDocs() throws IOException {
        Response response = api.get("/v3/api-docs").send();
        assertStatus(response, 200);

        Map<String, Object> document = PRETTY.readValue(response.body(), Map.class);
        document.put("servers", List.of(Map.of("url", "http://localhost:8000", "description", "SkillConnect (default port)")));
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        assertThat(paths).containsKeys("/api/v1/users/register", "/api/v1/users/verify-otp", "/api/v1/users/resend-otp",
                "/api/v1/users/login", "/api/v1/users/profile", "/api/v1/users/update", "/api/v1/users/forgot-password/request",
                "/api/v1/users/forgot-password/verify", "/api/v1/users/forgot-password/reset", "/api/v1/users/google",
                "/api/v1/auth/users/register", "/api/v1/auth/token", "/api/v1/auth/token/refresh");

        // the document names the fields as they travel: snake_case
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        assertThat(properties(schemas, "ResetPasswordRequest")).containsExactlyInAnyOrder("email", "otp", "new_password");
        assertThat(properties(schemas, "UpdateRequest")).containsExactly("first_login");
        assertThat(properties(schemas, "User")).containsExactlyInAnyOrder("id", "email", "role", "first_login");

        Path target = repositoryRoot().resolve("docs").resolve("openapi.json");
        Files.createDirectories(target.getParent());
        String text = PRETTY.writeValueAsString(document) + "\n";
        Files.writeString(target, text, StandardCharsets.UTF_8);

        assertThat(PRETTY.readTree(Files.readString(target)).get("paths").propertyNames()).contains("/api/v1/users/register");
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<String> properties(Map<String, Object> schemas, String schema) {
        assertThat(schemas).containsKey(schema);
        return ((Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("properties")).keySet();
    }

    /** Maven runs the tests in the module directory ({@code app/}); the repository root is its parent. */
    private static Path repositoryRoot() throws IOException {
        Path moduleDir = Path.of("").toAbsolutePath();
        Path root = moduleDir.getFileName().toString().equals("app") ? moduleDir.getParent() : moduleDir;
        assertThat(root.resolve("pom.xml")).exists();
        assertThat(Files.readString(root.resolve("pom.xml"))).contains("<module>app</module>");
        return root;
    }
}
