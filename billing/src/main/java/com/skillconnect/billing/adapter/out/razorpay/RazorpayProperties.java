package com.skillconnect.billing.adapter.out.razorpay;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Razorpay's settings (CONFIGURATION.md). Unset keys make the payment endpoints answer 503, an unset webhook secret
 * the webhook; {@link #toString()} never shows a secret.
 *
 * @param keyId         the API key id (public: the checkout needs it)
 * @param keySecret     the API key secret: basic auth towards the Orders API, and the key of payment signatures
 * @param webhookSecret the key of webhook signatures ({@code X-Razorpay-Signature})
 * @param baseUrl       the Orders API's base address (tests point it at a fake)
 * @param timeout       connect and read timeout towards Razorpay
 * @param processingFee the fee in rupees added to every order
 */
@ConfigurationProperties("skillconnect.razorpay")
record RazorpayProperties(String keyId, String keySecret, String webhookSecret,
        @DefaultValue("https://api.razorpay.com") String baseUrl,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("150.00") BigDecimal processingFee) {

    boolean keysConfigured() {
        return present(keyId) && present(keySecret);
    }

    boolean webhookConfigured() {
        return present(webhookSecret);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "RazorpayProperties[keyId=" + keyId + ", keySecret=" + (present(keySecret) ? "***" : "unset")
                + ", webhookSecret=" + (present(webhookSecret) ? "***" : "unset") + ", baseUrl=" + baseUrl
                + ", timeout=" + timeout + ", processingFee=" + processingFee + "]";
    }
}
