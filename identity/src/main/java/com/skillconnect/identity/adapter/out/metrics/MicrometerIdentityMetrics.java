package com.skillconnect.identity.adapter.out.metrics;

import com.skillconnect.identity.domain.IdentityMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@link IdentityMetrics} as Micrometer counters: {@code skillconnect.registrations},
 * {@code skillconnect.logins.refused} (tag {@code reason}) and {@code skillconnect.otp.mails}.
 */
@Component
class MicrometerIdentityMetrics implements IdentityMetrics {

    private final Counter registrations;
    private final Counter otpMails;
    private final Map<LoginRefusal, Counter> refusals = new EnumMap<>(LoginRefusal.class);

    MicrometerIdentityMetrics(ObjectProvider<MeterRegistry> registries) {
        MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
        registrations = Counter.builder("skillconnect.registrations")
                .description("Registrations started (a code was mailed)").register(registry);
        otpMails = Counter.builder("skillconnect.otp.mails")
                .description("One-time passwords mailed (registration and password reset)").register(registry);
        for (LoginRefusal reason : LoginRefusal.values()) {
            refusals.put(reason, Counter.builder("skillconnect.logins.refused")
                    .description("Password logins refused").tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    @Override
    public void registered() {
        registrations.increment();
    }

    @Override
    public void loginRefused(LoginRefusal reason) {
        refusals.get(reason).increment();
    }

    @Override
    public void otpMailed() {
        otpMails.increment();
    }
}
