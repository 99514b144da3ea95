package com.skillconnect.app.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request: for requests no well-behaved client library
 * lets a test send (a malformed percent-encoding in the query, raw bytes in a body, a lying header).
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** What came back: the status (-1 when the connection closed without an answer) and the raw rest. */
    public record Answer(int status, String head, String body) {

        @Override
        public String toString() {
            String shortBody = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + " " + shortBody.replace("\r\n", " ");
        }
    }

    public Answer send(String method, String target, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "localhost:" + port);
        all.put("Accept", "application/json");
        all.put("Connection", "close");
        all.putAll(headers);
        if (body != null && !all.containsKey("Transfer-Encoding")) {
            all.put("Content-Length", Integer.toString(body.length));
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
            all.forEach((name, value) -> request.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.writeBytes(body);
            }
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException closedWhileSending) {
                // the server may answer and close before reading everything: read what it said
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            return new Answer(-1, "", e.toString());
        }
    }

    private static Answer read(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (IOException resetAfterAnswer) {
            // keep what arrived
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
            return new Answer(-1, "", text);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        return new Answer(status, end < 0 ? text : text.substring(0, end), end < 0 ? "" : text.substring(end + 4));
    }
}
