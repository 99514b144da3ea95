package com.skillconnect.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalRealtimePresenceTest {

    private final LocalRealtimePresence presence = new LocalRealtimePresence();

    @Test
    void theFirstSocketBringsAUserOnlineAndTheLastTakesThemOffline() {
        assertThat(presence.opened(7, "/ws/messaging/chat/3/")).isTrue();
        assertThat(presence.opened(7, "/ws/messaging/chat/3")).as("the same endpoint without its slash").isFalse();
        assertThat(presence.closed(7, "/ws/messaging/chat/3/")).isFalse();
        assertThat(presence.online(7, "/ws/messaging/chat/3")).isTrue();
        assertThat(presence.closed(7, "/ws/messaging/chat/3")).isTrue();
        assertThat(presence.online(7, "/ws/messaging/chat/3")).isFalse();
    }

    @Test
    void usersAndEndpointsAreCountedApart() {
        presence.opened(7, "/ws/messaging/chat/3");
        assertThat(presence.opened(8, "/ws/messaging/chat/3")).isTrue();
        assertThat(presence.opened(7, "/ws/messaging/chat/4")).isTrue();
        assertThat(presence.online(8, "/ws/messaging/chat/4")).isFalse();
    }

    @Test
    void aCloseWithoutAnOpenChangesNothing() {
        assertThat(presence.closed(9, "/ws/notifications")).isFalse();
        assertThat(presence.opened(9, "/ws/notifications")).isTrue();
    }
}
