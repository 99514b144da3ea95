package com.skillconnect.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OtpMailQuotaTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void anUnusedQuotaAllowsASend() {
        assertThat(OtpMailQuota.none().allowsAnotherAt(T0)).isTrue();
    }

    @Test
    void theFirstSendOpensAWindow() {
        assertThat(OtpMailQuota.none().recordSendAt(T0)).isEqualTo(new OtpMailQuota(T0, 1));
    }

    @Test
    void allowsFiveSendsPerHour() {
        OtpMailQuota quota = OtpMailQuota.none();
        for (int i = 0; i < 5; i++) {
            Instant at = T0.plus(Duration.ofMinutes(10L * i));
            assertThat(quota.allowsAnotherAt(at)).as("send %d", i + 1).isTrue();
            quota = quota.recordSendAt(at);
        }

        assertThat(quota).isEqualTo(new OtpMailQuota(T0, 5));
        assertThat(quota.allowsAnotherAt(T0.plus(Duration.ofMinutes(41)))).isFalse();
        assertThat(quota.allowsAnotherAt(T0.plus(Duration.ofMinutes(60)).minusNanos(1))).isFalse();
    }

    @Test
    void retryAfterIsTheRestOfTheWindow() {
        OtpMailQuota full = new OtpMailQuota(T0, 5);

        assertThat(full.retryAfter(T0.plus(Duration.ofMinutes(45)))).isEqualTo(Duration.ofMinutes(15));
        assertThat(full.retryAfter(T0.plusSeconds(1))).isEqualTo(Duration.ofMinutes(60).minusSeconds(1));
    }

    @Test
    void theWindowResetsAnHourAfterItsFirstSendNotAfterTheLast() {
        OtpMailQuota full = new OtpMailQuota(T0, 5);
        Instant anHourLater = T0.plus(Duration.ofHours(1));

        assertThat(full.allowsAnotherAt(anHourLater)).isTrue();
        assertThat(full.recordSendAt(anHourLater)).isEqualTo(new OtpMailQuota(anHourLater, 1));
    }

    @Test
    void sendsWithinTheWindowKeepItsStart() {
        OtpMailQuota quota = new OtpMailQuota(T0, 2).recordSendAt(T0.plus(Duration.ofMinutes(59)));
        assertThat(quota).isEqualTo(new OtpMailQuota(T0, 3));
    }
}
