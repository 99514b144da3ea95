package com.skillconnect.app.realtime;

/** Whose sockets on which endpoint presence counts (the endpoint normalized: with or without its slash is one). */
record PresenceKey(long userId, String endpoint) {

    PresenceKey {
        endpoint = Endpoints.normalized(endpoint);
    }
}
