package com.skillconnect.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.app.test.HttpApi.Response;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The same request sent several times at once (a double-clicked button, two tabs): never a 500, only one
 * outcome stored, every mailed code accounted for, and every refusal that says "wrong password" counted.
 */
class ConcurrentRequestsApiTest extends ApiTestSupport {

    private static final int AT_ONCE = 3;
    private static final String CONFLICT = "{'detail': 'The account was changed by another request at the same time. Please try again.'}";

    private final UsersApiPath path = UsersApiPath.all().findFirst().orElseThrow();

    @RepeatedTest(3)
    void aDoubleSubmittedRegistrationStoresOneAccountAndMailsOnlyStoredCodes() {
        String email = newEmail();

        List<Response> responses = atOnce(() -> post(path.of("register"),
                body("email", email, "password", PASSWORD, "role", "CLIENT")));

        assertThat(responses).allSatisfy(response -> {
            switch (response.status()) {
                case 201 -> { }
                case 400 -> assertAnswer(response, 400, "{'email': ['This email is already registered.']}");
                default -> assertAnswer(response, 409, CONFLICT);
            }
        });
        long created = responses.stream().filter(response -> response.status() == 201).count();
        assertThat(created).isPositive();
        assertThat(accounts(email)).isEqualTo(1);
        assertThat(mail.messagesTo(email)).hasSize((int) created);
        String lastCode = null;
        for (int i = 0; i < created; i++) {
            lastCode = mail.nextCode(email);
        }
        assertStatus(post(path.of("verify-otp"), body("email", email, "otp", lastCode)), 200);
    }

    @RepeatedTest(3)
    void aDoubleSubmittedVerificationActivatesOnce() {
        String email = newEmail();
        String code = register(path, email, PASSWORD, "CLIENT");

        List<Response> responses = atOnce(() -> post(path.of("verify-otp"), body("email", email, "otp", code)));

        assertThat(responses).allSatisfy(response -> {
            switch (response.status()) {
                case 200 -> { }
                case 400 -> assertAnswer(response, 400, "{'error': 'Email already verified.'}");
                default -> assertAnswer(response, 409, CONFLICT);
            }
        });
        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(accountRow(email)).containsEntry("status", "ACTIVE");
    }

    @RepeatedTest(3)
    void resendsAtOnceMailOnlyCodesThatWereStoredAndTheLastOneWorks() {
        String email = newEmail();
        register(path, email, PASSWORD, "CLIENT");

        List<Response> responses = atOnce(() -> post(path.of("resend-otp"), body("email", email)));

        assertThat(responses).allSatisfy(response -> {
            if (response.status() != 200) {
                assertAnswer(response, 409, CONFLICT);
            }
        });
        long sent = responses.stream().filter(response -> response.status() == 200).count();
        assertThat(mail.messagesTo(email)).hasSize(1 + (int) sent);
        String lastCode = null;
        for (int i = 0; i < sent; i++) {
            lastCode = mail.nextCode(email);
        }
        assertStatus(post(path.of("verify-otp"), body("email", email, "otp", lastCode)), 200);
    }

    @RepeatedTest(3)
    void everyWrongPasswordReportedAtOnceIsCounted() {
        String email = newEmail();
        registerAndVerify(path, email, PASSWORD, "CLIENT");

        List<Response> responses = atOnce(() -> login(path, email, OTHER_PASSWORD));

        assertThat(responses).allSatisfy(response -> {
            if (response.status() == 400) {
                assertAnswer(response, 400, "{'non_field_errors': ['Invalid email or password']}");
            } else {
                assertAnswer(response, 409, CONFLICT);
            }
        });
        long refused = responses.stream().filter(response -> response.status() == 400).count();
        assertThat(accountRow(email)).containsEntry("failed_logins", (int) refused);
    }

    /** Sends the request from {@value #AT_ONCE} threads released together. */
    private static List<Response> atOnce(Supplier<Response> request) {
        return atOnce(AT_ONCE, request);
    }

    /** Sends the request from that many threads released together. */
    static List<Response> atOnce(int times, Supplier<Response> request) {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(times)) {
            List<Future<Response>> calls = IntStream.range(0, times).mapToObj(i -> threads.submit(() -> {
                start.await();
                return request.get();
            })).toList();
            start.countDown();
            List<Response> responses = calls.stream().map(call -> {
                try {
                    return call.get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            return responses;
        }
    }
}
