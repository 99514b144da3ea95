package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import com.skillconnect.app.test.MultipartForm;
import jakarta.servlet.MultipartConfigElement;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every request limit of README "Limits" (ADR 11): each answers its own JSON message, in time, without
 * the server reading more than the limit into memory and without resetting the connection.
 */
class RequestLimitsApiTest extends FreelancerApiSupport {

    private static final int MB = 1024 * 1024;
    private static final String LOGIN = "/api/v1/auth/users/login/";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    MultipartConfigElement multipart;

    @Test
    void aJsonBodyOverOneMegabyteIsRefusedBeforeItIsRead() {
        String body = "{\"email\": \"a@example.com\", \"password\": \"" + "x".repeat(MB) + "\"}";

        Response refused = api.post(LOGIN, body).from(client).send();

        assertAnswer(refused, 413, "{'detail': 'The request body is too large: at most 1 MB.'}");
    }

    @Test
    void parallelLargeJsonPatchesOfAProfileAreAllRefused() {
        Caller john = freelancer();
        create(john, example());
        String huge = "{\"about\": \"" + "x".repeat(32 * MB) + "\"}";

        List<CompletableFuture<Response>> patches = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.request("PATCH", ME).bearer(john.access()).json(huge).send()))
                .toList();

        for (CompletableFuture<Response> patch : patches) {
            assertAnswer(patch.join(), 413, "{'detail': 'The request body is too large: at most 1 MB.'}");
        }
        assertThat(fetch(ME, john).json().get("about").asString()).isEqualTo(example().get("about"));
    }

    @Test
    void aChunkedJsonBodyIsCountedAsItIsRead() throws Exception {
        Caller john = freelancer();
        create(john, example());
        byte[] body = ("{\"about\": \"" + "x".repeat(3 * MB) + "\"}").getBytes();

        HttpRequest chunked = HttpRequest.newBuilder(URI.create(api.baseUrl() + ME)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + john.access())
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> answer = HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(json(answer.body())).isEqualTo(json("{'detail': 'The request body is too large: at most 1 MB.'}"));
    }

    @Test
    void aJsonBodyUnderTheLimitIsRead() {
        Response read = api.post(LOGIN, "{\"email\": \"a@example.com\", \"password\": \"" + "x".repeat(900 * 1024) + "\"}").from(client).send();

        assertThat(read.status()).as("%s", read).isBetween(400, 401);
    }

    @Test
    void multipartPartsGoToDiskAndFollowTheFileLimit() {
        assertThat(multipart.getFileSizeThreshold()).isEqualTo(16 * 1024);
        assertThat(multipart.getMaxFileSize()).isEqualTo(11L * MB);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(31L * MB);
    }

    @Test
    void aFileFarOverTheFileLimitIsRefusedWithItsOwnMessage() {
        MultipartForm form = new MultipartForm().field("email", "a@example.com").file("picture", "big.png", "image/png", new byte[12 * MB]);

        Response refused = api.request("POST", LOGIN).from(client).multipart(form).send();

        assertAnswer(refused, 413, "{'detail': 'The uploaded file is too large: at most 10 MB per file.'}");
    }

    @Test
    void anUploadOverTheRequestLimitIsAnsweredNotReset() {
        MultipartForm form = new MultipartForm();
        for (int i = 0; i < 4; i++) {
            form.file("file_" + i, "f" + i + ".pdf", "application/pdf", new byte[9 * MB]);
        }

        Response refused = api.request("POST", LOGIN).from(client).multipart(form).send();

        assertAnswer(refused, 413, "{'detail': 'The upload is too large: at most 31 MB per request.'}");
    }

    @Test
    void aFormWithTooManyPartsSaysSo() {
        MultipartForm form = new MultipartForm();
        for (int i = 0; i < 51; i++) {
            form.field("field_" + i, "v");
        }

        Response refused = api.request("POST", LOGIN).from(client).multipart(form).send();

        assertAnswer(refused, 413, "{'detail': 'Too many fields and files in the form: at most 50.'}");
    }

    @Test
    void aLongUtf8FileNameIsFineButEndlessPartHeadersAreNot() {
        String devanagari = "क".repeat(150) + ".png";
        MultipartForm longName = new MultipartForm().file("profile_picture", devanagari, "image/png", PNG);

        Response accepted = api.request("POST", LOGIN).from(client).multipart(longName).send();
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(415); // parsed; login then wants JSON

        MultipartForm endless = new MultipartForm().file("profile_picture", "क".repeat(3000) + ".png", "image/png", PNG);
        Response refused = api.request("POST", LOGIN).from(client).multipart(endless).send();
        assertAnswer(refused, 413, "{'detail': 'The headers of a form field are too long (a file name, perhaps): at most 8 KB.'}");
    }

    @Test
    void aPictureWithALongDevanagariNameIsStored() {
        Caller john = freelancer();
        MultipartForm form = new MultipartForm()
                .field("first_name", "John").field("last_name", "Doe")
                .field("about", "Full-stack developer with 5 years experience")
                .field("age", "28").field("country", "India").field("location", "Mumbai").field("is_available", "true")
                .field("skills_input", "[{\"name\": \"Python\"}]")
                .field("languages_input", "[{\"name\": \"English\", \"proficiency\": \"Native\"}]")
                .file("profile_picture", "क".repeat(150) + ".png", "image/png", PNG);

        Response created = multipart("POST", SETUP, john, form);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
    }
}
