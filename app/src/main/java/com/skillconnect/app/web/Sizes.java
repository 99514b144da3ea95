package com.skillconnect.app.web;

import org.springframework.util.unit.DataSize;

/** Sizes as the messages name them: {@code 10 MB}, {@code 8 KB}, {@code 512 bytes}. */
final class Sizes {

    private Sizes() {
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
