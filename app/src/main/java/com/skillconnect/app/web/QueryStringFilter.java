package com.skillconnect.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Refuses a query string no endpoint can use, before the container or a controller trips over it:
 * a bad percent-encoding or bytes that are not UTF-8 ({@code ?q=%FF}, which Tomcat fails on when the
 * parameters are first read) answer 400 {@code detail}; a NUL character ({@code %00}, which PostgreSQL
 * refuses) answers a 400 field error on that parameter; and a {@code sort} value that Spring Data would
 * percent-decode a second time and fail on ({@code %25%5F}) answers a 400 field error too.
 */
final class QueryStringFilter extends OncePerRequestFilter {

    static final String MALFORMED = "Malformed query string: use UTF-8 and valid percent-encoding.";

    private final String sortParameter;
    private final FilterAnswers answers;

    QueryStringFilter(String sortParameter, FilterAnswers answers) {
        this.sortParameter = sortParameter;
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (pair.isEmpty()) {
                    continue;
                }
                if (equals == 0) { // "=value": Tomcat fails on a parameter without a name
                    answers.write(request, response, HttpServletResponse.SC_BAD_REQUEST, DrfErrors.detail(MALFORMED));
                    return;
                }
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (name == null || value == null) {
                    answers.write(request, response, HttpServletResponse.SC_BAD_REQUEST, DrfErrors.detail(MALFORMED));
                    return;
                }
                String problem = TextChecks.problem(name);
                if (problem != null) {
                    answers.write(request, response, HttpServletResponse.SC_BAD_REQUEST, DrfErrors.detail(problem));
                    return;
                }
                problem = TextChecks.problem(value);
                if (problem == null && name.equals(sortParameter) && !decodableAgain(value)) {
                    problem = "Invalid value.";
                }
                if (problem != null) {
                    answers.write(request, response, HttpServletResponse.SC_BAD_REQUEST, DrfErrors.field(name, problem));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Percent-decoding as browsers encode forms ({@code +} is a space), strictly: {@code null} when malformed. */
    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                bytes.write(c); // the container hands raw bytes over one char each
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException malformed) {
            return null;
        }
    }

    private static boolean decodableAgain(String value) {
        try {
            UriUtils.decode(value, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
