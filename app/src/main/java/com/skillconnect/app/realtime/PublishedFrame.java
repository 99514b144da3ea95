package com.skillconnect.app.realtime;

/**
 * A frame on the {@code redis} backplane's channel: who gets it, on which endpoint, and the JSON text as serialized
 * once by the sender. On the wire: {@code <userId>\n<endpoint>\n<json>} (UTF-8), so that the JSON is neither parsed
 * nor escaped again on its way; an endpoint is a path and holds no line break.
 */
record PublishedFrame(long userId, String endpoint, String json) {

    PublishedFrame {
        endpoint = Endpoints.normalized(endpoint);
        if (endpoint.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("An endpoint is a path, without line breaks: " + endpoint);
        }
    }

    String encoded() {
        return userId + "\n" + endpoint + "\n" + json;
    }

    /** The frame a message of the channel carries; an exception when it is not one (another publisher's message). */
    static PublishedFrame decoded(String message) {
        int afterUser = message.indexOf('\n');
        int afterEndpoint = afterUser < 0 ? -1 : message.indexOf('\n', afterUser + 1);
        if (afterEndpoint < 0) {
            throw new IllegalArgumentException("Not a frame of the backplane");
        }
        return new PublishedFrame(Long.parseLong(message, 0, afterUser, 10), message.substring(afterUser + 1, afterEndpoint),
                message.substring(afterEndpoint + 1));
    }
}
