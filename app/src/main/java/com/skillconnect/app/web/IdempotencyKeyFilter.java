package com.skillconnect.app.web;

import com.skillconnect.app.web.IdempotencyKeys.Answer;
import com.skillconnect.app.web.IdempotencyKeys.Held;
import com.skillconnect.kernel.spring.Idempotent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves {@code Idempotency-Key} on the handlers marked {@link Idempotent} (ADR 31). Runs after Spring Security, so
 * the caller is known. For a {@code POST} with the header, to a marked handler, by an authenticated caller, with a
 * JSON (not form or multipart) body:
 * <ul>
 * <li>a key that is empty, too long or not printable ASCII is answered 400;</li>
 * <li>the first request with the key claims it (a unique row) and runs; a 2xx answer is remembered (status,
 * {@code Content-Type}, {@code Location}, body), anything else releases the key so that a corrected request may
 * use it again;</li>
 * <li>a repeat with the same method, path, query and body bytes gets the remembered answer again, with
 * {@code Idempotent-Replayed: true}, and runs nothing; with another request it is answered 422; while the first
 * is still running, 409.</li>
 * </ul>
 * Anything else passes untouched, so a request without the header behaves exactly as before.
 */
final class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String OTHER_REQUEST = "Idempotency-Key was used with a different request.";
    static final String IN_FLIGHT = "A request with this Idempotency-Key is still in progress. Try again shortly.";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);
    private static final int CLAIM_ATTEMPTS = 3;
    private static final long PURGE_EVERY = 256;

    private final Supplier<IdempotencyKeys> store;
    private final Supplier<RequestMappingHandlerMapping> mappings;
    private final FilterAnswers answers;
    private final Clock clock;
    private final IdempotencyProperties properties;
    private final String badKey;
    private final AtomicLong claims = new AtomicLong();

    /**
     * @param store    the table, looked up at the first request (filters are made before the rest of the context)
     * @param mappings the controllers' handler mapping, likewise
     */
    IdempotencyKeyFilter(Supplier<IdempotencyKeys> store, Supplier<RequestMappingHandlerMapping> mappings,
            FilterAnswers answers, Clock clock, IdempotencyProperties properties) {
        this.store = store;
        this.mappings = mappings;
        this.answers = answers;
        this.clock = clock;
        this.properties = properties;
        this.badKey = Idempotent.HEADER + " must be 1 to " + properties.maxKeyLength() + " printable ASCII characters.";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(Idempotent.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = caller();
        if (caller == null || formOrMultipart(request) || !idempotentHandler(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(Idempotent.HEADER).strip();
        if (!validKey(key)) {
            answers.write(request, response, HttpServletResponse.SC_BAD_REQUEST, DrfErrors.detail(badKey));
            return;
        }
        IdempotencyKeys keys = store.get();
        CachedBody body = new CachedBody(request, request.getInputStream().readAllBytes());
        byte[] hash = hash(request, body.bytes);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (keys.claim(caller, key, hash)) {
                purgeNowAndThen(keys);
                run(keys, body, response, chain, caller, key);
                return;
            }
            Optional<Held> held = keys.find(caller, key);
            if (held.isEmpty()) {
                continue; // released or forgotten in between: claim again
            }
            Held row = held.get();
            if (!row.expiresAt().isAfter(clock.instant())) {
                keys.forget(caller, key, row.createdAt());
                continue;
            }
            if (!row.sameRequest(hash)) {
                answers.write(request, response, 422, DrfErrors.detail(OTHER_REQUEST));
                return;
            }
            if (row.answer() != null) {
                replay(row.answer(), response);
                return;
            }
            if (Duration.between(row.createdAt(), clock.instant()).compareTo(properties.inFlightTimeout()) > 0) {
                log.warn("An Idempotency-Key held for more than {} without an answer is taken over", properties.inFlightTimeout());
                keys.forget(caller, key, row.createdAt());
                continue;
            }
            answers.write(request, response, HttpServletResponse.SC_CONFLICT, DrfErrors.detail(IN_FLIGHT));
            return;
        }
        answers.write(request, response, HttpServletResponse.SC_CONFLICT, DrfErrors.detail(IN_FLIGHT));
    }

    private static void run(IdempotencyKeys keys, CachedBody request, HttpServletResponse response, FilterChain chain,
            String caller, String key) throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException failed) {
            keys.release(caller, key); // nothing to remember: the container answers the failure, a repeat runs again
            throw failed;
        }
        int status = recorded.getStatus();
        try {
            if (status >= 200 && status < 300) {
                keys.complete(caller, key, new Answer(status, recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray()));
            } else {
                keys.release(caller, key);
            }
        } catch (RuntimeException unstored) {
            // the effect has happened: the caller gets its answer; the key stays in flight until the in-flight timeout
            log.error("The answer to an Idempotency-Key request could not be stored", unstored);
        }
        recorded.copyBodyToResponse();
    }

    private static void replay(Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = answer.body() == null ? new byte[0] : answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void purgeNowAndThen(IdempotencyKeys keys) {
        if (claims.incrementAndGet() % PURGE_EVERY == 0) {
            keys.deleteExpired();
        }
    }

    /** The authenticated user's id (the access token's subject), or null for an anonymous request. */
    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof Jwt token
                && token.getSubject() != null) {
            return token.getSubject();
        }
        return null;
    }

    private boolean idempotentHandler(HttpServletRequest request) throws ServletException {
        HandlerExecutionChain handler;
        try {
            handler = mappings.get().getHandler(request);
        } catch (Exception unmapped) {
            return false; // 404, 405, 415 ...: the dispatcher answers it as usual
        }
        return handler != null && handler.getHandler() instanceof HandlerMethod method
                && method.hasMethodAnnotation(Idempotent.class);
    }

    private boolean validKey(String key) {
        if (key.isEmpty() || key.length() > properties.maxKeyLength()) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    private static boolean formOrMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || lower.startsWith("multipart/");
    }

    /** SHA-256 of what makes two requests the same one: method, path, query string and body bytes. */
    private static byte[] hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            String query = request.getQueryString();
            sha256.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** The request with its body read once (through the body-size limit) and served again from memory. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] bytes;

        CachedBody(HttpServletRequest request, byte[] bytes) {
            super(request);
            this.bytes = bytes;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a cached body is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding, StandardCharsets.UTF_8);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return bytes.length;
        }

        @Override
        public long getContentLengthLong() {
            return bytes.length;
        }
    }
}
