package com.skillconnect.app.realtime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How frames reach the sockets of a user.
 *
 * @param backplane {@code local} (the default): this instance's own sockets, enough for one instance. {@code redis}
 *                  (several instances sharing frames over Redis pub/sub) comes with conversations; any other value
 *                  stops the start with this message rather than silently losing frames.
 */
@ConfigurationProperties("skillconnect.realtime")
record RealtimeProperties(String backplane) {

    static final String LOCAL = "local";

    RealtimeProperties {
        backplane = backplane == null || backplane.isBlank() ? LOCAL : backplane.trim();
        if (!LOCAL.equals(backplane)) {
            throw new IllegalStateException("skillconnect.realtime.backplane=" + backplane
                    + " is not available: this version delivers WebSocket frames with 'local' only (one instance)");
        }
    }
}
