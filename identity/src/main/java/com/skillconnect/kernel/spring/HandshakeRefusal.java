package com.skillconnect.kernel.spring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;

/**
 * How a socket's handshake refuses: a status, a JSON body, no upgrade. Someone who may not see what the path names
 * gets 404 {@code {"detail": "Not found."}}, the answer the REST API gives a stranger (who learns nothing, not even
 * that the thing exists).
 */
public final class HandshakeRefusal {

    private static final byte[] NOT_FOUND = "{\"detail\":\"Not found.\"}".getBytes(StandardCharsets.UTF_8);

    private HandshakeRefusal() {
    }

    /** Writes the 404 refusal; returns {@code false}, what a handshake interceptor answers to stop the upgrade. */
    public static boolean notFound(ServerHttpResponse response) throws IOException {
        return refuse(response, HttpStatus.NOT_FOUND, NOT_FOUND);
    }

    /** Writes a refusal with its status and JSON body; returns {@code false} (no upgrade). */
    public static boolean refuse(ServerHttpResponse response, HttpStatus status, byte[] json) throws IOException {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getBody().write(json);
        return false;
    }
}
