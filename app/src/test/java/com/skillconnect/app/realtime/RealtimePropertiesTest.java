package com.skillconnect.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The backplane setting: local by default, and a value this version cannot honour stops the start. */
class RealtimePropertiesTest {

    @Test
    void localIsTheDefault() {
        assertThat(new RealtimeProperties(null).backplane()).isEqualTo("local");
        assertThat(new RealtimeProperties(" ").backplane()).isEqualTo("local");
        assertThat(new RealtimeProperties("local").backplane()).isEqualTo("local");
    }

    @Test
    void aBackplaneThatDoesNotExistYetIsRefused() {
        assertThatThrownBy(() -> new RealtimeProperties("redis"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("skillconnect.realtime.backplane=redis");
    }

    @Test
    void anEndpointWithOrWithoutItsTrailingSlashIsTheSame() {
        assertThat(Endpoints.normalized("/ws/notifications/")).isEqualTo(Endpoints.normalized("/ws/notifications"));
        assertThat(Endpoints.normalized("/")).isEqualTo("/");
    }
}
