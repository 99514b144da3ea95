package com.skillconnect.app.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the app at the JVM-wide fake outside world: the GreenMail SMTP server, the WireMock Google and Razorpay. */
public final class ExternalServers {

    private ExternalServers() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        TestMailServer mail = TestMailServer.shared();
        FakeGoogle google = FakeGoogle.shared();
        registry.add("spring.mail.host", mail::host);
        registry.add("spring.mail.port", mail::port);
        registry.add("skillconnect.google.client-id", () -> FakeGoogle.CLIENT_ID);
        registry.add("skillconnect.google.jwk-set-uri", google::jwkSetUri);
        FakeRazorpay razorpay = FakeRazorpay.shared();
        registry.add("skillconnect.razorpay.key-id", () -> FakeRazorpay.KEY_ID);
        registry.add("skillconnect.razorpay.key-secret", () -> FakeRazorpay.KEY_SECRET);
        registry.add("skillconnect.razorpay.webhook-secret", () -> FakeRazorpay.WEBHOOK_SECRET);
        registry.add("skillconnect.razorpay.base-url", razorpay::baseUrl);
        registry.add("skillconnect.razorpay.timeout", () -> FakeRazorpay.TIMEOUT_MILLIS + "ms");
    }
}
