package com.skillconnect.app.realtime;

/** An endpoint is its path; {@code /ws/notifications/} and {@code /ws/notifications} are the same one. */
final class Endpoints {

    private Endpoints() {
    }

    static String normalized(String path) {
        if (path == null) {
            return "";
        }
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
