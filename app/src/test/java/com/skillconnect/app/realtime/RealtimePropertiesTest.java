package com.skillconnect.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The backplane setting: local by default or redis, and a value the application does not know stops the start. */
class RealtimePropertiesTest {

    @Test
    void localIsTheDefaultAndRedisTheOtherChoice() {
        assertThat(new RealtimeProperties(null, null).backplane()).isEqualTo("local");
        assertThat(new RealtimeProperties(" ", null).backplane()).isEqualTo("local");
        assertThat(new RealtimeProperties("local", null).backplane()).isEqualTo("local");
        assertThat(new RealtimeProperties(" Redis ", null).backplane()).isEqualTo("redis");
        assertThat(new RealtimeProperties("redis", null).redis())
                .isEqualTo(new RealtimeProperties.Redis("skillconnect:realtime", Duration.ofSeconds(30)));
    }

    @Test
    void aBackplaneThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> new RealtimeProperties("kafka", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("skillconnect.realtime.backplane=kafka is not known: use 'local'")
                .hasMessageContaining("'redis'");
    }

    @Test
    void aMarkThatWouldExpireBetweenHeartbeatsIsRefused() {
        assertThatThrownBy(() -> new RealtimeProperties.Redis(null, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("skillconnect.realtime.redis.instance-ttl=PT1S is too short");
    }

    @Test
    void anEndpointWithOrWithoutItsTrailingSlashIsTheSame() {
        assertThat(Endpoints.normalized("/ws/notifications/")).isEqualTo(Endpoints.normalized("/ws/notifications"));
        assertThat(Endpoints.normalized("/")).isEqualTo("/");
    }
}
