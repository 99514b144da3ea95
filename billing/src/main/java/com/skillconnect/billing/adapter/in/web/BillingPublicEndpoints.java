package com.skillconnect.billing.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Razorpay calls the webhook without a token: its signature ({@code X-Razorpay-Signature}, checked before anything
 * is read) is what admits it. Everything else of billing needs a token.
 */
@Configuration(proxyBeanMethods = false)
class BillingPublicEndpoints {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> razorpayWebhookIsPublic() {
        return registry -> registry.requestMatchers(HttpMethod.POST, RazorpayWebhookController.PATH,
                RazorpayWebhookController.PATH + "/").permitAll();
    }
}
